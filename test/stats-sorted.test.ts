/**
 * The figures sort their samples by counting when they are whole numbers in a
 * narrow span; whatever the sample, the order must be what a plain numeric sort gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describe as describeSample } from "../server/src/core/stats/descriptive";
import { sortedFinite } from "../server/src/core/stats/sorted";
import { wilcoxonSignedRank } from "../server/src/core/stats/wilcoxon";

/** What the figures sorted with before: the finite values through the typed array's own sort. */
const reference = (sample: number[]) => Float64Array.from(sample.filter(Number.isFinite)).sort();
const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe("sorting a sample for the statistics", () => {
  it("gives scores on a 0..10 scale in order, counted or not", () => {
    expect([...sortedFinite([3, 0, 10, 3, 7, 0])]).toEqual([0, 0, 3, 3, 7, 10]);
  });

  it("leaves out what is not a number and keeps −0 before +0", () => {
    const sorted = sortedFinite([2, NaN, 0, -0, Infinity, -1, -Infinity]);
    expect([...sorted]).toEqual([-1, -0, 0, 2]);
    expect(Object.is(sorted[1], -0)).toBe(true);
  });

  it("orders any sample exactly as the numeric sort does", () => {
    const value = fc.oneof(
      fc.integer({ min: -20, max: 20 }),
      fc.integer({ min: -100, max: 400 }),
      fc.double(),
      fc.constantFrom(-0, 0, 2 ** 53, 2 ** 53 + 2, -(2 ** 60), 1e300, NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (sample) => same(sortedFinite(sample), reference(sample))),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it("sorts into an array of the caller's, or the sample itself in place, to the same order", () => {
    const value = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double(), fc.constantFrom(-0, 0, NaN, Infinity));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (sample) => {
        const into = new Float64Array(sample.length + 3).fill(99);
        const inPlace = Float64Array.from(sample);
        return same(sortedFinite(sample, into), reference(sample)) && same(sortedFinite(inPlace, inPlace), reference(sample));
      }),
      { seed: 20261203, numRuns: 1000 },
    );
  });

  it("a small sample after a large one gives its own figures, whatever the large one left behind", () => {
    const large = Array.from({ length: 5000 }, (_, i) => (i * 7) % 11);
    describeSample(large);
    wilcoxonSignedRank(large, large.map((v) => v - 3));
    expect(describeSample([4, 1, 3])).toEqual(describeSample(Float64Array.from([3, 1, 4])));
    expect(describeSample([4, 1, 3])).toMatchObject({ n: 3, mean: 8 / 3, median: 3, min: 1, max: 4 });
    // Three pairs, all better by 1, 2 and 3: V = 6, exact p = 0.25 (R: wilcox.test(c(5,6,7), c(4,4,4), paired = TRUE)).
    const test = wilcoxonSignedRank([5, 6, 7], [4, 4, 4]);
    expect(test).toMatchObject({ statistic: 6, exact: true });
    expect(test!.p).toBeCloseTo(0.25, 12);
  });
});
