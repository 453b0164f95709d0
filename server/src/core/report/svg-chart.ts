/**
 * The before/after (slope) chart: for each measure and role, one line per
 * procedure of a patient that records both scores, from the score before to the
 * score after, a thicker line from the mean before to the mean after, and the
 * whole range of the scale on the vertical axis.
 *
 * - Every line has a <title> naming the patient (a tooltip in browsers and
 *   webviews); every text from the file is escaped.
 * - Colours come from `currentColor` in presentation attributes, so the chart is
 *   readable anywhere; CHART_CSS (chart-style.ts) adds colours through CSS variables
 *   (`--vcase-chart-patient`, `--vcase-chart-mean`) that a page or a VS Code
 *   theme may set. No inline `style` attributes (a strict CSP would block them).
 * - Identical lines overlap exactly; a "×k" label marks how many share one.
 * - The means are the figures' own (`pre.mean`, `post.mean`), not recomputed.
 */
import escapeHtml from "escape-html";
import type { PatientRow } from "../cohort/patient-rows";
import type { CohortFigures, Role } from "../cohort/types";
import type { Direction } from "../syntax/ast";
import { decimalsForRange, formatNumber } from "./format-numbers";

export interface ChartLine {
  readonly patient: string | null;
  readonly procedure: string | null;
  readonly before: number;
  readonly after: number;
}

export interface ChartSpec {
  readonly measure: string;
  readonly label: string;
  readonly role: Role;
  readonly min: number;
  readonly max: number;
  readonly better: Direction;
  readonly lines: readonly ChartLine[];
  readonly meanBefore: number | null;
  readonly meanAfter: number | null;
  /** Procedures recording the measure with one of the two scores missing: not drawn. */
  readonly incomplete: number;
}

const ROLES: readonly Role[] = ["initial", "repeat"];

export function chartSpecs(rows: readonly PatientRow[], figures: CohortFigures): ChartSpec[] {
  return [...figures.measures.values()].flatMap((m) =>
    ROLES.map((role): ChartSpec => {
      const lines: ChartLine[] = [];
      let incomplete = 0;
      for (const row of rows) {
        for (const e of row.scores.get(m.def.name)?.[role] ?? []) {
          if (e.before !== null && e.after !== null) lines.push({ patient: row.id, procedure: e.procedure, before: e.before, after: e.after });
          else if (e.before !== null || e.after !== null) incomplete++;
        }
      }
      return {
        measure: m.def.name,
        label: m.def.label,
        role,
        min: m.def.min,
        max: m.def.max,
        better: m.def.better,
        lines,
        meanBefore: m[role].pre.mean,
        meanAfter: m[role].post.mean,
        incomplete,
      };
    }),
  );
}

// ---- Drawing ---------------------------------------------------------------------

const W = 360;
const H = 300;
const TOP = 24;
const BOTTOM = 236;
const AXIS_X = 64;
const X_BEFORE = 112;
const X_AFTER = 272;

const r1 = (v: number) => String(Math.round(v * 10) / 10);
const esc = (s: string) => escapeHtml(s);

function ticks(min: number, max: number): number[] {
  const span = max - min;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = span <= 10 && Number.isInteger(min) ? 1 : ([1, 2, 2.5, 5, 10].map((k) => k * power).find((s) => span / s <= 6) ?? raw);
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 1e9) / 1e9);
  if (out[0] !== min) out.unshift(min);
  if (out[out.length - 1] !== max) out.push(max);
  return out;
}

export function roleTitle(spec: Pick<ChartSpec, "label" | "role">): string {
  return `${spec.label} — ${spec.role === "initial" ? "initial" : "repeat"} procedures`;
}

