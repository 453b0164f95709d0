/**
 * Spec §9.4 `baseline`, the cohort's description ("Table 1"), on a small cohort
 * that holds every rule once; every expected value is worked by hand beside it
 * (type-7 quartiles: h = (n − 1)·p, interpolate between the order statistics).
 */
import { describe, expect, it } from "vitest";
import { computeCohort } from "../../server/src/core/cohort/figures";
import type { BaselineFigures } from "../../server/src/core/cohort/types";
import { linkCohort } from "../../server/src/core/model/cohort-model";
import { parse } from "../../server/src/core/syntax/parse";

function baselineOf(text: string): BaselineFigures {
  const parsed = parse(text);
  expect(parsed.diagnostics).toEqual([]); // the test text itself must parse
  return computeCohort(linkCohort(parsed), text).baseline;
}

const NULL_STATS = { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null };

describe("the cohort's description", () => {
  const b = baselineOf(`
    study "S" { measure pain range 0..10 }
    patient A {
      age 70
      sex F
      etiology osteoporosis
      procedure X vertebroplasty on 2020-03-01 at T11-L1, T12 { cement 2.5 ml  cement 0.1 ml }
      procedure Y vertebroplasty on 2020-05-01 at T12 repeats X { cement 3 ml }
    }
    patient B { age 80  sex female  etiology "osteoporosis"  age 99 }
    patient C { sex M  etiology "multiple myeloma"  procedure X kyphoplasty on 2019-12-31 at C7, S1 { } }
    patient D { age 130  sex male  etiology metastasis  procedure X vertebroplasty on day 3 at L5, T13 { cement 40 ml } }
    patient E { sex other  etiology metastasis }
    patient F { sex unknown }
    patient G { sex X  etiology "" }
    patient H { age 60 }
  `);

  it("counts every patient block", () => {
    expect(b.patients).toBe(8);
  });

  it("describes the ages given, the first of each patient, within 0..120", () => {
    // A 70, B 80 (its second age, 99, is a duplicate), H 60; D's 130 is not an age (VC403)
    // 60, 70, 80: mean 70, sd 10, median 70, q1 65, q3 75
    expect(b.age).toEqual({ n: 3, mean: 70, sd: 10, median: 70, q1: 65, q3: 75, min: 60, max: 80 });
  });

  it("counts F and female as female, M and male as male, anything else as missing", () => {
    // female A, B; male C, D; other E; unknown F; missing G (`X`, VC405) and H (none)
    expect(b.sex).toEqual({ female: 2, male: 2, other: 1, unknown: 1, missing: 2 });
  });

  it("lists etiologies by count, then name; quoted and unquoted alike; an empty one not at all", () => {
    // osteoporosis A + "osteoporosis" B = 2; metastasis D, E = 2; "multiple myeloma" C = 1; G's "" names none
    expect(b.etiology).toEqual([
      { name: "metastasis", count: 2 },
      { name: "osteoporosis", count: 2 },
      { name: "multiple myeloma", count: 1 },
    ]);
  });

  it("counts 0 procedures for a patient without one", () => {
    // A 2, C 1, D 1, B E F G H 0: sorted 0,0,0,0,0,1,1,2; mean 0.5, median 0,
    // q3: h = 5.25 → 1; sd √((5·0.25 + 2·0.25 + 2.25)/7) = √(4/7)
    expect(b.proceduresPerPatient).toMatchObject({ n: 8, mean: 0.5, median: 0, q1: 0, q3: 1, min: 0, max: 2 });
    expect(b.proceduresPerPatient.sd).toBeCloseTo(Math.sqrt(4 / 7), 14);
  });

  it("counts each distinct vertebra of each procedure, ranges expanded", () => {
    // A X: T11, T12, L1 (T12 listed twice counts once) = 3; A Y: T12 = 1; C: C7, S1 = 2;
    // D: L5 = 1 (T13 is no vertebra). 3 + 1 + 2 + 1 = 7
    expect(b.levels.treated).toBe(7);
    expect(b.levels.perProcedure).toMatchObject({ n: 4, mean: 1.75, median: 1.5, min: 1, max: 3 });
    expect(b.levels.byRegion).toEqual({ cervical: 1, thoracic: 3, lumbar: 2, sacral: 1 });
    // T12 by two procedures counts twice; in the spine's order
    expect(b.levels.byLevel).toEqual({ C7: 1, T11: 1, T12: 2, L1: 1, L5: 1, S1: 1 });
    expect(Object.keys(b.levels.byLevel)).toEqual(["C7", "T11", "T12", "L1", "L5", "S1"]);
  });

  it("gives one cement volume per procedure, by role, and leaves an implausible one out", () => {
    // initial: A X 2.5 + 0.1 = 2.6 exactly; C has none; D's 40 ml is outside 0..30 (VC403). repeat: A Y 3
    expect(b.cement.initial).toEqual({ n: 1, mean: 2.6, sd: null, median: 2.6, q1: 2.6, q3: 2.6, min: 2.6, max: 2.6 });
    expect(b.cement.repeat).toMatchObject({ n: 1, mean: 3 });
  });

  it("spans the calendar dates of the procedures", () => {
    // 2019-12-31 (C), 2020-03-01 and 2020-05-01 (A); D's `day 3` is no calendar date
    expect(b.period).toEqual({ first: "2019-12-31", last: "2020-05-01" });
  });
});

describe("the description of a cohort without calendar dates or patients", () => {
  it("has no period when no procedure has a calendar date", () => {
    const b = baselineOf(`patient A { procedure X vertebroplasty on day 0 at L1 { } }`);
    expect(b.period).toBeNull();
    expect(b.levels.byLevel).toEqual({ L1: 1 });
  });

  it("is empty for an empty file", () => {
    expect(baselineOf("")).toEqual({
      patients: 0,
      age: NULL_STATS,
      sex: { female: 0, male: 0, other: 0, unknown: 0, missing: 0 },
      etiology: [],
      proceduresPerPatient: NULL_STATS,
      levels: { treated: 0, perProcedure: NULL_STATS, byRegion: { cervical: 0, thoracic: 0, lumbar: 0, sacral: 0 }, byLevel: {} },
      cement: { initial: NULL_STATS, repeat: NULL_STATS },
      period: null,
    });
  });
});
