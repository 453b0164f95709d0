/**
 * Spec §9.4, exact decimals: improvements and before − after differences are
 * computed on the decimals as written, in v1 files too. Every expected value is
 * worked by hand in the comment beside it; the p-values were checked with R on the
 * decimal differences as written (wilcox.test(c(0.2, 0.2, 0.7, -0.1)),
 * t.test(c(0.2, 0.2, 0.7, -0.1))).
 */
import { describe, expect, it } from "vitest";
import { computeCohort } from "../../server/src/core/cohort/figures";
import type { CohortFigures } from "../../server/src/core/cohort/types";
import { linkCohort } from "../../server/src/core/model/cohort-model";
import { parse } from "../../server/src/core/syntax/parse";
import { decimalDifference, decimalSum } from "../../server/src/core/stats/decimals";

function figuresOf(text: string): CohortFigures {
  const parsed = parse(text);
  expect(parsed.diagnostics).toEqual([]); // the test text itself must parse
  return computeCohort(linkCohort(parsed), text);
}

describe("differences of decimal scores", () => {
  // In floating point 0.3 − 0.1 is 0.19999999999999998 and 0.5 − 0.3 is 0.2: as written both are 0.2.
  const f = figuresOf(`
    study "S" { measure pain range 0..1 better lower responder 0.2 }
    patient A { procedure X vertebroplasty on day 0 at L1 { pain 0.3 -> 0.1 } }
    patient B { procedure X vertebroplasty on day 0 at L1 { pain 0.5 -> 0.3 } }
    patient C { procedure X vertebroplasty on day 0 at L1 { pain 0.9 -> 0.2 } }
    patient D { procedure X vertebroplasty on day 0 at L1 { pain 0.4 -> 0.5 } }
  `);
  const r = f.measures.get("pain")!.initial;

  it("counts an improvement of exactly the threshold as a responder", () => {
    // improvements 0.2 (A), 0.2 (B), 0.7 (C), −0.1 (D): A, B and C reach 0.2
    expect(r.responders).toEqual({ count: 3, n: 4 });
  });

  it("gives the improvements as written", () => {
    // sorted −0.1, 0.2, 0.2, 0.7: min −0.1, median (0.2 + 0.2)/2 = 0.2, max 0.7
    expect(r.improvement.min).toBe(-0.1);
    expect(r.improvement.median).toBe(0.2);
    expect(r.improvement.max).toBe(0.7);
    expect(r.improvement.mean).toBeCloseTo(0.25, 15); // 1.0 / 4
  });

  it("makes 0.3 − 0.1 and 0.5 − 0.3 one tie for the Wilcoxon test", () => {
    // |d| 0.1 → rank 1, 0.2 and 0.2 → 2.5 each, 0.7 → 4; V = 2.5 + 2.5 + 4 = 9
    // a tie → normal approximation: σ² = 4·5·9/24 − (2³ − 2)/48 = 7.375,
    // z = (9 − 5 − 0.5)/√7.375 = 1.28880, p = 2(1 − Φ(z)) = 0.197466 (R: 0.19746607335801866)
    expect(r.wilcoxon).toMatchObject({ statistic: 9, p: expect.closeTo(0.19746607335801866, 12), exact: false, differences: 4 });
  });

  it("runs the t-test on the improvements as written", () => {
    // mean 0.25, sd √((0.1225 + 0.0025 + 0.0025 + 0.2025)/3) = √0.11 = 0.331662;
    // t = 0.25 / (0.331662/2) = 1.507557 on 3 df (R: t 1.5075567228888183, p 0.22877780406977113)
    expect(r.tTest!.t).toBeCloseTo(1.5075567228888183, 12);
    expect(r.tTest!.df).toBe(3);
    expect(r.tTest!.p).toBeCloseTo(0.22877780406977113, 12);
    expect(r.tTest!.ci95[0]).toBeCloseTo(-0.27774901550394465, 12);
    expect(r.tTest!.ci95[1]).toBeCloseTo(0.77774901550394482, 12);
  });

  it("does the same for `better higher`", () => {
    const g = figuresOf(`
      study "S" { measure function range 0..1 better higher responder 0.2 }
      patient A { procedure X vertebroplasty on day 0 at L1 { function 0.1 -> 0.3 } }
    `);
    // after − before = 0.3 − 0.1 = 0.2 as written
    expect(g.measures.get("function")!.initial.improvement.mean).toBe(0.2);
    expect(g.measures.get("function")!.initial.responders).toEqual({ count: 1, n: 1 });
  });
});

describe("decimalDifference and decimalSum", () => {
  it("give the decimal result as the double nearest to it", () => {
    expect(decimalDifference(0.3, 0.1)).toBe(0.2);
    expect(decimalDifference(0.1, 0.3)).toBe(-0.2);
    expect(decimalDifference(1.15, 1.05)).toBe(0.1); // floating point: 0.09999999999999987
    expect(decimalSum(0.1, 0.2)).toBe(0.3); // floating point: 0.30000000000000004
  });

  it("keep whole numbers, zero and values too large to round as they are", () => {
    expect(decimalDifference(10, 3)).toBe(7);
    expect(Object.is(decimalDifference(0.1, 0.1), 0)).toBe(true);
    expect(decimalDifference(1e300, 1)).toBe(1e300);
    expect(decimalDifference(Number.NaN, 1)).toBeNaN();
  });
});
