/**
 * The bench's count of garbage collections inside a run: what the report gives as
 * the reading of "no garbage-collection blow-up" that a shared core does not spoil.
 */
import { describe, expect, it } from "vitest";
import { countCollections, type Collections } from "../../bench/collections";
import { describeCollections } from "../../bench/report";
import { exposeGc } from "./expose-gc";

const fullCollection = exposeGc();

/** Short-lived objects, well over a young generation's worth: each lives until the slot it is kept in is reused. */
function garbage(): number {
  const slots: { value: number }[] = new Array(64);
  for (let i = 0; i < 2_000_000; i++) slots[i & 63] = { value: i };
  return slots.length;
}

/** No object made at all. */
function nothingMade(): number {
  let sum = 0;
  for (let i = 0; i < 1000; i++) sum += i;
  return sum;
}

describe("counting the collections inside a run", () => {
  it("counts the young collections of a run that makes garbage, and none for one that makes nothing", () => {
    const busy = countCollections(3, garbage, fullCollection);
    expect(busy.runs).toBe(3);
    expect(busy.young).toHaveLength(3);
    for (const n of busy.young) expect(n).toBeGreaterThan(0);
    const idle = countCollections(3, nothingMade, fullCollection);
    expect(idle.young).toEqual([0, 0, 0]);
    expect(idle.full).toEqual([0, 0, 0]);
  });

  it("leaves out the full collection made before each run", () => {
    const idle = countCollections(2, nothingMade, fullCollection);
    expect(idle.full).toEqual([0, 0]);
    expect(idle.fullMs).toEqual([0, 0]);
  });
});

describe("the report's words for the collections", () => {
  const of = (young: number[], youngMs: number[], full: number[], fullMs: number[]): Collections => ({ runs: young.length, young, youngMs, full, fullMs });

  it("says when a run makes none of either kind", () => {
    expect(describeCollections(of([0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]))).toBe("no young collection; no full collection");
  });

  it("gives the median count with its range, the median pause, and the runs with a full collection", () => {
    const text = describeCollections(of([2, 3, 3], [9.5, 12.25, 14], [0, 1, 0], [0, 31, 0]));
    expect(text).toBe("young collections 3 (2–3), 12.3 ms median; a full collection in 1 of 3 runs, 31.0 ms median in those");
  });

  it("gives one count when every run made the same number", () => {
    expect(describeCollections(of([3, 3, 3], [5, 6, 7], [0, 0, 0], [0, 0, 0]))).toBe("young collections 3, 6.00 ms median; no full collection");
  });
});
