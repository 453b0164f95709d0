// The version-2 items read by the linked model reach the figures (spec §9.4):
// a two-patient cohort whose figures are worked out by hand below.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { summaryJson } from "../../server/src/core/report/summary-json";

const TEXT = `study "S" {
  measure pain range 0..10 responder 3
  visit w6 "6 weeks" day 42 window 14
  visit y1 day 365
  complication leak "Cement leakage"
  complication fracture
}
patient P1 {
  procedure PV1 vertebroplasty on 2020-01-01 at T12, L1 {
    pain 8 -> 2
    complication leak at L1
    visit w6 on 2020-02-12 { pain 3 }
  }
  followup until 2020-07-01 lost
}
patient P2 {
  procedure PV1 vertebroplasty on 2020-01-01 at L2 {
    pain 6 -> 3
    visit w6 { pain 2 }
  }
  complication leak on 2020-01-11 symptomatic
  followup until 2020-03-01
}
`;

function summary(text: string) {
  const a = analyze(text, { today: "2025-01-01" });
  return { json: summaryJson({ fileLabel: "t", model: a.model, figures: a.figures, errors: a.errorCount, warnings: a.warningCount }), a };
}

describe("the version-2 figures of a small cohort, by hand", () => {
  it("checks clean", () => expect(summary(TEXT).a.diagnostics).toEqual([]));

  it("visits: the schedule, and pain at w6 against pain before (8→3, 6→2: improvements 5 and 4)", () => {
    const { json } = summary(TEXT);
    expect(json.visits).toEqual({ w6: { label: "6 weeks", day: 42, window: 14 }, y1: { label: "y1", day: 365, window: 0 } });
    const w6 = json.measures.pain!.initial.visits.w6!;
    expect([w6.n, w6.pre.mean, w6.post.mean, w6.improvement.mean, w6.responders]).toEqual([2, 7, 2.5, 4.5, { count: 2, n: 2 }]);
    expect(json.measures.pain!.initial.visits.y1!.n).toBe(0);
  });

  it("complications: leak twice (one in PV1 at L1 of 3 treated levels, one 10 days after P2's procedure)", () => {
    const leak = summary(TEXT).json.complications.leak!;
    expect(leak.events).toBe(2);
    expect(leak.patients).toEqual({ count: 2, n: 2 });
    expect(leak.procedures).toEqual({ initial: { count: 1, n: 2 }, repeat: { count: 0, n: 0 } });
    expect(leak.levels).toEqual({ count: 1, n: 3 });
    expect(leak.symptomatic).toBe(1);
    expect([leak.daysAfterProcedure.n, leak.daysAfterProcedure.mean]).toEqual([1, 10]);
    expect(summary(TEXT).json.complications.fracture!.events).toBe(0);
  });

  it("follow-up: 182 days (lost) and 60 days (completed; 2020 is a leap year)", () => {
    const f = summary(TEXT).json.followup;
    expect([f.n, f.recorded, f.days.n, f.days.median, f.days.min, f.days.max, f.completed, f.lost, f.died]).toEqual([2, { count: 2, n: 2 }, 2, 121, 60, 182, 1, 1, 0]);
  });

  it("day N dates, and a procedure's complication without `on` dated by its procedure", () => {
    const text = TEXT.replaceAll("2020-01-01", "day 0").replace("2020-02-12", "day 42").replace("2020-07-01", "day 182").replace("2020-01-11", "day 10").replace("2020-03-01", "day 60");
    const { json, a } = summary(text);
    expect(a.diagnostics).toEqual([]);
    expect([json.followup.days.min, json.followup.days.max]).toEqual([60, 182]);
    expect(json.complications.leak!.daysAfterProcedure.mean).toBe(10);
  });

  it("the sample followup-visits.vcase: odi at m6 over the 9 initial procedures, as R gives it", () => {
    const text = readFileSync(new URL("../../samples/followup-visits.vcase", import.meta.url), "utf8");
    const m6 = summary(text).json.measures.odi!.initial.visits.m6!;
    // R: b <- c(68,60,58,54,48,58,72,64,50); a <- c(26,20,30,20,16,22,44,24,30)
    //    t.test(b - a): t 14.002800840, p 6.560782e-07, 95 % CI 27.84395 38.82272
    //    wilcox.test(b, a, paired = TRUE): p 0.009029911 (normal approximation, ties)
    expect(m6.n).toBe(9);
    expect(m6.tTest!.t).toBeCloseTo(14.0028008403, 8);
    expect(m6.tTest!.p).toBeCloseTo(6.560782e-7, 12);
    expect(m6.tTest!.ci95[0]).toBeCloseTo(27.84395, 4);
    expect(m6.tTest!.ci95[1]).toBeCloseTo(38.82272, 4);
    expect(m6.wilcoxon!.p).toBeCloseTo(0.009029911, 8);
  });
});
