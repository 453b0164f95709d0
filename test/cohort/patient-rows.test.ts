/** patientRows: the per-patient data behind "Table 1". */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { patientRows } from "../../server/src/core/cohort/patient-rows";
import { linkCohort } from "../../server/src/core/model/cohort-model";
import { parse } from "../../server/src/core/syntax/parse";

const rowsOf = (text: string) => patientRows(linkCohort(parse(text)));

describe("patientRows of the seed sample", () => {
  const rows = rowsOf(readFileSync(join(__dirname, "../../samples/repeat-vertebroplasty.vcase"), "utf8"));

  it("has one row per patient with demographics and levels", () => {
    expect(rows.map((r) => r.id)).toEqual(["P1", "P2", "P3", "P4", "P5", "P6"]);
    expect(rows[0]).toMatchObject({ id: "P1", age: 79, sex: "F", etiology: "osteoporosis", initialLevels: "T12, L1", repeatLevels: "L1" });
    expect(rows[2]!.initialLevels).toBe("T11, T12"); // written T11-T12
    expect(rows[3]!.etiology).toBe("multiple myeloma"); // written as a string
  });

  it("has the intervals, scores and cement of each patient", () => {
    expect(rows[0]!.intervals).toEqual([{ procedure: "PV2", repeats: "PV1", recurrenceDays: 8, repeatDays: 16 }]);
    expect(rows[1]!.intervals[0]!.recurrenceDays).toBe(167);
    expect(rows[0]!.scores.get("pain")).toEqual({
      initial: [{ procedure: "PV1", before: 9, after: 2 }],
      repeat: [{ procedure: "PV2", before: 10, after: 3 }],
    });
    expect(rows[0]!.cement).toEqual([
      { procedure: "PV1", role: "initial", volumeMl: 5.5 },
      { procedure: "PV2", role: "repeat", volumeMl: 3 },
    ]);
    // the abstract's pain before and after the repeat, patient by patient
    expect(rows.map((r) => r.scores.get("pain")!.repeat[0]!.after)).toEqual([3, 2, 8, 3, 2, 3]);
    expect(rows.map((r) => r.scores.get("mobility")!.repeat[0]!.before)).toEqual([2, 2, 0, 2, 1, 0]);
  });
});

describe("patientRows with gaps", () => {
  const rows = rowsOf(`
    study "S" { measure pain range 0..10 }
    patient A {
      procedure X vertebroplasty on day 0 at L1 { pain ? -> 12 }
      procedure Y vertebroplasty on day 5 at L1 repeats Z { }
    }
    patient B { age 80 age 81 }
  `);

  it("uses null for what is missing, unreadable or out of range", () => {
    expect(rows[0]).toMatchObject({ id: "A", age: null, sex: null, etiology: null });
    expect(rows[0]!.scores.get("pain")).toEqual({
      initial: [{ procedure: "X", before: null, after: null }], // `?` and 12 outside 0..10
      repeat: [{ procedure: "Y", before: null, after: null }], // not recorded at all
    });
    expect(rows[0]!.intervals).toEqual([{ procedure: "Y", repeats: "Z", recurrenceDays: null, repeatDays: null }]);
    expect(rows[1]).toMatchObject({ age: 80, initialLevels: "", repeatLevels: "", intervals: [], cement: [] });
  });
});
