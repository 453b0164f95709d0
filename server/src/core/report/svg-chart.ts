/**
 * One panel of the cohort chart: one measure, one role, its course over the time
 * points (before, after, later each visit), drawn to be read on screen and in
 * black-and-white print.
 *
 * - Titled with the measure's label and the role; the vertical axis is titled
 *   with the label and the scale ("Pain (11-point scale), 0–10") and covers the
 *   whole scale; which way is better is said once, under the legend.
 * - The time points (before, after, each visit in declaration order) are evenly
 *   spaced, each labelled below the axis with its label; labels too wide for
 *   their place alternate between two rows. Even spacing rather than the
 *   visits' nominal days: before and after would otherwise sit on one spot and
 *   the early visits crowd together.
 * - One thin grey line per procedure, hollow circles at its scores; the mean is
 *   a thick dashed line with filled squares: told apart by dash, weight and
 *   marker shape, never by colour alone. A score not recorded has no marker: the
 *   line bridges it with a thin dotted segment (a gap, never a line to zero).
 * - Procedures with exactly the same scores share one line, drawn once: its
 *   thickness grows with their number and a label beside its end says "3
 *   patients" (exact, countable in print; a jitter would draw scores where
 *   none were recorded). Every line has a <title> naming its patients (the
 *   hover in a browser or VS Code's webview).
 * - Colours come from `currentColor` and classes (chart-style.ts sets them in a
 *   page or a VS Code theme); `ink: "print"` writes black and greys instead, for
 *   files. No inline `style` attributes (a strict CSP would block them), and
 *   every text from the file is escaped.
 */
import escapeHtml from "escape-html";
import { axisTitle, betterText, courseName, roleTitle, shareLabel, sharedCourses, type ChartSpec } from "./chart-data";
import { gaps, recordedPoints, runs } from "./chart-points";
import { decimalsForRange, formatNumber } from "./format-numbers";

export { chartSpecs, type ChartSpec } from "./chart-data";

/** A panel's size in SVG units; it never shrinks below this on screen. */
export const PANEL_WIDTH = 340;
export const PANEL_HEIGHT = 360;

const TOP = 72;
const BOTTOM = 272;
const AXIS_X = 72;
const FIRST_X = 104;
const LAST_X = 212;
const FONT = "Arimo, Arial, Helvetica, sans-serif";

export type Ink = "theme" | "print";

interface Colours {
  readonly text: string;
  readonly patient: string;
  readonly mean: string;
  readonly paper: string;
}

const COLOURS: Record<Ink, Colours> = {
  theme: { text: "currentColor", patient: "currentColor", mean: "currentColor", paper: "none" },
  print: { text: "#000", patient: "#555", mean: "#000", paper: "#fff" },
};

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

/** Words on lines of at most `width` units at `size` (an average glyph is 0.56 em), at most `most` lines. */
export function wrapText(text: string, width: number, size: number, most: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  if (lines.length > most) {
    const kept = lines.slice(0, most);
    kept[most - 1] = `${kept[most - 1]!.slice(0, perLine - 1)}…`;
    return kept;
  }
  return lines;
}

/** The x of each time point, evenly spread; from nearer the axis when there are visits too. */
function pointXs(count: number): number[] {
  if (count === 1) return [(FIRST_X + LAST_X) / 2];
  const first = count > 2 ? AXIS_X + 22 : FIRST_X;
  return Array.from({ length: count }, (_, i) => first + ((LAST_X - first) * i) / (count - 1));
}

/** Time point labels at 12 units, or 11 in two alternating rows when one is wider than its place. */
function timeLabels(labels: readonly string[], xs: readonly number[]): { size: number; rows: number; lines: { x: number; row: number; text: string }[] } {
  const step = xs.length > 1 ? xs[1]! - xs[0]! : LAST_X - FIRST_X;
  const fits = labels.every((l) => l.length * 12 * 0.56 <= step - 4);
  if (fits) return { size: 12, rows: 1, lines: labels.map((text, i) => ({ x: xs[i]!, row: 0, text })) };
  return { size: 11, rows: 2, lines: labels.map((l, i) => ({ x: xs[i]!, row: i % 2, text: wrapText(l, 2 * step - 6, 11, 1)[0] ?? "" })) };
}

