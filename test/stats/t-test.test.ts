/**
 * The paired t-test of spec §9.4, R's t.test(improvement): worked by hand where a
 * hand can (n = 2, one degree of freedom: the t distribution is the Cauchy), and
 * otherwise against R 4.2's printed figures (17 significant digits).
 */
import { describe, expect, it } from "vitest";
import { describe as describeStats } from "../../server/src/core/stats/descriptive";
import { pairedTTest } from "../../server/src/core/stats/t-test";

const tTestOf = (improvements: number[]) => pairedTTest(describeStats(improvements));

describe("pairedTTest", () => {
  it("two improvements, by hand", () => {
    // 1, 3: mean 2, sd √2, stderr √2/√2 = 1, t = 2 on 1 df.
    // T(1) is the Cauchy: P(T ≤ −2) = 1/2 − atan(2)/π, p = 1 − 2·atan(2)/π = 0.2951672353;
    // its 97.5 % quantile is tan(0.475π) = 12.7062047362, so ci95 = 2 ∓ 12.7062047362.
    const r = tTestOf([1, 3])!;
    expect(r.t).toBeCloseTo(2, 14);
    expect(r.df).toBe(1);
    expect(r.p).toBeCloseTo(1 - (2 * Math.atan(2)) / Math.PI, 12);
    expect(r.meanImprovement).toBe(2);
    const q = Math.tan(0.475 * Math.PI);
    expect(r.ci95[0]).toBeCloseTo(2 - q, 10);
    expect(r.ci95[1]).toBeCloseTo(2 + q, 10);
  });

  it("the seed sample's pain after the repeat, as R gives it", () => {
    // improvements 7, 8, 2, 7, 8, 7: mean 6.5, sd √5.1, t = 6.5/(√5.1/√6) = 7.0502 on 5 df
    const r = tTestOf([7, 8, 2, 7, 8, 7])!;
    expect(r.t).toBeCloseTo(7.05023987910632499165, 12);
    expect(r.df).toBe(5);
    expect(r.p).toBeCloseTo(0.00088705137374329058, 15);
    expect(r.meanImprovement).toBe(6.5);
    expect(r.ci95[0]).toBeCloseTo(4.13004064852414476405, 12);
    expect(r.ci95[1]).toBeCloseTo(8.86995935147585612413, 12);
  });

  it("a worsening on average gives a negative t and an interval around the mean", () => {
    const r = tTestOf([-4, -1, -2.5, 0, -3, 1, -6])!;
    expect(r.t).toBeCloseTo(-2.428107394962668142, 12);
    expect(r.df).toBe(6);
    expect(r.p).toBeCloseTo(0.051294281424787182, 14);
    expect(r.meanImprovement).toBeCloseTo(-2.214285714285714413, 14);
    expect(r.ci95[0]).toBeCloseTo(-4.445719944644385357, 12);
    expect(r.ci95[1]).toBeCloseTo(0.017148516072955738, 12);
  });

  it("is null with fewer than two improvements or when every improvement is the same", () => {
    expect(tTestOf([])).toBeNull();
    expect(tTestOf([3])).toBeNull();
    expect(tTestOf([2, 2, 2])).toBeNull();
    expect(tTestOf([0.1, 0.1, 0.1])).toBeNull(); // a mean of 0.10000000000000002 must not make a tiny SD
  });

  it("is null rather than infinite when the scores overflow the SD", () => {
    // (1e300 − 5e299)² is beyond the largest double: the SD is infinite
    expect(tTestOf([0, 1e300])).toBeNull();
  });
});
