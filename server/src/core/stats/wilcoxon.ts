/**
 * Two-sided Wilcoxon signed-rank test of paired scores (spec §5), giving the
 * figures of R's `wilcox.test(before, after, paired = TRUE)` with its defaults
 * (mu = 0, exact = NULL, correct = TRUE):
 *   - d = before − after, on the decimals as written (decimals.ts: 0.3 − 0.1
 *     and 0.5 − 0.3 are both 0.2, one tie; R, in floating point, sees two values);
 *     zero differences are dropped; ranks of |d| with ties
 *     averaged; V = sum of the ranks of the positive d.
 *   - fewer than 50 differences left, no ties and no zeros: exact p-value,
 *     min(2·P, 1) with P the tail of the signed-rank distribution on V's side;
 *   - otherwise the normal approximation with tie correction and continuity
 *     correction: z = (V − n(n+1)/4 − sign·0.5) / σ,
 *     σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48, p = 2·min(Φ(z), 1 − Φ(z)).
 * Also gives how many non-zero differences were ranked and the smallest p that many
 * could give (all in one direction), so a reader can tell "too few pairs" from
 * "no change". Returns null when no non-zero difference remains. Where R would stop with an
 * error we return null too, and never throw: arrays of unequal length give null.
 * Pairs whose difference is not a finite number (a NaN or infinite score) are
 * dropped, as R drops incomplete pairs; callers pass finite scores anyway.
 *
 * @stdlib/stats-wilcoxon is not used: it treats n = 50 as exact (R does not),
 * does not cap the exact two-sided p at 1, and throws for fewer than 2 pairs.
 */
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import signrankCdf from "@stdlib/stats-base-dists-signrank-cdf";
import { decimalDifference } from "./decimals";
import { sortedRuns, type SortedRuns } from "./sorted";
import type { WilcoxonResult } from "./types";

const pnorm = (z: number): number => normalCdf(z, 0, 1);

/**
 * Where the differences are made: one array, kept and grown to the largest
 * sample, rather than a new one for each of the figures' samples. Read before
 * the test returns.
 */
let scratch = new Float64Array(256);

export function wilcoxonSignedRank(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
): WilcoxonResult | null {
  if (before.length !== after.length) return null;
  if (scratch.length < before.length) scratch = new Float64Array(before.length);
  const differences = scratch.subarray(0, before.length);
  for (let i = 0; i < before.length; i++) differences[i] = decimalDifference(before[i]!, after[i]!);
  return signedRankOfRuns(sortedRuns(differences), false);
}

/**
 * The test of differences sorted as runs (sorted.ts): d = before − after, or,
 * when `negated`, after − before (so that the figures' improvements of a `better
 * higher` measure, sorted once for their description, serve the test as well). V
 * is the sum of the ranks of the positive d either way.
 */
export function signedRankOfRuns(sorted: SortedRuns, negated: boolean): WilcoxonResult | null {
  const { values, counts, runs } = sorted;
  // The negative values lie before the zeroes (−0 and +0), the positive ones after them.
  let zeroStart = 0;
  while (zeroStart < runs && values[zeroStart]! < 0) zeroStart++;
  let positiveStart = zeroStart;
  let zeroCount = 0;
  while (positiveStart < runs && values[positiveStart] === 0) zeroCount += counts[positiveStart++]!;
  const zeroes = zeroCount > 0;
  const n = sorted.n - zeroCount;
  if (n === 0) return null;

  // Average ranks of |d|: walk the magnitudes in ascending order, one group of equal
  // values at a time; a group spanning ranked positions s..e (0-based) gets rank
  // (s+e)/2 + 1. The positive runs are walked upwards from the zeroes and the
  // negative ones downwards, side by side: no other sort.
  let upRanks = 0; // the sum of the ranks of the positive values
  let tieTerm = 0; // Σ (t³ − t) over groups of t tied |d|
  let i = positiveStart;
  let j = zeroStart - 1;
  for (let s = 0; s < n; ) {
    const value = Math.min(i < runs ? values[i]! : Infinity, j >= 0 ? -values[j]! : Infinity);
    const up = i < runs && values[i] === value ? counts[i++]! : 0;
    const down = j >= 0 && -values[j]! === value ? counts[j--]! : 0;
    const t = up + down;
    const rank = (s + (s + t - 1)) / 2 + 1;
    upRanks += up * rank;
    tieTerm += t * t * t - t;
    s += t;
  }
  // The ranks of the negative values are the rest of 1 + 2 + … + n.
  const statistic = negated ? (n * (n + 1)) / 2 - upRanks : upRanks;

  const mean = (n * (n + 1)) / 4;
  if (n < 50 && tieTerm === 0 && !zeroes) {
    // R: psignrank(V − 1, n, lower.tail = FALSE) = P(S ≥ V) = P(S ≤ n(n+1)/2 − V)
    // by the symmetry of the distribution; the lower tail is summed directly.
    const tail = statistic > mean ? signrankCdf((n * (n + 1)) / 2 - statistic, n) : signrankCdf(statistic, n);
    // The smallest tail, V = 0 or n(n+1)/2, has the one sign assignment: 1/2^n.
    return { statistic, p: Math.min(2 * tail, 1), exact: true, differences: n, smallestP: Math.min(2 / 2 ** n, 1) };
  }
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
  const twoSided = (shift: number) => {
    const z = (shift - Math.sign(shift) * 0.5) / sigma;
    return 2 * Math.min(pnorm(z), pnorm(-z));
  };
  // All differences one way: V = n(n+1)/2, whatever the ties, so the shift is n(n+1)/4.
  return { statistic, p: twoSided(statistic - mean), exact: false, differences: n, smallestP: twoSided(mean) };
}
