/**
 * The bench's heap-per-patient column: memory a result keeps alive, read between
 * full collections, typed arrays counted (the syntax tree's rows live in them).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { retainedBytes } from "../../bench/measure";
import { exposeGc } from "./expose-gc";

beforeAll(() => {
  exposeGc();
});

const MB = 1024 * 1024;

/** 48 MB of typed arrays dropped at once, as each timed analysis drops its tree's rows. */
function dropTypedArrays(): number {
  let sum = 0;
  for (let i = 0; i < 24; i++) sum += new Float64Array(MB / 4).fill(i)[0]!;
  return sum;
}

describe("heap retained by a result", () => {
  it("counts a kept typed array at its size, however many arrays died just before", () => {
    const readings: number[] = [];
    for (let i = 0; i < 12; i++) {
      dropTypedArrays();
      readings.push(retainedBytes(() => new Float64Array(MB).fill(1)) / MB);
    }
    // 8 MB of numbers kept, give or take what the test runner's own heap does
    // meanwhile (a few hundred KB); the 48 MB dropped must not be counted either way.
    for (const mb of readings) {
      expect(mb).toBeGreaterThan(7.5);
      expect(mb).toBeLessThan(8.5);
    }
  });

  it("counts nothing for a result that keeps nothing", () => {
    dropTypedArrays();
    expect(Math.abs(retainedBytes(() => 0))).toBeLessThan(0.5 * MB);
  });
});
