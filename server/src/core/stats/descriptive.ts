/**
 * Descriptive statistics of one sample (spec §5): n, mean, sample SD (n − 1),
 * median and quartiles by linear interpolation (Hyndman & Fan type 7, the
 * default of R's `quantile` and numpy), min and max.
 *
 * Non-finite inputs (NaN, ±Infinity) are excluded before anything is computed,
 * as R's `na.rm = TRUE` would, and `n` counts only the values used; so no figure
 * is ever NaN. Callers pass finite scores, so this is a guard, not a feature.
 */
import { mean, quantileSorted } from "simple-statistics";
import { sortedFinite } from "./sorted";
import type { DescriptiveStats } from "./types";

/**
 * Where `describe` sorts a sample: one array, kept and grown to the largest
 * sample, rather than a new one for each of the figures' dozens of samples. What
 * is sorted there is read before `describe` returns.
 */
let scratch = new Float64Array(256);

function scratchFor(length: number): Float64Array {
  if (scratch.length < length) scratch = new Float64Array(Math.max(length, scratch.length * 2));
  return scratch;
}

/**
 * The sample SD (n − 1) of `sorted`, whose mean is `m`: simple-statistics'
 * `sampleStandardDeviation` step for step (the squared deviations from the mean
 * summed in order, divided by n − 1, the root taken), so the same double, but
 * with the mean it would compute again passed in. Summing the sample for the
 * mean was a fifth of `describe` (measured for issue 34: 217 µs a 10,000-score
 * sample with the library's, 167-174 µs with this; equal on 20,000 random samples).
 */
function sampleSd(sorted: ArrayLike<number>, m: number): number {
  let squares = 0;
  for (let i = 0; i < sorted.length; i++) {
    const deviation = sorted[i]! - m;
    squares += deviation * deviation;
  }
  return Math.sqrt(squares / (sorted.length - 1));
}

export function describe(values: ArrayLike<number>): DescriptiveStats {
  return describeSorted(sortedFinite(values, scratchFor(values.length)));
}

/**
 * `describe` of a sample already sorted by `sortedFinite`, for a caller that
 * reads the sorted values again (the figures' improvements serve the signed-rank
 * test too, wilcoxon.ts).
 */
export function describeSorted(finiteAscending: Float64Array): DescriptiveStats {
  // Every figure reads the values in ascending order: the quartiles need it, and
  // the mean and SD then sum in that one order, so they do not depend on the
  // order the values came in. simple-statistics reads only the length and the
  // elements, which a typed array has.
  const sorted = finiteAscending as unknown as number[];
  const n = sorted.length;
  if (n === 0) {
    return { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null };
  }
  const m = mean(sorted);
  return {
    n,
    mean: m,
    // The sample SD divides by n − 1 and needs n ≥ 2.
    sd: n >= 2 ? sampleSd(sorted, m) : null,
    // simple-statistics' `quantileSorted` (in the ^7.12 we depend on) is type 7:
    // index (n − 1)·p, linear interpolation between the neighbouring order
    // statistics. Older releases were not; test/stats.test.ts pins R's values.
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    min: sorted[0],
    max: sorted[n - 1],
  };
}