/** Labels moved apart vertically so that none overlaps the one above it, and none below `lowest`. */
function spread(ys: readonly number[], gap: number, lowest: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = [...ys];
  let last = -Infinity;
  for (const { y, i } of order) {
    const placed = Math.max(y, last + gap);
    out[i] = placed;
    last = placed;
  }
  let below = lowest + gap;
  for (const { i } of order.reverse()) {
    out[i] = Math.min(out[i]!, below - gap);
    below = out[i]!;
  }
  return out;
}

/** The panel's elements, drawn in a box of PANEL_WIDTH × PANEL_HEIGHT from (0, 0). */
export function panelBody(spec: ChartSpec, ink: Ink): string {
  const c = COLOURS[ink];
  const { min, max } = spec;
  const y = (v: number) => BOTTOM - ((v - min) / (max - min)) * (BOTTOM - TOP);
  const xs = pointXs(spec.points.length);
  const d = decimalsForRange(min, max);
  const out: string[] = [];
  if (ink === "print") out.push(`<rect width="${PANEL_WIDTH}" height="${PANEL_HEIGHT}" fill="${c.paper}"/>`);
  // Title: the measure (up to two lines), then the role and n.
  const title = wrapText(spec.label, PANEL_WIDTH - 16, 14, 2);
  out.push(`<g class="vc-panel-title" fill="${c.text}">`);
  title.forEach((line, i) => out.push(`<text x="8" y="${18 + i * 17}" font-size="14" font-weight="bold">${esc(line)}</text>`));
  out.push(`<text x="8" y="${18 + title.length * 17}" font-size="12">${esc(`${roleTitle(spec.role)} (n = ${spec.courses.length})`)}</text>`, `</g>`);
  // The vertical axis over the whole scale, titled with the measure and its scale.
  const tickValues = ticks(min, max);
  out.push(`<g class="vc-axis" stroke="${c.text}" stroke-opacity="0.7">`);
  out.push(`<line x1="${AXIS_X}" y1="${r1(y(min))}" x2="${AXIS_X}" y2="${r1(y(max))}"/>`);
  for (const t of tickValues) out.push(`<line x1="${AXIS_X - 4}" y1="${r1(y(t))}" x2="${AXIS_X}" y2="${r1(y(t))}"/>`);
  out.push(`</g>`, `<g class="vc-axis-labels" text-anchor="end" font-size="11" fill="${c.text}">`);
  for (const t of tickValues) out.push(`<text x="${AXIS_X - 7}" y="${r1(y(t) + 4)}">${esc(String(t))}</text>`);
  out.push(`</g>`);
  const axis = wrapText(axisTitle(spec), BOTTOM - TOP + 20, 11, 2);
  const mid = r1((TOP + BOTTOM) / 2);
  out.push(`<g class="vc-axis-title" text-anchor="middle" font-size="11" fill="${c.text}">`);
  axis.forEach((line, i) => {
    const x = 14 + (i + 2 - axis.length) * 13;
    out.push(`<text x="${x}" y="${mid}" transform="rotate(-90 ${x} ${mid})">${esc(line)}</text>`);
  });
  out.push(`</g>`);
  // The time points.
  out.push(`<g class="vc-guides" stroke="${c.text}" stroke-opacity="0.2" stroke-dasharray="2 3">`);
  for (const x of xs) out.push(`<line x1="${r1(x)}" y1="${r1(y(min))}" x2="${r1(x)}" y2="${r1(y(max))}"/>`);
  const labels = timeLabels(spec.points.map((p) => p.label), xs);
  out.push(`</g>`, `<g class="vc-time-points" text-anchor="middle" font-size="${labels.size}" fill="${c.text}">`);
  for (const l of labels.lines) out.push(`<text x="${r1(l.x)}" y="${BOTTOM + 18 + 12 * l.row}">${esc(l.text)}</text>`);
  out.push(`</g>`);
  // One line per distinct course, as thick as the number of procedures it stands for.
  const shared = sharedCourses(spec.courses);
  out.push(`<g class="vc-patients" stroke="${c.patient}" fill="none" stroke-linecap="round" stroke-linejoin="round">`);
  for (const sc of shared) {
    const k = sc.courses.length;
    const at = recordedPoints(sc.scores, xs, y);
    const names = sc.courses.map(courseName).join(", ");
    const scores = sc.scores.map((v) => (v === null ? "?" : String(v))).join(" → ");
    const width = r1(Math.min(1.5 + 1.25 * (k - 1), 7));
    const solid = runs(sc.scores, xs, y);
    const lines = solid.filter((run) => run.length > 1).map((run) => `<polyline points="${run.map((p) => `${r1(p.x)},${r1(p.y)}`).join(" ")}" stroke-width="${width}"/>`);
    const bridges = gaps(at).map(([a, b]) => `<line class="vc-gap" x1="${r1(a.x)}" y1="${r1(a.y)}" x2="${r1(b.x)}" y2="${r1(b.y)}" stroke-width="1" stroke-dasharray="1 3"/>`);
    const markers = at.map((p) => `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="3.5" fill="${ink === "print" ? c.paper : "none"}" stroke-width="1.5"/>`).join("");
    out.push(`<g class="vc-patient" data-count="${k}"><title>${esc(`${names}: ${scores}`)}</title>${lines.join("")}${bridges.join("")}${markers}</g>`);
  }
  out.push(`</g>`);
  // "3 patients" beside the end of each shared line.
  const sharedLines = shared.filter((s) => s.courses.length > 1 && s.scores[s.scores.length - 1] !== null);
  const last = (s: { scores: readonly (number | null)[] }) => s.scores[s.scores.length - 1]!;
  const labelYs = spread(sharedLines.map((s) => y(last(s)) + 4), 13, BOTTOM + 4);
  out.push(`<g class="vc-counts" font-size="11" fill="${c.text}">`);
  sharedLines.forEach((s, i) => {
    // Two shared lines ending at one score: each label says where its line began.
    const ambiguous = sharedLines.some((o) => o !== s && last(o) === last(s));
    const text = ambiguous ? `${shareLabel(s)} (from ${s.scores[0]})` : shareLabel(s);
    out.push(`<text x="${r1(xs[xs.length - 1]! + 10)}" y="${r1(labelYs[i]!)}">${esc(text)}</text>`);
  });
  out.push(`</g>`);
  // The mean, dashed and thick, with filled squares.
  const means = spec.means;
  const drawn = means.filter((m) => m !== null).length >= 2 && spec.courses.length > 0;
  const ns = spec.meanNs;
  const nText = ns === undefined || ns.every((n) => n === spec.courses.length) ? `n = ${spec.courses.length}` : `n = ${ns.join(", ")}`;
  const meanText = drawn ? `Mean ${means.map((m) => (m === null ? "—" : formatNumber(m, d))).join(" → ")} (${nText})` : "";
  if (drawn) {
    const lines = runs(means, xs, y).filter((run) => run.length > 1).map((run) => `<polyline points="${run.map((p) => `${r1(p.x)},${r1(p.y)}`).join(" ")}" fill="none" stroke-width="3.5" stroke-dasharray="9 5" stroke-linecap="butt"/>`);
    const squares = recordedPoints(means, xs, y).map((p) => `<rect x="${r1(p.x - 4)}" y="${r1(p.y - 4)}" width="8" height="8"/>`).join("");
    out.push(`<g class="vc-mean" stroke="${c.mean}" fill="${c.mean}"><title>${esc(meanText)}</title>`, `${lines.join("")}${squares}</g>`);
  } else {
    out.push(`<text x="${(FIRST_X + LAST_X) / 2}" y="${mid}" text-anchor="middle" font-size="12" fill="${c.text}">${spec.points.length > 2 ? "No procedure records two scores." : "No procedure records every score."}</text>`);
  }
  // Legend, the better direction, and what was left out.
  const ly = BOTTOM + 38 + (labels.rows - 1) * 8;
  out.push(
    `<g class="vc-legend" font-size="11" fill="${c.text}">`,
    `<g class="vc-key-patient" stroke="${c.patient}" fill="none"><line x1="${AXIS_X - 56}" y1="${ly}" x2="${AXIS_X - 28}" y2="${ly}" stroke-width="1.5"/><circle cx="${AXIS_X - 42}" cy="${ly}" r="3.5" stroke-width="1.5"/></g>`,
    `<text x="${AXIS_X - 20}" y="${ly + 4}">one procedure (thicker when shared, with how many)</text>`,
    `<g class="vc-key-mean" stroke="${c.mean}" fill="${c.mean}"><line x1="${AXIS_X - 56}" y1="${ly + 16}" x2="${AXIS_X - 28}" y2="${ly + 16}" stroke-width="3.5" stroke-dasharray="9 5"/><rect x="${AXIS_X - 46}" y="${ly + 12}" width="8" height="8"/></g>`,
    `<text x="${AXIS_X - 20}" y="${ly + 20}">${esc(drawn ? meanText : "Mean: none")}</text>`,
  );
  const left = spec.incomplete > 0 ? ` ${spec.incomplete} not drawn: ${spec.points.length > 2 ? "a single score" : "a score not recorded"}.` : "";
  out.push(`<text x="${AXIS_X - 56}" y="${ly + 38}">${esc(`${betterText(spec.better)}${left}`)}</text>`, `</g>`);
  return out.join("\n");
}

