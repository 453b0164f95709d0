/**
 * Spec §9.4 complications, per declared kind: the counting rules on a small
 * cohort whose every figure is counted by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import {
  complicationFigures,
  type ComplicationOccurrence,
  type ComplicationPatient,
  type ComplicationProcedure,
} from "../../server/src/core/cohort/complications";

const NULL_STATS = { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null };

/** Ordinals as the model gives them: C1 = 0 … C7 = 6, T1 = 7 … T12 = 18, L1 = 19 … */
const T11 = 17, T12 = 18, L1 = 19, L2 = 20, L3 = 21;

function occ(kind: string, day: number | undefined, levels: number[] = [], symptomatic = false): ComplicationOccurrence {
  return { kind, day, levels, symptomatic };
}

function proc(role: "initial" | "repeat", day: number | undefined, levels: number[], complications: ComplicationOccurrence[] = []): ComplicationProcedure {
  return { role, day, levels: new Set(levels), complications };
}

const KINDS = [
  { id: "leak", label: "Cement leakage" },
  { id: "fracture", label: "New vertebral fracture" },
  { id: "embolism", label: "Pulmonary embolism" },
  { id: "leak", label: "Declared twice (VC705)" },
];

const PATIENTS: ComplicationPatient[] = [
  {
    // A: two leaks at L1 in PV1 name one (procedure, level) pair; one without `at` names none;
    // PV2's leak at L2, a level PV2 did not treat (VC712), names none either.
    procedures: [
      proc("initial", 0, [T12, L1], [occ("leak", 0, [L1]), occ("leak", 0, [L1], true), occ("leak", 0)]),
      proc("repeat", 70, [L1], [occ("leak", 70, [L2])]),
    ],
    // 200 − 70 (PV2, the latest procedure on or before) = 130 days
    complications: [occ("fracture", 200, [L2], true)],
  },
  {
    // B: one leak naming T11 and T12 of the range T11-L1 that PV1 treated: two pairs.
    procedures: [proc("initial", 10, [T11, T12, L1], [occ("leak", 10, [T11, T12])])],
    // on the procedure's day: 0 days; without a date (VC713): an event, no days; undeclared kind: nothing
    complications: [occ("fracture", 10), occ("fracture", undefined), occ("bleed", 12)],
  },
  // C: no procedure (VC503): its leak counts nowhere.
  { procedures: [], complications: [occ("leak", 5, [L1], true)] },
  {
    // D: PV2's day is unknown (VC201); a fracture before the first procedure (VC713) has no days;
    // one on day 150 is 150 − 100 = 50 days after PV1.
    procedures: [proc("initial", 100, [L3]), proc("initial", undefined, [L2])],
    complications: [occ("fracture", 50), occ("fracture", 150)],
  },
];

describe("complications of a small cohort", () => {
  const figures = complicationFigures(KINDS, PATIENTS);

  it("gives every declared kind once, in declaration order, with its first label", () => {
    expect([...figures.keys()]).toEqual(["leak", "fracture", "embolism"]);
    expect(figures.get("leak")!.label).toBe("Cement leakage");
  });

  it("counts leaks: events, patients, procedures by role, (procedure, level) pairs, symptomatic", () => {
    expect(figures.get("leak")).toEqual({
      label: "Cement leakage",
      events: 5, // A: 3 in PV1 + 1 in PV2; B: 1; C's is not counted
      patients: { count: 2, n: 3 }, // A, B of A, B, D (C has no procedure)
      procedures: {
        initial: { count: 2, n: 4 }, // A.PV1, B.PV1 of A.PV1, B.PV1, D.PV1, D.PV2
        repeat: { count: 1, n: 1 }, // A.PV2
      },
      levels: { count: 3, n: 8 }, // (A.PV1, L1), (B.PV1, T11), (B.PV1, T12) of 2 + 1 + 3 + 1 + 1 treated
      symptomatic: 1, // A's second leak; C's does not count
      daysAfterProcedure: NULL_STATS, // leaks in procedures are not counted here
    });
  });

  it("counts patient-level fractures, and the days from the latest procedure on or before each", () => {
    const f = figures.get("fracture")!;
    expect(f.events).toBe(5); // A 1, B 2, D 2
    expect(f.patients).toEqual({ count: 3, n: 3 });
    expect(f.procedures).toEqual({ initial: { count: 0, n: 4 }, repeat: { count: 0, n: 1 } });
    expect(f.levels).toEqual({ count: 0, n: 8 }); // a patient-level `at L2` names no procedure's level
    expect(f.symptomatic).toBe(1);
    // days 130, 0, 50 → sorted 0, 50, 130: mean 60; q1 h = 0.5 → 25; q3 h = 1.5 → 90
    // sd: deviations −60, −10, 70 → (3600 + 100 + 4900)/2 = 4300 → √4300
    expect(f.daysAfterProcedure).toMatchObject({ n: 3, mean: 60, median: 50, q1: 25, q3: 90, min: 0, max: 130 });
    expect(f.daysAfterProcedure.sd).toBeCloseTo(Math.sqrt(4300), 12);
  });

  it("gives a kind that never occurred zero counts over the same denominators", () => {
    expect(figures.get("embolism")).toEqual({
      label: "Pulmonary embolism",
      events: 0,
      patients: { count: 0, n: 3 },
      procedures: { initial: { count: 0, n: 4 }, repeat: { count: 0, n: 1 } },
      levels: { count: 0, n: 8 },
      symptomatic: 0,
      daysAfterProcedure: NULL_STATS,
    });
  });
});

describe("complications without kinds or without patients", () => {
  it("has no figures when the study declares no kind", () => {
    expect(complicationFigures([], PATIENTS).size).toBe(0);
  });

  it("counts 0 of 0 when no patient has a procedure", () => {
    const f = complicationFigures(KINDS.slice(0, 1), [PATIENTS[2]!]).get("leak")!;
    expect(f.events).toBe(0);
    expect(f.patients).toEqual({ count: 0, n: 0 });
    expect(f.levels).toEqual({ count: 0, n: 0 });
  });
});
