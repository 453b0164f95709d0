/**
 * Spec §9.4 visits: the ROLE at each declared visit, with the score at the
 * visit in place of the score after. Expected values worked by hand beside
 * them (type-7 quartiles: h = (n − 1)·p); the test p-values are R's, from
 *   wilcox.test(c(8,6,7,0), c(2,6,3,0), paired = TRUE)   V = 3, p = 0.371093369522698
 *   t.test(c(6,0,4,0))   t = 1.666666666666667, p = 0.194171345612058,
 *                        ci95 = [-2.273669457925561, 7.273669457925561]
 */
import { describe, expect, it } from "vitest";
import type { VisitDecl } from "../../server/src/core/cohort/types";
import { visitRoles } from "../../server/src/core/cohort/visit-roles";
import { visitScoreTable, type ProcedureScores } from "./visit-score-table";

const NULL_STATS = { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null };

const PAIN = { min: 0, max: 10, better: "lower", responder: 3 } as const;

const VISITS: VisitDecl[] = [
  { id: "w6", label: "6 weeks", day: 42, window: 14 },
  { id: "m6", label: "6 months", day: 182, window: 30 },
  { id: "y1", label: "1 year", day: 365, window: 0 },
];

function proc(role: "initial" | "repeat", before: number | undefined, visits: Record<string, number | undefined>): ProcedureScores {
  return { role, before, visits: new Map(Object.entries(visits)) };
}

describe("the ROLE at each visit of a better-lower measure", () => {
  const roles = visitRoles(PAIN, VISITS, visitScoreTable([
    proc("initial", 8, { w6: 2, m6: 1 }),
    proc("initial", 6, { w6: 6, m6: undefined }), // m6 `?`
    proc("initial", 7, { w6: 3, m6: 11 }), // m6 outside 0..10: not recorded
    proc("initial", undefined, { w6: 1 }), // no score before: counts at no visit
    proc("initial", 0, { w6: 0 }),
    proc("repeat", 9, { w6: 4 }),
    proc("initial", 5, { x9: 0 }), // an undeclared visit (VC701)
    proc("initial", 10, { w6: NaN }), // a score lost to a syntax error
    proc("initial", 12, { w6: 2 }), // before outside the range
  ]));

  it("lists every declared visit in declaration order, for each role", () => {
    expect([...roles.initial.keys()]).toEqual(["w6", "m6", "y1"]);
    expect([...roles.repeat.keys()]).toEqual(["w6", "m6", "y1"]);
  });

  it("pairs the score before with the score at the visit: initial w6 is 8→2, 6→6, 7→3, 0→0", () => {
    const r = roles.initial.get("w6")!;
    expect(r.n).toBe(4);
    // before 0, 6, 7, 8: mean 21/4; median (6+7)/2; q1 h = 0.75 → 4.5; q3 h = 2.25 → 7.25
    expect(r.pre).toMatchObject({ n: 4, mean: 5.25, median: 6.5, q1: 4.5, q3: 7.25, min: 0, max: 8 });
    // at the visit 0, 2, 3, 6: mean 11/4, median 2.5
    expect(r.post).toMatchObject({ n: 4, mean: 2.75, median: 2.5, min: 0, max: 6 });
    // improvement 6, 0, 4, 0: mean 2.5; deviations² 12.25 + 6.25 + 2.25 + 6.25 = 27 → sd √9 = 3
    expect(r.improvement).toMatchObject({ n: 4, mean: 2.5, median: 2, min: 0, max: 6 });
    expect(r.improvement.sd).toBeCloseTo(3, 12);
    expect(r.responders).toEqual({ count: 2, n: 4 }); // 6 and 4 are ≥ 3
    expect(r.impaired).toEqual({ count: 3, n: 4 }); // 8, 6, 7 above the best score 0
    expect(r.improvedAmongImpaired).toEqual({ count: 2, n: 3 }); // 6 and 4; 0 is not improved
    expect(r.improvementAmongImpaired.mean).toBeCloseTo(10 / 3, 12); // (6+0+4)/3
    expect(r.postAmongImpaired.mean).toBeCloseTo(11 / 3, 12); // (2+6+3)/3
  });

  it("gives the visit its own Wilcoxon and t-test against the score before", () => {
    const r = roles.initial.get("w6")!;
    // d = 6, 0, 4, 0: zeros dropped, ranks 4 → 1, 6 → 2, V = 3; zeros → normal approximation
    expect(r.wilcoxon).toMatchObject({ statistic: 3, exact: false, differences: 2 });
    expect(r.wilcoxon!.p).toBeCloseTo(0.371093369522698, 12);
    expect(r.tTest!.t).toBeCloseTo(1.666666666666667, 12);
    expect(r.tTest!.df).toBe(3);
    expect(r.tTest!.p).toBeCloseTo(0.194171345612058, 12);
    expect(r.tTest!.meanImprovement).toBe(2.5);
    expect(r.tTest!.ci95[0]).toBeCloseTo(-2.273669457925561, 12);
    expect(r.tTest!.ci95[1]).toBeCloseTo(7.273669457925561, 12);
  });

  it("leaves out a `?` and an out-of-range score at the visit: initial m6 is 8→1 alone", () => {
    const r = roles.initial.get("m6")!;
    expect(r.n).toBe(1);
    expect(r.pre).toMatchObject({ n: 1, mean: 8, sd: null });
    expect(r.post).toMatchObject({ n: 1, mean: 1 });
    expect(r.improvement).toMatchObject({ n: 1, mean: 7 });
    expect(r.responders).toEqual({ count: 1, n: 1 });
    // one difference of 7: V = 1, exact p = 1 (R: wilcox.test(8, 1, paired = TRUE))
    expect(r.wilcoxon).toMatchObject({ statistic: 1, p: 1, exact: true });
    expect(r.tTest).toBeNull(); // n < 2
  });

  it("gives a declared visit nobody recorded n = 0, with no test", () => {
    const r = roles.initial.get("y1")!;
    expect(r.n).toBe(0);
    expect(r.pre).toEqual(NULL_STATS);
    expect(r.post).toEqual(NULL_STATS);
    expect(r.responders).toEqual({ count: 0, n: 0 });
    expect(r.impaired).toEqual({ count: 0, n: 0 });
    expect(r.wilcoxon).toBeNull();
    expect(r.tTest).toBeNull();
  });

  it("keeps the roles apart: repeat w6 is 9→4 alone, m6 empty", () => {
    expect(roles.repeat.get("w6")!.n).toBe(1);
    expect(roles.repeat.get("w6")!.improvement.mean).toBe(5);
    expect(roles.repeat.get("m6")!.n).toBe(0);
  });
});

