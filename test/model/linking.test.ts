// The linked model links a patient when it is read (server/src/core/model/cohort-model.ts):
// the checks and the figures link each patient as they walk, the editor features ask
// for the whole list. Both ways must give the same patient.
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { PatientInfo } from "../../server/src/core/model/cohort-model";
import { parse } from "../../server/src/core/syntax/parse";
import { linkCohort } from "../../server/src/core/model/cohort-model";

const TEXT = `study "Linking" {
  measure pain range 0..10 better lower
}

patient A1 {
  procedure PV1 vertebroplasty on 2020-01-06 at T11-L1 {
    pain 8 -> 2
  }
  recurrence on 2020-02-03 at T12
  procedure PV2 vertebroplasty on 2020-03-02 at T12 repeats PV1 {
    pain 7 -> 3
  }
}

patient A2 {
  procedure PV1 kyphoplasty on day 0 at L2
  recurrence on day 40
  procedure PV2 kyphoplasty on day 60 at L2 repeats PV9
}
`;

/** What a linked patient says, as plain values; levels as ordinals from C1 = 0 (T11 = 17, T12 = 18, L1 = 19). */
function described(patient: PatientInfo) {
  return {
    row: patient.row,
    id: patient.id,
    mixedDates: patient.mixedDates,
    procedures: patient.procedures.map((p) => ({
      id: p.id,
      role: p.role,
      day: p.day,
      levels: [...p.levels],
      repeated: p.repeated?.id,
      nodeId: p.node.id?.text,
    })),
    recurrences: patient.recurrences.map((r) => ({ day: r.day, levels: [...r.levels], levelsGiven: r.levelsGiven })),
  };
}

describe("linking a patient as it is read", () => {
  it("gives the same patient from patientAt, before and after the whole list is made", () => {
    const model = linkCohort(parse(TEXT));
    expect(model.patientCount).toBe(2);
    const walked = [0, 1].map((p) => described(model.patientAt(p)));
    const listed = model.patients.map(described);
    expect(walked).toEqual(listed);
    expect([0, 1].map((p) => described(model.patientAt(p)))).toEqual(listed);
    expect(listed[0]).toEqual({
      row: 0,
      id: "A1",
      mixedDates: false,
      procedures: [
        { id: "PV1", role: "initial", day: expect.any(Number), levels: [17, 18, 19], repeated: undefined, nodeId: "PV1" },
        { id: "PV2", role: "repeat", day: expect.any(Number), levels: [18], repeated: "PV1", nodeId: "PV2" },
      ],
      recurrences: [{ day: expect.any(Number), levels: [18], levelsGiven: true }],
    });
    expect(listed[1]!.procedures.map((p) => [p.role, p.day, p.repeated])).toEqual([
      ["initial", 0, undefined],
      ["repeat", 60, undefined],
    ]);
  });

  it("points a repeat at the procedure of the same linking", () => {
    const model = linkCohort(parse(TEXT));
    const patient = model.patientAt(0);
    expect(patient.procedures[1]!.repeated).toBe(patient.procedures[0]);
  });

  it("still finds another patient's procedure for VC402", () => {
    const text = TEXT.replace("repeats PV9", "repeats PX").replace("procedure PV2 vertebroplasty on 2020-03-02", "procedure PX vertebroplasty on 2020-03-02");
    const vc402 = analyze(text, { today: "2026-12-04" }).diagnostics.filter((d) => d.code === "VC402");
    expect(vc402.map((d) => d.message)).toEqual([expect.stringContaining("PX is a procedure of patient A1, not of patient A2")]);
  });
});
