// Statistics of the core (spec §5), checked against PUBLISHED R output where there
// is some, and otherwise against figures worked out by hand in the comments.
// p-values quoted by R to 4 significant digits are compared with toBeCloseTo at
// the decimal place of their last quoted digit.
import { describe, expect, it } from "vitest";
import { describe as describeStats } from "../server/src/core/stats/descriptive";
import { wilcoxonSignedRank } from "../server/src/core/stats/wilcoxon";

describe("describe (descriptive statistics)", () => {
  it("n = 0: every figure but n is null", () => {
    expect(describeStats([])).toEqual({
      n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null,
    });
  });

  it("n = 1: sd is null, every location figure is the value", () => {
    expect(describeStats([5])).toEqual({ n: 1, mean: 5, sd: null, median: 5, q1: 5, q3: 5, min: 5, max: 5 });
  });

  it("n = 2, by hand", () => {
    // [4, 1] sorted 1, 4. mean 2.5; sd = sqrt(((1−2.5)² + (4−2.5)²)/(2−1)) = sqrt(4.5).
    // Type 7: position (n−1)·p from 0 → q1 at 0.25: 1 + 0.25·3 = 1.75; median at 0.5: 2.5;
    // q3 at 0.75: 1 + 0.75·3 = 3.25.
    const s = describeStats([4, 1]);
    expect(s.n).toBe(2);
    expect(s.mean).toBeCloseTo(2.5, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(4.5), 12); // 2.1213203435596424
    expect(s.q1).toBeCloseTo(1.75, 12);
    expect(s.median).toBeCloseTo(2.5, 12);
    expect(s.q3).toBeCloseTo(3.25, 12);
    expect([s.min, s.max]).toEqual([1, 4]);
  });

  it("R: quantile(1:10) is 1.00 3.25 5.50 7.75 10.00; sd(1:10) is 3.02765", () => {
    // sd by hand too: var(1:n) = n(n+1)/12 = 110/12, so sd = sqrt(55/6) = 3.0276503540974917.
    const s = describeStats([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect([s.min, s.q1, s.median, s.q3, s.max]).toEqual([1, 3.25, 5.5, 7.75, 10]);
    expect(s.mean).toBeCloseTo(5.5, 12);
    expect(s.sd).toBeCloseTo(3.02765, 5);
    expect(s.sd).toBeCloseTo(Math.sqrt(55 / 6), 12);
  });

  it("R: summary(mtcars$mpg) is 10.40 15.43 19.20 20.09 22.80 33.90; sd(mtcars$mpg) is 6.026948", () => {
    const mpg = [
      21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4,
      14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4,
    ];
    const s = describeStats(mpg);
    expect(s.n).toBe(32);
    expect(s.min).toBe(10.4);
    expect(s.q1).toBeCloseTo(15.425, 10); // printed 15.43 by summary(); quantile() gives 15.425
    expect(s.median).toBeCloseTo(19.2, 10);
    expect(s.mean).toBeCloseTo(20.090625, 10); // printed 20.09
    expect(s.q3).toBeCloseTo(22.8, 10);
    expect(s.max).toBe(33.9);
    expect(s.sd).toBeCloseTo(6.026948, 6);
  });

  it("numpy docs: np.median([[10, 7, 4], [3, 2, 1]]) is 3.5 (even n: mean of the middle two)", () => {
    expect(describeStats([10, 7, 4, 3, 2, 1]).median).toBeCloseTo(3.5, 12);
  });

  it("non-finite values are left out (documented guard) and never give NaN; the input is not mutated", () => {
    const input = [4, Number.NaN, 1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    expect(describeStats(input)).toEqual(describeStats([1, 4]));
    expect(input[0]).toBe(4);
    expect(describeStats([Number.NaN])).toEqual(describeStats([]));
  });
});

describe("wilcoxonSignedRank", () => {
  it("R ?wilcox.test (Hollander & Wolfe depression data): V = 40, p-value = 0.03906, exact", () => {
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const r = wilcoxonSignedRank(x, y)!;
    expect(r.statistic).toBe(40);
    expect(r.exact).toBe(true);
    expect(r.p).toBeCloseTo(0.03906, 5);
    // By hand: n = 9, V = 40 > 9·10/4 = 22.5 (upper side), so p = 2·P(S ≥ 40) = 2·P(S ≤ 45 − 40 = 5).
    // Subsets of {1..9} with sum ≤ 5: {} {1} {2} {3} {1,2} {4} {1,3} {5} {1,4} {2,3} = 10 of 2⁹ = 512.
    expect(r.p).toBeCloseTo((2 * 10) / 512, 12);
  });

  it("R, STHDA mice weights (all after > before): V = 0, p-value = 0.001953, exact", () => {
    const before = [200.1, 190.9, 192.7, 213, 241.4, 196.9, 172.2, 185.5, 205.2, 193.7];
    const after = [392.9, 393.2, 345.1, 393, 434, 427.9, 422, 383.9, 392.3, 352.2];
    const r = wilcoxonSignedRank(before, after)!;
    expect(r.statistic).toBe(0);
    expect(r.exact).toBe(true);
    expect(r.p).toBeCloseTo(0.001953, 6);
    // By hand: lower side, p = 2·P(S ≤ 0) = 2·(1/2¹⁰).
    expect(r.p).toBeCloseTo(2 / 1024, 14);
  });

  it("R, MASS immer (barley Y1 vs Y2, tied differences): V = 368.5, p-value = 0.005318, normal approximation", () => {
    const y1 = [
      81, 105.4, 119.7, 109.7, 98.3, 146.6, 142, 150.7, 191.5, 145.7, 82.3, 77.3, 78.4, 131.3, 89.6,
      119.8, 121.4, 124, 140.8, 124.8, 98.9, 89, 69.1, 89.3, 104.1, 86.9, 77.1, 78.9, 101.8, 96,
    ];
    const y2 = [
      80.7, 82.3, 80.4, 87.2, 84.2, 100.4, 115.5, 112.2, 147.7, 108.1, 103.1, 105.1, 116.5, 139.9, 129.6,
      98.9, 61.9, 96.2, 125.5, 75.7, 66.4, 49.9, 96.7, 61.9, 80.3, 67.7, 66.7, 67.4, 91.8, 94.1,
    ];
    const r = wilcoxonSignedRank(y1, y2)!;
    expect(r.statistic).toBe(368.5);
    expect(r.exact).toBe(false);
    expect(r.p).toBeCloseTo(0.005318, 6);
  });

  it("Wilcoxon (1945) paired data, upper side, by hand", () => {
    // d = A − B = 58 32 30 5 −7 6 11 10; ranks of |d|: 5→1 6→2 7→3 10→4 11→5 30→6 32→7 58→8.
    // V = 36 − 3 = 33 (only −7 is negative). Upper side (33 > 18): p = 2·P(S ≤ 36 − 33 = 3)
    // = 2·#{ {} {1} {2} {3} {1,2} }/2⁸ = 10/256.
    const r = wilcoxonSignedRank([209, 200, 177, 169, 159, 169, 187, 198], [151, 168, 147, 164, 166, 163, 176, 188])!;
    expect(r).toMatchObject({ statistic: 33, exact: true });
    expect(r.p).toBeCloseTo(10 / 256, 12);
  });

  it("ties → normal approximation with tie and continuity correction, by hand", () => {
    // d = 1, 1, 2 → ranks 1.5, 1.5, 3; V = 6; n = 3; E[V] = 3·4/4 = 3.
    // One tie group of t = 2: Σ(t³ − t) = 6. σ² = 3·4·7/24 − 6/48 = 3.5 − 0.125 = 3.375, σ = 1.8371173…
    // z = (6 − 3 − 0.5)/σ = 1.3608276…; p = 2·(1 − Φ(1.3608276)) = 0.1735682 (Φ(1.3608) ≈ 0.91322).
    const r = wilcoxonSignedRank([2, 3, 4], [1, 2, 2])!;
    expect(r).toMatchObject({ statistic: 6, exact: false });
    expect(r.p).toBeCloseTo(0.1735682, 6);
  });

  it("zeros are dropped, and their presence forces the normal approximation, by hand", () => {
    // d = 0, 2, 3, 4 → the 0 is dropped; ranks 1, 2, 3; V = 6; n = 3; no ties.
    // σ² = 3·4·7/24 = 3.5; z = (6 − 3 − 0.5)/√3.5 = 1.3363062; p = 2·(1 − Φ(1.3363062)) = 0.1814492.
    const r = wilcoxonSignedRank([5, 5, 7, 9], [5, 3, 4, 5])!;
    expect(r).toMatchObject({ statistic: 6, exact: false });
    expect(r.p).toBeCloseTo(0.1814492, 6);
    // Without the zero pair the same differences take the exact path: 2·P(S ≥ 6) = 2·P(S ≤ 0) = 2/8.
    const noZero = wilcoxonSignedRank([5, 7, 9], [3, 4, 5])!;
    expect(noZero).toMatchObject({ statistic: 6, exact: true });
    expect(noZero.p).toBeCloseTo(0.25, 12);
  });

  it("R ?wilcox.test depression data plus one zero pair: same V, normal approximation, by hand", () => {
    // Zero dropped → n = 9, V = 40 as above. σ² = 9·10·19/24 = 71.25, σ = 8.4409715;
    // z = (40 − 22.5 − 0.5)/σ = 2.0139862; p = 2·(1 − Φ(2.0139862)) = 0.04401098.
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3, 1];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29, 1];
    const r = wilcoxonSignedRank(x, y)!;
    expect(r).toMatchObject({ statistic: 40, exact: false });
    expect(r.p).toBeCloseTo(0.04401098, 7);
  });

  it("n = 1 and V at the centre: the exact two-sided p is capped at 1, by hand", () => {
    // n = 1, d = 2: V = 1 > 0.5, p = 2·P(S ≥ 1) = 2·P(S ≤ 0) = 2·½ = 1.
    const one = wilcoxonSignedRank([3], [1])!;
    expect(one).toMatchObject({ statistic: 1, exact: true });
    expect(one.p).toBeCloseTo(1, 12);
    expect(one.p).toBeLessThanOrEqual(1);
    // n = 3, d = 1, 2, −3: V = 3 = E[V], not above it, so p = 2·P(S ≤ 3); sums ≤ 3 of subsets of
    // {1,2,3}: {} {1} {2} {3} {1,2} = 5 of 8, 2·5/8 = 1.25 → capped at 1 (R: min(2p, 1)).
    // Three differences: the smallest p any three could give is 2/2^3 = 0.25.
    expect(wilcoxonSignedRank([2, 3, 4], [1, 1, 7])).toEqual({ statistic: 3, p: 1, exact: true, differences: 3, smallestP: 0.25 });
  });

  it("gives the smallest p the pairs could reach: 2/2^n when exact, by hand", () => {
    // Five differences can never give p < 0.05 (2/32 = 0.0625); six can (2/64 = 0.03125). R agrees:
    // wilcox.test(c(6,7,8,9,10), c(5,5,5,5,5), paired = TRUE)$p.value = 0.0625.
    expect(wilcoxonSignedRank([6, 7, 8, 9, 10], [5, 5, 5, 5, 5])).toMatchObject({ p: 0.0625, differences: 5, smallestP: 0.0625 });
    expect(wilcoxonSignedRank([5, 7, 8, 9, 10, 11], [6, 5, 5, 5, 5, 5])).toMatchObject({ differences: 6, smallestP: 0.03125 });
    // A zero difference is dropped: four differences, and with a zero, the normal approximation:
    // all four one way gives V = 10, E = 5, σ² = 4·5·9/24 = 7.5, z = 4.5/√7.5, p = 2·(1 − Φ(1.6432)) = 0.1003.
    const tied = wilcoxonSignedRank([5, 6, 7, 8, 9], [5, 5, 5, 5, 5])!;
    expect(tied).toMatchObject({ exact: false, differences: 4 });
    expect(tied.smallestP).toBeCloseTo(0.1003, 4);
  });

  it("49 differences → exact; 50 → normal approximation, by hand", () => {
    // d = 1..n, all positive, distinct: V = n(n+1)/2.
    // n = 49: exact, p = 2·P(S ≥ 1225) = 2·P(S ≤ 0) = 2·2⁻⁴⁹ = 3.5527137e−15.
    const seq = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const r49 = wilcoxonSignedRank(seq(49).map((v) => 2 * v), seq(49))!;
    expect(r49).toMatchObject({ statistic: 1225, exact: true });
    expect(r49.p / (2 * 2 ** -49)).toBeCloseTo(1, 10);
    // n = 50: V = 1275, E[V] = 637.5, σ² = 50·51·101/24 = 10731.25, σ = 103.591747;
    // z = (1275 − 637.5 − 0.5)/σ = 6.1491385; p = 2·Φ(−6.1491385) = 7.790492e−10.
    const r50 = wilcoxonSignedRank(seq(50).map((v) => 2 * v), seq(50))!;
    expect(r50).toMatchObject({ statistic: 1275, exact: false });
    expect(r50.p / 7.790492e-10).toBeCloseTo(1, 6);
  });

  it("swapping before and after mirrors V to n(n+1)/2 − V with the same p", () => {
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const a = wilcoxonSignedRank(x, y)!;
    const b = wilcoxonSignedRank(y, x)!;
    expect(b.statistic).toBe(45 - a.statistic);
    expect(b.p).toBeCloseTo(a.p, 14);
  });

  it("null when no non-zero difference remains, or the arrays differ in length", () => {
    expect(wilcoxonSignedRank([], [])).toBeNull();
    expect(wilcoxonSignedRank([3, 4, 5], [3, 4, 5])).toBeNull();
    expect(wilcoxonSignedRank([1, 2, 3], [1, 2])).toBeNull();
    // A pair with a non-finite score is left out (documented guard), so this is all-zero too.
    expect(wilcoxonSignedRank([Number.NaN, 2], [1, 2])).toBeNull();
  });
});