describe("the ROLE at a visit of a better-higher measure, on exact decimals", () => {
  it("counts after − before, impaired below the scale's maximum, and no responders without a threshold", () => {
    const fn = { min: 0, max: 100, better: "higher", responder: null } as const;
    const r = visitRoles(fn, VISITS.slice(0, 1), visitScoreTable([proc("initial", 40, { w6: 70 }), proc("initial", 100, { w6: 90 })])).initial.get("w6")!;
    expect(r.improvement).toMatchObject({ n: 2, mean: 10, min: -10, max: 30 }); // 70 − 40, 90 − 100
    expect(r.responders).toBeNull();
    expect(r.impaired).toEqual({ count: 1, n: 2 }); // 40 < 100
    expect(r.improvedAmongImpaired).toEqual({ count: 1, n: 1 });
  });

  it("reaches `responder 0.2` with 0.3 → 0.1", () => {
    const vas = { min: 0, max: 1, better: "lower", responder: 0.2 } as const;
    const r = visitRoles(vas, VISITS.slice(0, 1), visitScoreTable([proc("initial", 0.3, { w6: 0.1 })])).initial.get("w6")!;
    expect(r.improvement.mean).toBe(0.2);
    expect(r.responders).toEqual({ count: 1, n: 1 });
  });
});

describe("a study without visits", () => {
  it("has no visit ROLE, whatever the procedures record", () => {
    const roles = visitRoles(PAIN, [], visitScoreTable([proc("initial", 8, { w6: 2 })]));
    expect(roles.initial.size).toBe(0);
    expect(roles.repeat.size).toBe(0);
  });
});
