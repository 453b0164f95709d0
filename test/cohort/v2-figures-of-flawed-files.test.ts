/**
 * The version-2 figures of files with a mistake the diagnostics flag, where the
 * spec does not say what counts: the JSON summary (`vcase summary --format json`)
 * read from the text, each expectation worked out by hand in the comments.
 * These pin what an author would expect: the first of two entries counts (as the
 * diagnostic points at the second), a date that cannot be placed gives no length
 * of time, and a patient without a procedure counts in no figure but Table 1.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { renderSummary } from "../../server/src/core/report/render-summary";

function summaryOf(text: string): Record<string, any> {
  return JSON.parse(renderSummary(analyze(text, { today: "2030-01-01" }), "x.vcase", "json")) as Record<string, any>;
}

function codesOf(text: string): string[] {
  return analyze(text, { today: "2030-01-01" }).diagnostics.map((d) => d.code);
}

const STUDY = `study "Flawed" {
  measure pain range 0..10 responder 3
  visit w6 day 42 window 14
  complication leak
}
`;

const none = { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null };
const one = (x: number) => ({ n: 1, mean: x, sd: null, median: x, q1: x, q3: x, min: x, max: x });

describe("a visit recorded twice, and a measure scored twice at one visit", () => {
  const text = `${STUDY}patient A {
  procedure P1 vertebroplasty on 2020-01-01 at T12 {
    pain 8 -> 2
    visit w6 { pain 4 }
    visit w6 { pain 1 }
  }
  procedure P2 vertebroplasty on 2020-03-01 at L1 {
    pain 9 -> 3
    visit w6 { pain 5  pain 2 }
  }
}
`;
  it("are flagged on the second occurrence", () => {
    expect(codesOf(text)).toEqual(["VC702", "VC104"]);
  });
  it("count the first block and the first score: 8 → 4 and 9 → 5 at w6", () => {
    const w6 = summaryOf(text).measures.pain.initial.visits.w6;
    expect(w6.n).toBe(2);
    expect(w6.post).toMatchObject({ n: 2, mean: 4.5, min: 4, max: 5 });
    expect(w6.improvement).toMatchObject({ mean: 4, min: 4, max: 4 });
    expect(w6.responders).toEqual({ count: 2, n: 2 });
    // Both improvements 4: the t-test has nothing to test.
    expect(w6.tTest).toBeNull();
  });
});

describe("a patient dated with calendar dates and day N at once (VC203)", () => {
  const text = `${STUDY}patient A {
  procedure P1 vertebroplasty on 2020-01-01 at T12 {
    pain 8 -> 2
  }
  recurrence on 2020-01-31
  procedure P2 vertebroplasty on day 40 at T12 repeats P1 {
    pain 9 -> 3
  }
  complication leak on 2020-02-01
  followup until 2021-01-01 lost
}
patient B {
  procedure P1 vertebroplasty on 2020-03-01 at L1 {
    pain 7 -> 1
  }
  recurrence on 2020-03-11
  complication leak on 2020-03-05
  followup until 2020-12-26
}
`;
  it("is flagged at the date of the other kind", () => {
    expect(codesOf(text)).toEqual(["VC203"]);
  });
  it("gives no interval, no follow-up length and no complication day for that patient", () => {
    // Which of A's dates is wrong is the author's to say: none of its procedures has a known day.
    const j = summaryOf(text);
    // Only B: recurrence 10 days after its procedure; A's repeat has no known interval.
    expect(j.intervals.repeatDays).toEqual(none);
    expect(j.intervals.recurrenceDays).toEqual(none);
    expect(j.intervals.recurrenceAfterInitialDays).toEqual(one(10));
    // B: 2020-03-01 → 2020-03-05 is 4 days; A's leak has no procedure day to count from.
    expect(j.complications.leak.daysAfterProcedure).toEqual(one(4));
    expect(j.complications.leak).toMatchObject({ events: 2, patients: { count: 2, n: 2 } });
    // B: 2020-03-01 → 2020-12-26 is 300 days; A is recorded, lost, with no known length.
    expect(j.followup).toMatchObject({ n: 2, recorded: { count: 2, n: 2 }, days: one(300), completed: 1, lost: 1, died: 0 });
  });
  it("still counts its scores and its calendar dates in Table 1's period", () => {
    const j = summaryOf(text);
    expect(j.measures.pain.initial.n).toBe(2);
    expect(j.measures.pain.repeat.n).toBe(1);
    expect(j.baseline.period).toEqual({ first: "2020-01-01", last: "2020-03-01" });
  });
});

describe("a complication of a patient without a procedure (VC713, VC503)", () => {
  const text = `${STUDY}patient A {
  procedure P1 vertebroplasty on 2020-01-01 at T12 {
    pain 8 -> 2
    complication leak at T12 symptomatic
  }
}
patient B {
  complication leak on 2020-05-01 symptomatic
  followup until 2021-01-01 died
}
`;
  it("is flagged", () => {
    expect(codesOf(text)).toEqual(["VC503", "VC713"]);
  });
  it("counts in no complication or follow-up figure, as the patient counts in none but Table 1", () => {
    const j = summaryOf(text);
    expect(j.complications.leak).toMatchObject({ events: 1, patients: { count: 1, n: 1 }, symptomatic: 1, levels: { count: 1, n: 1 } });
    expect(j.followup).toMatchObject({ n: 1, recorded: { count: 0, n: 1 }, died: 0 });
    expect(j.baseline.patients).toBe(2);
    expect(j.baseline.proceduresPerPatient).toMatchObject({ n: 2, mean: 0.5, min: 0, max: 1 });
  });
});

describe("a visit dated on or before its procedure (VC704)", () => {
  const text = `${STUDY}patient A {
  procedure P1 vertebroplasty on 2020-02-01 at L1 {
    pain 7 -> 1
    visit w6 on 2020-01-15 { pain 3 }
  }
}
`;
  it("is flagged alone, and its score still counts at the visit, as one outside the window does", () => {
    expect(codesOf(text)).toEqual(["VC704"]);
    const w6 = summaryOf(text).measures.pain.initial.visits.w6;
    expect(w6.post).toEqual(one(3));
  });
});
