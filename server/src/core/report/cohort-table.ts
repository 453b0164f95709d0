/**
 * The cohort summary as reviewers read it, one row per measure and role, in two
 * tables so each fits a printed page: the scores (before, after, improvement as
 * mean ± SD, median [IQR] and range) and the responses (responders, impaired,
 * improved among them, Wilcoxon p, exact or approximate said). A third small
 * table gives the intervals in days. Figures come from `analysis.figures` only;
 * this file rounds them (format-numbers.ts) and computes nothing.
 *
 * Means, SDs, medians and quartiles get the decimals that suit the measure's
 * scale (`decimalsForRange`): one on 0–10, two on 0–4. A range (min–max) is
 * printed as whole numbers when both ends are whole.
 */
import type { CohortFigures, MeasureFigures, Role, Stats } from "../cohort/types";
import type { WilcoxonResult } from "../stats/types";
import { decimalsForRange, formatCount, formatMeanSd, formatMedianIqr, formatMinMax, formatP, MISSING } from "./format-numbers";
import { col, type Cell, type Column, type Table } from "./table";

const ROLES: readonly Role[] = ["initial", "repeat"];

/** The dash of format-numbers becomes a missing cell (empty in CSV). */
function cell(text: string): Cell {
  return text === MISSING ? null : text;
}

function rangeOf(s: Stats, decimals: number): Cell {
  const whole = s.min !== null && s.max !== null && Number.isInteger(s.min) && Number.isInteger(s.max);
  return cell(formatMinMax(s, whole ? 0 : decimals));
}

function wilcoxonCell(w: Pick<WilcoxonResult, "p" | "exact"> | null): Cell {
  if (w === null) return null;
  return `${formatP(w.p)} (${w.exact ? "exact" : "approximate"})`;
}

function rowsOf(figures: CohortFigures, cells: (m: MeasureFigures, role: Role, decimals: number) => Cell[]): Cell[][] {
  return [...figures.measures.values()].flatMap((m) =>
    ROLES.map((role) => [m.def.label, role === "initial" ? "Initial" : "Repeat", String(m[role].n), ...cells(m, role, decimalsForRange(m.def.min, m.def.max))]),
  );
}

const LEAD: readonly Column[] = [col("Measure"), col("Procedure"), col("n")];
const N_NOTE = "n counts the procedures of that role that record both scores of the measure; every figure of the row is over them.";

export function cohortScoreTable(figures: CohortFigures): Table {
  const trio = (group: string) => [col("mean ± SD", group), col("median [IQR]", group), col("range", group)];
  return {
    title: "Cohort summary: scores",
    columns: [...LEAD, ...trio("Before"), ...trio("After"), ...trio("Improvement")],
    rows: rowsOf(figures, (m, role, d) =>
      [m[role].pre, m[role].post, m[role].improvement].flatMap((s) => [cell(formatMeanSd(s, d)), cell(formatMedianIqr(s, d)), rangeOf(s, d)]),
    ),
    notes: [
      N_NOTE,
      "Improvement is positive when the score moved in the better direction of the scale.",
      "SD: sample standard deviation; IQR: first to third quartile (type 7).",
    ],
  };
}

export function cohortResponseTable(figures: CohortFigures): Table {
  const thresholds = [...figures.measures.values()]
    .filter((m) => m.def.responder !== null)
    .map((m) => `${m.def.label}, at least ${m.def.responder} point${m.def.responder === 1 ? "" : "s"}`);
  return {
    title: "Cohort summary: responses",
    columns: [
      ...LEAD,
      col("Responders"),
      col("Impaired before"),
      col("improved", "Among the impaired", "Improved, of the impaired"),
      col("improvement, mean ± SD", "Among the impaired", "Improvement of the impaired, mean ± SD"),
      col("after, mean ± SD", "Among the impaired", "After, of the impaired, mean ± SD"),
      col("Wilcoxon p"),
    ],
    rows: rowsOf(figures, (m, role, d) => {
      const r = m[role];
      return [
        r.responders === null ? null : cell(formatCount(r.responders)),
        cell(formatCount(r.impaired)),
        cell(formatCount(r.improvedAmongImpaired)),
        cell(formatMeanSd(r.improvementAmongImpaired, d)),
        cell(formatMeanSd(r.postAmongImpaired, d)),
        wilcoxonCell(r.wilcoxon),
      ];
    }),
    notes: [
      N_NOTE,
      thresholds.length === 0
        ? "Responders: no measure declares a responder threshold."
        : `Responders: improvement of at least the measure's responder threshold (${thresholds.join("; ")}).`,
      "Impaired: a score before the procedure worse than the best score of the scale; improved: any improvement.",
      "k/n (%): the percentage is rounded to a whole number.",
      "Wilcoxon p: two-sided signed-rank test of before against after; exact without zero differences or ties, otherwise the normal approximation with continuity correction.",
    ],
  };
}

function intervalRow(label: string, s: Stats): Cell[] {
  const d = s.min !== null && s.max !== null ? decimalsForRange(s.min, s.max) : 1;
  return [label, String(s.n), cell(formatMeanSd(s, d)), cell(formatMedianIqr(s, d)), rangeOf(s, d)];
}

export function intervalTable(figures: CohortFigures): Table {
  return {
    title: "Intervals (days)",
    columns: [col("From the repeated procedure"), col("n"), col("Mean ± SD"), col("Median [IQR]"), col("Range")],
    rows: [
      intervalRow("to the recurrence of pain", figures.intervals.recurrenceDays),
      intervalRow("to the repeat procedure", figures.intervals.repeatDays),
    ],
    notes: ["Recurrence: the first recurrence after the repeated procedure, at one of its levels or with no level given, on or before the repeat."],
  };
}
