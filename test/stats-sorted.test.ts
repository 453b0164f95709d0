/**
 * The figures sort their samples by counting when they are whole numbers in a
 * narrow span; whatever the sample, the order must be what a plain numeric sort gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortedFinite } from "../server/src/core/stats/sorted";

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
});
