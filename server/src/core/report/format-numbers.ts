/**
 * Numbers rounded for reading, the one way hovers and summary tables print them.
 * The figures themselves are never rounded (spec §6); only these strings are.
 *
 * - Rounding is decimal and half away from zero (1.005 → 1.01, −2.5 → −3), not
 *   the binary rounding of `toFixed`; a rounded zero never prints as "-0".
 * - A figure that cannot be computed (null, n = 0) prints as an em dash.
 * - Means, SDs and medians get `decimalsForRange(min, max)` decimals: two on a
 *   0–4 scale, one on 0–10 or 0–30, none on 0–100, so "1.50" and "0.25" on the
 *   mobility scale keep the precision a paper would print.
 * - p-values: three significant digits, "< 0.001" below 0.001.
 * - Counts: "5/6 (83%)", the percentage as a whole number.
 */
import type { CountOf, Stats } from "../cohort/types";

export const MISSING = "—";

/** Decimal rounding, half away from zero; exact for values written with few decimals. */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const abs = String(Math.abs(x));
  // Shift the decimal point in the written form, so 1.005 is 100.5 and not 100.49999…
  const back = abs.includes("e")
    ? Math.round(Math.abs(x) * 10 ** decimals) / 10 ** decimals
    : Number(`${Math.round(Number(`${abs}e${decimals}`))}e${-decimals}`);
  return back === 0 ? 0 : sign * back;
}

/** `x` with exactly `decimals` decimals; the em dash for null. */
export function formatNumber(x: number | null | undefined, decimals = 1): string {
  if (x === null || x === undefined || Number.isNaN(x)) return MISSING;
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  return roundTo(x, decimals).toFixed(decimals);
}

/** How many decimals suit a scale: 2 for a span under 10, 1 under 100, 0 above. */
export function decimalsForRange(min: number, max: number): number {
  const span = Math.abs(max - min);
  if (!Number.isFinite(span) || span === 0) return 1;
  return Math.min(3, Math.max(0, 2 - Math.floor(Math.log10(span))));
}

/** "3.5 ± 2.3"; the mean alone when n = 1; the em dash when n = 0. */
export function formatMeanSd(s: Stats, decimals = 1): string {
  if (s.n === 0 || s.mean === null) return MISSING;
  const mean = formatNumber(s.mean, decimals);
  return s.sd === null ? mean : `${mean} ± ${formatNumber(s.sd, decimals)}`;
}

/** "7.0 [6.3–7.8]": median and interquartile range. */
export function formatMedianIqr(s: Stats, decimals = 1): string {
  if (s.n === 0 || s.median === null) return MISSING;
  const median = formatNumber(s.median, decimals);
  if (s.n === 1 || s.q1 === null || s.q3 === null) return median;
  return `${median} [${formatNumber(s.q1, decimals)}–${formatNumber(s.q3, decimals)}]`;
}

/** "8–167": minimum to maximum; one number when they agree. */
export function formatMinMax(s: Stats, decimals = 0): string {
  if (s.n === 0 || s.min === null || s.max === null) return MISSING;
  const min = formatNumber(s.min, decimals);
  const max = formatNumber(s.max, decimals);
  return min === max ? min : `${min}–${max}`;
}

/** "83%": a share as a whole percentage; the em dash for 0 of 0. */
export function formatPercent(count: number, n: number): string {
  if (n === 0) return MISSING;
  return `${formatNumber((100 * count) / n, 0)}%`;
}

/** "5/6 (83%)"; "0/0" without a percentage; the em dash when not applicable. */
export function formatCount(c: CountOf | null | undefined): string {
  if (c === null || c === undefined) return MISSING;
  return c.n === 0 ? "0/0" : `${c.count}/${c.n} (${formatPercent(c.count, c.n)})`;
}

/** "0.0335", "1.00", "< 0.001": three significant digits. */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return MISSING;
  if (p < 0.001) return "< 0.001";
  let decimals = Math.max(0, 2 - Math.floor(Math.log10(p)));
  // 0.09996 rounds up to 0.100: keep three significant digits, not four.
  if (decimals > 0 && Math.floor(Math.log10(roundTo(p, decimals))) > Math.floor(Math.log10(p))) decimals--;
  return formatNumber(p, decimals);
}
