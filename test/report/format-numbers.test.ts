/**
 * Numbers rounded for reading (core/report/format-numbers.ts): what a clinician
 * sees in hovers and tables. Expected strings are worked out by hand.
 */
import { describe, expect, it } from "vitest";
import type { Stats } from "../../server/src/core/cohort/types";
import {
  decimalsForRange,
  formatCount,
  formatMeanSd,
  formatMedianIqr,
  formatMinMax,
  formatNumber,
  formatP,
  formatPercent,
  roundTo,
} from "../../server/src/core/report/format-numbers";

const stats = (s: Partial<Stats> & { n: number }): Stats => ({ mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null, ...s });
const EMPTY = stats({ n: 0 });

describe("rounding", () => {
  it("rounds decimal halves away from zero, as people do", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo(1e-7, 3)).toBe(0);
  });

  it("prints a fixed number of decimals, never -0, and a dash for nothing", () => {
    expect(formatNumber(3.5)).toBe("3.5");
    expect(formatNumber(10)).toBe("10.0");
    expect(formatNumber(0.25, 2)).toBe("0.25");
    expect(formatNumber(-0.04)).toBe("0.0");
    expect(formatNumber(null)).toBe("—");
  });

  it("gives small scales more decimals", () => {
    expect(decimalsForRange(0, 4)).toBe(2);
    expect(decimalsForRange(0, 10)).toBe(1);
    expect(decimalsForRange(0, 30)).toBe(1);
    expect(decimalsForRange(0, 100)).toBe(0);
  });
});

describe("descriptive figures", () => {
  it("mean ± SD, the mean alone for one value, a dash for none", () => {
    expect(formatMeanSd(stats({ n: 6, mean: 3.5, sd: 2.3452 }))).toBe("3.5 ± 2.3");
    expect(formatMeanSd(stats({ n: 4, mean: 0.25, sd: 0.5 }), 2)).toBe("0.25 ± 0.50");
    expect(formatMeanSd(stats({ n: 1, mean: 7 }))).toBe("7.0");
    expect(formatMeanSd(EMPTY)).toBe("—");
  });

  it("median [IQR]", () => {
    expect(formatMedianIqr(stats({ n: 6, median: 7, q1: 7, q3: 7.75 }))).toBe("7.0 [7.0–7.8]");
    expect(formatMedianIqr(stats({ n: 1, median: 2, q1: 2, q3: 2 }))).toBe("2.0");
    expect(formatMedianIqr(EMPTY)).toBe("—");
  });

  it("range as min–max in whole days", () => {
    expect(formatMinMax(stats({ n: 6, min: 8, max: 167 }))).toBe("8–167");
    expect(formatMinMax(stats({ n: 1, min: 16, max: 16 }))).toBe("16");
    expect(formatMinMax(EMPTY)).toBe("—");
  });
});

describe("counts and p-values", () => {
  it("k/n (%)", () => {
    expect(formatCount({ count: 5, n: 6 })).toBe("5/6 (83%)");
    expect(formatCount({ count: 4, n: 4 })).toBe("4/4 (100%)");
    expect(formatCount({ count: 1, n: 8 })).toBe("1/8 (13%)");
    expect(formatCount({ count: 0, n: 0 })).toBe("0/0");
    expect(formatCount(null)).toBe("—");
    expect(formatPercent(2, 3)).toBe("67%");
  });

  it("p to three significant digits, or < 0.001", () => {
    expect(formatP(0.03125)).toBe("0.0313");
    expect(formatP(0.5)).toBe("0.500");
    expect(formatP(1)).toBe("1.00");
    expect(formatP(0.99951)).toBe("1.00");
    expect(formatP(0.09996)).toBe("0.100");
    expect(formatP(0.001)).toBe("0.00100");
    expect(formatP(0.000999)).toBe("< 0.001");
    expect(formatP(null)).toBe("—");
  });
});
