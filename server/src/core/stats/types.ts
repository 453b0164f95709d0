/** Descriptive statistics as spec §5 fixes them: sample SD (n − 1), type-7 quartiles. */
export interface DescriptiveStats {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Two-sided Wilcoxon signed-rank test, as R's wilcox.test(x, y, paired = TRUE). */
export interface WilcoxonResult {
  /** V: the sum of the ranks of the positive x − y differences. */
  readonly statistic: number;
  readonly p: number;
  /** true when the p-value comes from the exact distribution. */
  readonly exact: boolean;
  /** The non-zero differences the test ranked. */
  readonly differences: number;
  /**
   * The smallest p these differences could give, were they all in one direction
   * (with the same ties): 2/2^n when exact, so under 6 differences the test can
   * never reach 0.05 whatever the scores.
   */
  readonly smallestP: number;
}

/** Two-sided one-sample t-test of the improvements against 0, as R's t.test(improvement). */
export interface TTestResult {
  readonly t: number;
  /** Degrees of freedom, n − 1. */
  readonly df: number;
  readonly p: number;
  readonly meanImprovement: number;
  /** The 95 % confidence interval of the mean improvement. */
  readonly ci95: readonly [number, number];
}
