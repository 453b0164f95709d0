/**
 * The paired t-test of spec §9.4: the two-sided one-sample t-test of the
 * improvements against 0, with its 95 % confidence interval, the figures of R's
 * `t.test(improvement)` with its defaults (mu = 0, conf.level = 0.95):
 *   stderr = sd / √n, t = mean / stderr, df = n − 1,
 *   p = 2·P(T ≤ −|t|), ci95 = (t ∓ q)·stderr with q the 97.5 % quantile of T(df),
 * R's own order of operations, so the interval agrees with R's to the last digits.
 *
 * It is read from the improvements' descriptive statistics (descriptive.ts), so the
 * mean and SD are the very ones the tables show. `null` when n < 2 or every
 * improvement is the same (R stops there: "data are essentially constant").
 */
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { DescriptiveStats, TTestResult } from "./types";

export function pairedTTest(improvement: DescriptiveStats): TTestResult | null {
  const { n, mean, sd, min, max } = improvement;
  if (n < 2 || mean === null || sd === null || min === max || !(sd > 0)) return null;
  const df = n - 1;
  const stderr = Math.sqrt((sd * sd) / n);
  const t = mean / stderr;
  // Scores near the largest double overflow the SD: no test rather than an infinite figure.
  if (!Number.isFinite(t) || !Number.isFinite(stderr)) return null;
  const q = tQuantile(0.975, df);
  return {
    t,
    df,
    p: 2 * tCdf(-Math.abs(t), df),
    meanImprovement: mean,
    ci95: [(t - q) * stderr, (t + q) * stderr],
  };
}