/** "Pain (11-point scale) — repeat procedures": a panel's name for screen readers and captions. */
export function panelName(spec: ChartSpec): string {
  return `${spec.label} — ${roleTitle(spec.role).toLowerCase()}`;
}

/** One panel as an <svg> element for a page; `index` makes its ids unique in the page. */
export function slopeChartSvg(spec: ChartSpec, index: number): string {
  const id = `vcase-chart-${index}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="vc-chart-svg" viewBox="0 0 ${PANEL_WIDTH} ${PANEL_HEIGHT}" width="${PANEL_WIDTH}" height="${PANEL_HEIGHT}" role="img" aria-labelledby="${id}-title" font-family="${FONT}" fill="currentColor">`,
    `<title id="${id}-title">${esc(panelName(spec))}</title>`,
    panelBody(spec, "theme"),
    `</svg>`,
  ].join("\n");
}

/** Every panel of the report, each in a <figure> with a caption, one row per measure; a row wraps when narrow. */
export function chartFigures(specs: readonly ChartSpec[]): string {
  const rows = new Map<string, string[]>();
  specs.forEach((spec, i) => {
    const missing = spec.incomplete > 0 ? ` ${spec.incomplete} with ${spec.points.length > 2 ? "a single score" : "a score not recorded"} ${spec.incomplete === 1 ? "is" : "are"} not drawn.` : "";
    const drawn = spec.points.length > 2 ? "drawn, each through the scores it has" : "with every score";
    const caption = `${panelName(spec)}: ${spec.courses.length} ${drawn}, scale ${spec.min}–${spec.max}, ${spec.better} is better.${missing}`;
    const figure = `<figure class="vc-chart">\n${slopeChartSvg(spec, i)}\n<figcaption>${esc(caption)}</figcaption>\n</figure>`;
    rows.set(spec.measure, [...(rows.get(spec.measure) ?? []), figure]);
  });
  return [...rows.values()].map((figures) => `<div class="vc-chart-row">\n${figures.join("\n")}\n</div>`).join("\n");
}

export { FONT as CHART_FONT };
