/**
 * The version-2 figures of the example of spec §9.1, from the input the linked
 * model is to hand over (`CohortV2Input`), written out here by hand from the
 * example's text. Every expected value is read off the example.
 */
import { describe, expect, it } from "vitest";
import { v2Figures, type CohortV2Input } from "../../server/src/core/cohort/v2-figures";
import { visitScoreTables } from "./visit-score-table";

/** A calendar date as a day number, as the model counts them. */
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const T12 = 18, L1 = 19, L2 = 20;

const MEASURES = [
  { name: "pain", min: 0, max: 10, better: "lower", responder: 3 },
  { name: "odi", min: 0, max: 100, better: "lower", responder: 10 },
] as const;

// patient P1 {
//   procedure PV1 vertebroplasty on 2020-01-06 at T12, L1 {
//     pain 9 -> 2   odi 64 -> 40
//     complication leak at L1 "paravertebral, no symptoms"
//     visit w6 on 2020-02-17 { pain 2  odi 30 }
//   }
//   procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {
//     pain 10 -> 3
//     visit w6 on 2020-04-27 { pain 2 }
//     visit m6 { pain 1  odi ? }
//   }
//   complication fracture on 2020-08-03 at L2 symptomatic
//   followup until 2021-01-11
// }
const EXAMPLE: CohortV2Input = {
  visits: [
    { id: "w6", label: "6 weeks", day: 42, window: 14 },
    { id: "m6", label: "6 months", day: 182, window: 30 },
    { id: "w6", label: "declared twice (VC705)", day: 40, window: 0 },
  ],
  visitScores: visitScoreTables(new Map([
    ["pain", [
      { role: "initial", before: 9, visits: new Map([["w6", 2]]) },
      { role: "repeat", before: 10, visits: new Map([["w6", 2], ["m6", 1]]) },
    ]],
    ["odi", [
      { role: "initial", before: 64, visits: new Map([["w6", 30]]) },
      // PV2 has no odi outcome: nothing before, so its `odi ?` at m6 pairs with nothing
      { role: "repeat", before: undefined, visits: new Map([["m6", undefined]]) },
    ]],
  ])),
  complicationKinds: [
    { id: "leak", label: "Cement leakage" },
    { id: "fracture", label: "New vertebral fracture" },
  ],
  patients: [
    {
      procedures: [
        { role: "initial", day: day("2020-01-06"), levels: new Set([T12, L1]), complications: [{ kind: "leak", day: day("2020-01-06"), levels: [L1], symptomatic: false }] },
        { role: "repeat", day: day("2020-03-16"), levels: new Set([L1]), complications: [] },
      ],
      complications: [{ kind: "fracture", day: day("2020-08-03"), levels: [L2], symptomatic: true }],
      followups: [{ day: day("2021-01-11"), status: "completed" }],
    },
  ],
};

describe("the version-2 figures of the example of spec §9.1", () => {
  const f = v2Figures(EXAMPLE, MEASURES);

  it("declares each visit once, as first declared", () => {
    expect(f.visits).toEqual([
      { id: "w6", label: "6 weeks", day: 42, window: 14 },
      { id: "m6", label: "6 months", day: 182, window: 30 },
    ]);
  });

  it("gives each measure its ROLE at each visit", () => {
    const pain = f.visitRoles.get("pain")!;
    expect(pain.initial.get("w6")!.improvement).toMatchObject({ n: 1, mean: 7 }); // 9 → 2
    expect(pain.initial.get("m6")!.n).toBe(0);
    expect(pain.repeat.get("w6")!.improvement).toMatchObject({ n: 1, mean: 8 }); // 10 → 2
    expect(pain.repeat.get("m6")!.improvement).toMatchObject({ n: 1, mean: 9 }); // 10 → 1
    expect(pain.repeat.get("m6")!.responders).toEqual({ count: 1, n: 1 });
    const odi = f.visitRoles.get("odi")!;
    expect(odi.initial.get("w6")!.improvement).toMatchObject({ n: 1, mean: 34 }); // 64 → 30
    expect(odi.repeat.get("w6")!.n).toBe(0);
    expect(odi.repeat.get("m6")!.n).toBe(0);
  });

  it("counts the leak in PV1 at L1, one of the three (procedure, level) pairs treated", () => {
    expect(f.complications.get("leak")).toMatchObject({
      events: 1,
      patients: { count: 1, n: 1 },
      procedures: { initial: { count: 1, n: 1 }, repeat: { count: 0, n: 1 } },
      levels: { count: 1, n: 3 }, // (PV1, T12), (PV1, L1), (PV2, L1)
      symptomatic: 0,
      daysAfterProcedure: { n: 0 },
    });
  });

  it("counts the fracture 140 days after PV2 (2020-03-16 to 2020-08-03)", () => {
    expect(f.complications.get("fracture")).toMatchObject({
      events: 1,
      patients: { count: 1, n: 1 },
      procedures: { initial: { count: 0, n: 1 }, repeat: { count: 0, n: 1 } },
      levels: { count: 0, n: 3 },
      symptomatic: 1,
      daysAfterProcedure: { n: 1, mean: 140 },
    });
  });

  it("follows P1 for 371 days, 2020-01-06 to 2021-01-11 (2020 a leap year)", () => {
    expect(f.followup).toMatchObject({ n: 1, recorded: { count: 1, n: 1 }, days: { n: 1, mean: 371 }, completed: 1, lost: 0, died: 0 });
  });
});

describe("a study that declares no visit", () => {
  it("gives every measure an empty set of visit ROLEs", () => {
    const f = v2Figures({ ...EXAMPLE, visits: [] }, MEASURES);
    expect(f.visitRoles.get("pain")!.initial.size).toBe(0);
    expect(f.visitRoles.get("odi")!.repeat.size).toBe(0);
  });
});
