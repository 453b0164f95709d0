/**
 * Spec §9.4 follow-up, over the patients with at least one procedure, counted
 * by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { followUpFigures, type FollowUpLine, type FollowUpPatient } from "../../server/src/core/cohort/follow-up";

const NULL_STATS = { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null };

function patient(procedureDays: (number | undefined)[], ...followups: FollowUpLine[]): FollowUpPatient {
  return { procedures: procedureDays.map((day) => ({ day })), followups };
}

describe("follow-up of a small cohort", () => {
  const f = followUpFigures([
    // from the earliest-dated procedure, not the first written: 400 − 20 = 380
    patient([50, 20], { day: 400, status: "completed" }),
    // several lines (VC722): the first counts: 100 − 0 = 100, lost
    patient([0], { day: 100, status: "lost" }, { day: 300, status: "completed" }),
    // died on the day of the procedure: 0 days
    patient([30], { day: 30, status: "died" }),
    // before the earliest procedure (VC721): recorded and completed, no days
    patient([60], { day: 40, status: "completed" }),
    // a date that is not a calendar day (VC201): recorded and lost, no days
    patient([10], { day: undefined, status: "lost" }),
    // no procedure with a known day: recorded, no days
    patient([undefined], { day: 90, status: "completed" }),
    // no `followup` line
    patient([5, 9]),
    // no procedure (VC503): not counted, even with a line
    patient([], { day: 500, status: "died" }),
  ]);

  it("counts the patients with a procedure and those with a `followup` line", () => {
    expect(f.n).toBe(7);
    expect(f.recorded).toEqual({ count: 6, n: 7 });
  });

  it("counts the recorded patients by the status of their first line", () => {
    // completed: 380-day patient, VC721 patient, undated-procedure patient; lost: 100-day, VC201; died: 0-day
    expect({ completed: f.completed, lost: f.lost, died: f.died }).toEqual({ completed: 3, lost: 2, died: 1 });
  });

  it("describes the days over the patients whose follow-up has a known length", () => {
    // 380, 100, 0 → sorted 0, 100, 380: mean 160; median 100; q1 h = 0.5 → 50; q3 h = 1.5 → 240
    // sd: deviations −160, −60, 220 → (25600 + 3600 + 48400)/2 = 38800 → √38800
    expect(f.days).toMatchObject({ n: 3, mean: 160, median: 100, q1: 50, q3: 240, min: 0, max: 380 });
    expect(f.days.sd).toBeCloseTo(Math.sqrt(38800), 12);
  });

  it("has its keys in the order of spec §9.4", () => {
    expect(Object.keys(f)).toEqual(["n", "recorded", "days", "completed", "lost", "died"]);
  });
});

describe("follow-up with nothing recorded", () => {
  it("has n patients with a procedure, none recorded, and no days", () => {
    expect(followUpFigures([patient([0]), patient([]), patient([3, 4])])).toEqual({
      n: 2,
      recorded: { count: 0, n: 2 },
      days: NULL_STATS,
      completed: 0,
      lost: 0,
      died: 0,
    });
  });
});
