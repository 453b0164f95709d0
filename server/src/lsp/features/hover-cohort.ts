/**
 * Hover Markdown for the cohort: the study header (counts, intervals, every
 * measure) and one measure's figures. Reads `analysis.figures` (computeCohort);
 * computes no statistic, only lays the figures out and rounds them for reading.
 */
import type { Analysis } from "../../core/analyze";
import type { MeasureFigures, RoleFigures } from "../../core/cohort/types";
import type { MeasureDef } from "../../core/model/cohort-model";
import {
  decimalsForRange,
  formatCount,
  formatMeanSd,
  formatMedianIqr,
  formatMinMax,
  formatNumber,
  formatP,
  MISSING,
} from "../../core/report/format-numbers";
import { diagnosticsNotice } from "../../core/report/diagnostics-notice";
import type { Study } from "../../core/syntax/ast";
import { studyV2Sections } from "./hover-visit";
import { blocks, md, table } from "./markdown";
import { plural } from "./procedure-text";

/** "**Pain (11-point scale)** · `pain` · 0–10, lower is better · responder ≥ 3 points". */
function measureHeading(def: MeasureDef): string {
  const scale = def.rangeValid ? `${def.min}–${def.max}, ${def.better} is better` : "no valid range";
  const responder = def.responder === null ? undefined : `responder: improvement ≥ ${def.responder}`;
  return [`**${md(def.label)}**`, `\`${def.name}\``, scale, responder].filter(Boolean).join(" · ");
}

function roleColumn(r: RoleFigures, def: MeasureDef, decimals: number): string[] {
  const amongImpaired = r.improvementAmongImpaired.n === 0
    ? MISSING
    : `${formatNumber(r.improvementAmongImpaired.mean, decimals)} / ${formatNumber(r.postAmongImpaired.mean, decimals)}`;
  const wilcoxon = r.wilcoxon === null ? MISSING : `${formatP(r.wilcoxon.p)}${r.wilcoxon.exact ? " (exact)" : ""}`;
  return [
    String(r.n),
    r.n === 0 ? MISSING : `${formatMeanSd(r.pre, decimals)} → ${formatMeanSd(r.post, decimals)}`,
    formatMeanSd(r.improvement, decimals),
    formatMedianIqr(r.improvement, decimals),
    ...(def.responder === null ? [] : [formatCount(r.responders)]),
    formatCount(r.impaired),
    formatCount(r.improvedAmongImpaired),
    amongImpaired,
    wilcoxon,
  ];
}

/** The figures of one measure, initial and repeat procedures side by side. */
export function measureTable(m: MeasureFigures): string {
  const decimals = decimalsForRange(m.def.min, m.def.max);
  const labels = [
    "procedures with both scores",
    "before → after, mean ± SD",
    "improvement, mean ± SD",
    "improvement, median [IQR]",
    ...(m.def.responder === null ? [] : [`responders (≥ ${m.def.responder})`]),
    "impaired before",
    "improved among impaired",
    "among impaired: improvement / after, mean",
    "Wilcoxon signed-rank p",
  ];
  const initial = roleColumn(m.initial, m.def, decimals);
  const repeat = roleColumn(m.repeat, m.def, decimals);
  return table(["", "initial", "repeat"], labels.map((label, i) => [label, initial[i]!, repeat[i]!]));
}

/**
 * A line under the table for each role whose Wilcoxon p could never fall below 0.05,
 * however the scores went (too few pairs that changed): so a p of 0.06 is read as
 * "too few pairs", not as "no effect". The smallest possible p is the test's own figure.
 */
function pValueNotes(m: MeasureFigures): string | undefined {
  const notes = (["initial", "repeat"] as const).flatMap((role) => {
    const w = m[role].wilcoxon;
    if (w === null || w.smallestP < 0.05) return [];
    return [
      `_${role === "initial" ? "Initial" : "Repeat"} procedures: with ${plural(w.differences, "pair")} whose scores changed, the Wilcoxon test cannot give p below 0.05 whatever the scores (the smallest possible p is ${formatP(w.smallestP)}); its p says there are too few pairs, not that nothing changed._`,
    ];
  });
  return notes.length === 0 ? undefined : notes.join("\n\n");
}

export function measureHover(analysis: Analysis, def: MeasureDef): string {
  const figures = analysis.figures.measures.get(def.name);
  if (figures === undefined) {
    return blocks(measureHeading(def), "No figures for this measure until its range is valid (`range MIN..MAX` with MIN below MAX).");
  }
  return blocks(measureHeading(def), measureTable(figures), pValueNotes(figures));
}

/** Whole days, or one decimal for a median that falls between two days. */
function days(x: number | null): string {
  return formatNumber(x, x !== null && !Number.isInteger(x) ? 1 : 0);
}

export function studyHover(analysis: Analysis, study: Study): string {
  const f = analysis.figures;
  const title = study.title === undefined ? "**Study**" : `**${md(study.title.value)}**`;
  const facts = [study.references[0]?.value, study.designs[0]?.value].filter((s) => s !== undefined).map(md).join(" · ");
  const counts = `${plural(f.patients, "patient")} · ${plural(f.procedures.total, "procedure")} (${f.procedures.initial} initial, ${f.procedures.repeat} repeat)`;
  const { recurrenceDays, repeatDays } = f.intervals;
  const intervals = table(
    ["days from the repeated procedure", "n", "median", "range"],
    [
      ["to recurrence", String(recurrenceDays.n), days(recurrenceDays.median), formatMinMax(recurrenceDays)],
      ["to repeat", String(repeatDays.n), days(repeatDays.median), formatMinMax(repeatDays)],
    ],
    ["left", "right", "right", "right"],
  );
  const measures = [...f.measures.values()].map((m) => blocks(measureHeading(m.def), measureTable(m), pValueNotes(m)));
  // Errors first: the figures below leave out what could not be read.
  const notice = analysis.errorCount > 0 ? `**${diagnosticsNotice(analysis)!.headline}**` : undefined;
  return blocks(notice, title, facts, counts, f.procedures.repeat > 0 ? intervals : undefined, ...measures, studyV2Sections(analysis));
}
