/**
 * Spec §9.4 `intervals.recurrenceAfterInitialDays`: for each initial procedure P,
 * the days to the first recurrence strictly after it, at one of its levels or with
 * no level, counting only recurrences on or before the next procedure that treats
 * one of P's levels. Every expected value is worked by hand beside it.
 */
import { describe, expect, it } from "vitest";
import { computeCohort } from "../../server/src/core/cohort/figures";
import type { CohortFigures } from "../../server/src/core/cohort/types";
import { linkCohort } from "../../server/src/core/model/cohort-model";
import { parse } from "../../server/src/core/syntax/parse";

function figuresOf(text: string): CohortFigures {
  const parsed = parse(text);
  expect(parsed.diagnostics).toEqual([]); // the test text itself must parse
  return computeCohort(linkCohort(parsed), text);
}

const intervalsOf = (text: string) => figuresOf(text).intervals;

describe("recurrence after an initial procedure", () => {
  it("needs no repeat, and counts a recurrence with no level at every level", () => {
    const i = intervalsOf(`
      patient A {
        procedure P1 vertebroplasty on day 0 at L1 { }
        recurrence on day 0 at L1
        recurrence on day 20 at L2
        recurrence on day 30
      }
    `);
    // day 0 is P1's own day (not after it); L2 is not P1's level; day 30, no level: 30
    expect(i.recurrenceAfterInitialDays).toMatchObject({ n: 1, min: 30, max: 30 });
    expect(i.recurrenceDays.n).toBe(0); // no repeat: the v1 interval has nothing
  });

  it("is not bounded by a later procedure at other levels", () => {
    const i = intervalsOf(`
      patient B {
        procedure P1 vertebroplasty on day 0 at T12 { }
        procedure P2 vertebroplasty on day 10 at L3 { }
        recurrence on day 40 at T12
      }
    `);
    // P1: P2 treats L3 only, so the T12 recurrence on day 40 counts: 40.
    // P2: the recurrence is not at L3: none.
    expect(i.recurrenceAfterInitialDays).toMatchObject({ n: 1, min: 40, max: 40 });
  });

  it("counts a recurrence on the day of the next procedure at the level, not one after it", () => {
    const i = intervalsOf(`
      patient C {
        procedure P1 vertebroplasty on day 0 at L1 { }
        recurrence on day 50 at L1
        procedure P2 vertebroplasty on day 50 at L1 repeats P1 { }
        recurrence on day 80 at L1
      }
      patient D {
        procedure P1 vertebroplasty on day 0 at L1 { }
        procedure P2 vertebroplasty on day 30 at L1 repeats P1 { }
        recurrence on day 60 at L1
      }
    `);
    // C: P1 → day 50 (on the day of P2, as recurrenceDays counts it); P2 is a repeat, not counted.
    // D: the only recurrence, day 60, comes after P2 (day 30) at L1: none for P1.
    expect(i.recurrenceAfterInitialDays).toMatchObject({ n: 1, min: 50, max: 50 });
    expect(i.recurrenceDays).toMatchObject({ n: 1, min: 50 }); // C's repeat; D's repeat has none
  });

  it("gives each initial procedure its own interval", () => {
    const i = intervalsOf(`
      patient G {
        procedure P1 vertebroplasty on 2020-01-01 at L1 { }
        procedure P2 vertebroplasty on 2020-04-10 at L2 { }
        recurrence on 2020-04-30 at L2
        recurrence on 2020-05-30
      }
    `);
    // P1 (L1): not bounded (P2 treats L2); the L2 recurrence is not at L1; 2020-05-30, no level: 150 days
    // P2 (L2): 2020-04-30 − 2020-04-10 = 20 days
    expect(i.recurrenceAfterInitialDays).toMatchObject({ n: 2, min: 20, max: 150, mean: 85 });
  });

  it("gives nothing when a day is unknown", () => {
    const i = intervalsOf(`
      patient F {
        procedure P1 vertebroplasty on 2020-01-01 at L1 { }
        recurrence on day 5
      }
      patient H {
        procedure P1 vertebroplasty on 2020-02-30 at L1 { }
        recurrence on 2020-03-10 at L1
      }
    `);
    // F mixes calendar dates and day N (VC203); H's procedure date is not a day (VC201)
    expect(i.recurrenceAfterInitialDays.n).toBe(0);
  });
});
