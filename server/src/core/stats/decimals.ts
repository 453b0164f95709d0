/**
 * Arithmetic on scores as written (spec §9.4, exact decimals): 0.3 − 0.1 is 0.2,
 * not the 0.19999999999999998 that floating point gives, so that a patient who
 * improved by 0.2 reaches `responder 0.2`, and 0.3 − 0.1 and 0.5 − 0.3 are one
 * tie for the Wilcoxon test.
 *
 * Scores and volumes are written with a few decimals, so a difference (or a sum)
 * is rounded to 10 decimal places, as the spec allows: the result is the double
 * nearest to the decimal result of the written values. Every improvement and every
 * before − after difference of the figures is made by `decimalDifference`.
 */

/** 10 decimal places. */
const SCALE = 1e10;

/**
 * Beyond this magnitude a double has no 10th decimal to round to (2^53 / 10^10),
 * and the value is kept as it is.
 */
const LARGEST_ROUNDED = Number.MAX_SAFE_INTEGER / SCALE;

/** `x` rounded to 10 decimal places; a whole number (the common case) is kept as it is. */
function toTenPlaces(x: number): number {
  if (Number.isInteger(x) || !(Math.abs(x) < LARGEST_ROUNDED)) return x;
  // Rounded on the magnitude, so that −0.2 is the negative of 0.2; an integer
  // divided by 10^10 is correctly rounded, so 0.2 comes out as the literal 0.2.
  const rounded = Math.round(Math.abs(x) * SCALE) / SCALE;
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/** `a − b` on the decimals as written. */
export function decimalDifference(a: number, b: number): number {
  return toTenPlaces(a - b);
}

/** `a + b` on the decimals as written (2.5 ml + 0.1 ml is 2.6 ml). */
export function decimalSum(a: number, b: number): number {
  return toTenPlaces(a + b);
}