/** One chart as an <svg> element; `index` makes its ids unique in the page. */
export function slopeChartSvg(spec: ChartSpec, index: number): string {
  const { min, max } = spec;
  const y = (v: number) => BOTTOM - ((v - min) / (max - min)) * (BOTTOM - TOP);
  const d = decimalsForRange(min, max);
  const id = `vcase-chart-${index}`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="vc-chart-svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-title" font-size="12" fill="currentColor">`,
    `<title id="${id}-title">${esc(roleTitle(spec))}</title>`,
  );
  // Axis: the whole range of the scale.
  out.push(`<g class="vc-axis" stroke="currentColor" stroke-opacity="0.6">`);
  out.push(`<line x1="${AXIS_X}" y1="${r1(y(min))}" x2="${AXIS_X}" y2="${r1(y(max))}"/>`);
  for (const t of ticks(min, max)) out.push(`<line x1="${AXIS_X - 4}" y1="${r1(y(t))}" x2="${AXIS_X}" y2="${r1(y(t))}"/>`);
  out.push(`</g>`, `<g class="vc-axis-labels" text-anchor="end" fill-opacity="0.8">`);
  for (const t of ticks(min, max)) out.push(`<text x="${AXIS_X - 8}" y="${r1(y(t) + 4)}">${esc(String(t))}</text>`);
  out.push(`</g>`);
  out.push(
    `<g class="vc-guides" stroke="currentColor" stroke-opacity="0.15" stroke-dasharray="2 3">`,
    `<line x1="${X_BEFORE}" y1="${r1(y(min))}" x2="${X_BEFORE}" y2="${r1(y(max))}"/>`,
    `<line x1="${X_AFTER}" y1="${r1(y(min))}" x2="${X_AFTER}" y2="${r1(y(max))}"/>`,
    `</g>`,
    `<text x="${X_BEFORE}" y="${BOTTOM + 20}" text-anchor="middle">Before</text>`,
    `<text x="${X_AFTER}" y="${BOTTOM + 20}" text-anchor="middle">After</text>`,
    `<text x="14" y="${r1((TOP + BOTTOM) / 2)}" text-anchor="middle" transform="rotate(-90 14 ${r1((TOP + BOTTOM) / 2)})" fill-opacity="0.8">score (${spec.better} is better)</text>`,
  );
  // One line per patient.
  out.push(`<g class="vc-patients" stroke="currentColor" stroke-opacity="0.55" stroke-width="2" stroke-linecap="round">`);
  for (const l of spec.lines) {
    const who = `${l.patient ?? "?"}${l.procedure !== null ? ` (${l.procedure})` : ""}`;
    out.push(
      `<line class="vc-patient" x1="${X_BEFORE}" y1="${r1(y(l.before))}" x2="${X_AFTER}" y2="${r1(y(l.after))}"><title>${esc(`${who}: ${l.before} → ${l.after}`)}</title></line>`,
    );
  }
  out.push(`</g>`);
  // How many patients share one line.
  const shared = new Map<string, { line: ChartLine; k: number }>();
  for (const l of spec.lines) {
    const key = `${l.before}|${l.after}`;
    const entry = shared.get(key);
    if (entry === undefined) shared.set(key, { line: l, k: 1 });
    else entry.k++;
  }
  out.push(`<g class="vc-counts" font-size="11" fill-opacity="0.8">`);
  for (const { line, k } of shared.values()) {
    if (k > 1) out.push(`<text x="${X_AFTER + 8}" y="${r1(y(line.after) + 4)}">×${k}</text>`);
  }
  out.push(`</g>`);
  // The mean line.
  if (spec.meanBefore !== null && spec.meanAfter !== null) {
    const mb = formatNumber(spec.meanBefore, d);
    const ma = formatNumber(spec.meanAfter, d);
    out.push(
      `<g class="vc-mean" stroke="currentColor" stroke-width="4" stroke-linecap="round">`,
      `<line x1="${X_BEFORE}" y1="${r1(y(spec.meanBefore))}" x2="${X_AFTER}" y2="${r1(y(spec.meanAfter))}"><title>${esc(`Mean: ${mb} → ${ma} (n = ${spec.lines.length})`)}</title></line>`,
      `</g>`,
      `<g class="vc-mean-labels" font-weight="bold">`,
      `<text x="${X_BEFORE - 8}" y="${r1(y(spec.meanBefore) + 4)}" text-anchor="end">${esc(mb)}</text>`,
      `<text x="${X_AFTER + 30}" y="${r1(y(spec.meanAfter) + 4)}">${esc(ma)}</text>`,
      `</g>`,
    );
  } else {
    out.push(`<text x="${(X_BEFORE + X_AFTER) / 2}" y="${r1((TOP + BOTTOM) / 2)}" text-anchor="middle">No procedure records both scores.</text>`);
  }
  // Legend.
  const ly = H - 22;
  out.push(
    `<g class="vc-legend" font-size="11">`,
    `<line class="vc-key-patient" x1="${AXIS_X}" y1="${ly}" x2="${AXIS_X + 24}" y2="${ly}" stroke="currentColor" stroke-opacity="0.55" stroke-width="2"/>`,
    `<text x="${AXIS_X + 30}" y="${ly + 4}">one patient</text>`,
    `<line class="vc-key-mean" x1="${AXIS_X + 120}" y1="${ly}" x2="${AXIS_X + 144}" y2="${ly}" stroke="currentColor" stroke-width="4"/>`,
    `<text x="${AXIS_X + 150}" y="${ly + 4}">mean (n = ${spec.lines.length})</text>`,
    `</g>`,
  );
  out.push(`</svg>`);
  return out.join("\n");
}

/** Every chart of the report, each in a <figure> with a caption, one row per measure. */
export function chartFigures(specs: readonly ChartSpec[]): string {
  const rows = new Map<string, string[]>();
  specs.forEach((spec, i) => {
    const missing = spec.incomplete > 0 ? ` ${spec.incomplete} with one score not recorded ${spec.incomplete === 1 ? "is" : "are"} not drawn.` : "";
    const caption = `${roleTitle(spec)}: ${spec.lines.length} with both scores, scale ${spec.min}–${spec.max}, ${spec.better} is better.${missing}`;
    const figure = `<figure class="vc-chart">\n${slopeChartSvg(spec, i)}\n<figcaption>${esc(caption)}</figcaption>\n</figure>`;
    rows.set(spec.measure, [...(rows.get(spec.measure) ?? []), figure]);
  });
  return [...rows.values()].map((figures) => `<div class="vc-chart-row">\n${figures.join("\n")}\n</div>`).join("\n");
}
