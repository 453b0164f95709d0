/**
 * summaryJson: keys and key order exactly as spec §6, study fields null when
 * absent, `range` as [min, max], `responderThreshold` null when none.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeCohort } from "../../server/src/core/cohort/figures";
import { linkCohort } from "../../server/src/core/model/cohort-model";
import { summaryJson } from "../../server/src/core/report/summary-json";
import { parse } from "../../server/src/core/syntax/parse";

function jsonOf(text: string, fileLabel = "samples/x.vcase") {
  const model = linkCohort(parse(text));
  const json = summaryJson({ fileLabel, model, figures: computeCohort(model, text), errors: 1, warnings: 2 });
  // What the CLI prints, read back: key order survives a JSON round trip.
  return JSON.parse(JSON.stringify(json)) as Record<string, any>;
}

const STATS_KEYS = ["n", "mean", "sd", "median", "q1", "q3", "min", "max"];
const ROLE_KEYS = [
  "n", "pre", "post", "improvement", "responders", "impaired",
  "improvedAmongImpaired", "improvementAmongImpaired", "postAmongImpaired", "wilcoxon", "tTest",
];

const seedText = readFileSync(join(__dirname, "../../samples/repeat-vertebroplasty.vcase"), "utf8");

describe("summaryJson of the seed sample", () => {
  const j = jsonOf(seedText, "samples/repeat-vertebroplasty.vcase");

  it("has the top-level keys of spec §6 and §9.5 in order", () => {
    expect(Object.keys(j)).toEqual(["file", "study", "patients", "procedures", "baseline", "intervals", "measures", "diagnostics"]);
    expect(j.file).toBe("samples/repeat-vertebroplasty.vcase");
    expect(j.study).toEqual({
      title: "Repeat percutaneous vertebroplasty at previously treated levels",
      reference: "PMID 12427618",
      design: "retrospective case series",
    });
    expect(Object.keys(j.study)).toEqual(["title", "reference", "design"]);
    expect(j.patients).toBe(6);
    expect(Object.keys(j.procedures)).toEqual(["total", "initial", "repeat"]);
    expect(j.procedures).toEqual({ total: 12, initial: 6, repeat: 6 });
    expect(Object.keys(j.intervals)).toEqual(["recurrenceDays", "repeatDays", "recurrenceAfterInitialDays"]);
    expect(Object.keys(j.intervals.recurrenceAfterInitialDays)).toEqual(STATS_KEYS);
    expect(Object.keys(j.intervals.recurrenceDays)).toEqual(STATS_KEYS);
    expect(Object.keys(j.intervals.repeatDays)).toEqual(STATS_KEYS);
    expect(Object.keys(j.diagnostics)).toEqual(["errors", "warnings"]);
    expect(j.diagnostics).toEqual({ errors: 1, warnings: 2 });
  });

  it("has each measure in declaration order with the keys of spec §6", () => {
    expect(Object.keys(j.measures)).toEqual(["pain", "mobility"]);
    const pain = j.measures.pain;
    expect(Object.keys(pain)).toEqual(["label", "range", "better", "responderThreshold", "initial", "repeat"]);
    expect(pain.label).toBe("Pain (11-point scale)");
    expect(pain.range).toEqual([0, 10]);
    expect(pain.better).toBe("lower");
    expect(pain.responderThreshold).toBe(3);
    expect(j.measures.mobility.range).toEqual([0, 4]);
    expect(j.measures.mobility.responderThreshold).toBeNull();
    expect(j.measures.mobility.repeat.responders).toBeNull();
    for (const m of Object.values(j.measures) as Record<string, any>[]) {
      for (const role of [m.initial, m.repeat]) {
        expect(Object.keys(role)).toEqual(ROLE_KEYS);
        for (const k of ["pre", "post", "improvement", "improvementAmongImpaired", "postAmongImpaired"])
          expect(Object.keys(role[k])).toEqual(STATS_KEYS);
        for (const k of ["impaired", "improvedAmongImpaired"]) expect(Object.keys(role[k])).toEqual(["count", "n"]);
        if (role.responders !== null) expect(Object.keys(role.responders)).toEqual(["count", "n"]);
        expect(Object.keys(role.wilcoxon)).toEqual(["statistic", "p", "exact"]);
        expect(Object.keys(role.tTest)).toEqual(["t", "df", "p", "meanImprovement", "ci95"]);
      }
    }
  });

  it("has the baseline of spec §9.4 with its keys in order", () => {
    const b = j.baseline;
    expect(Object.keys(b)).toEqual(["patients", "age", "sex", "etiology", "proceduresPerPatient", "levels", "cement", "period"]);
    for (const stats of [b.age, b.proceduresPerPatient, b.levels.perProcedure, b.cement.initial, b.cement.repeat])
      expect(Object.keys(stats)).toEqual(STATS_KEYS);
    expect(Object.keys(b.sex)).toEqual(["female", "male", "other", "unknown", "missing"]);
    expect(Object.keys(b.levels)).toEqual(["treated", "perProcedure", "byRegion", "byLevel"]);
    expect(Object.keys(b.levels.byRegion)).toEqual(["cervical", "thoracic", "lumbar", "sacral"]);
    expect(Object.keys(b.cement)).toEqual(["initial", "repeat"]);
    expect(Object.keys(b.period)).toEqual(["first", "last"]);
    // the sample: P1–P6, five `sex F`, one `sex M`; five osteoporosis, one "multiple myeloma"
    expect(b.sex).toEqual({ female: 5, male: 1, other: 0, unknown: 0, missing: 0 });
    expect(b.etiology).toEqual([{ name: "osteoporosis", count: 5 }, { name: "multiple myeloma", count: 1 }]);
    // T8 (P4), T9 (P4 ×2), T11 (P3), T12 (P1, P3 ×2, P6 ×2), L1 (P1 ×2, P5 ×2), L2 (P2 ×2), in the spine's order
    expect(Object.keys(b.levels.byLevel)).toEqual(["T8", "T9", "T11", "T12", "L1", "L2"]);
    expect(b.period).toEqual({ first: "1993-11-08", last: "2001-05-29" });
  });

  it("keeps numbers unrounded and the abstract's figures as fields", () => {
    expect(j.measures.pain.repeat.improvement.mean).toBeCloseTo(6.5, 12);
    expect(j.measures.mobility.repeat.postAmongImpaired.mean).toBeCloseTo(0.25, 12);
    // hand: pain d = 2, 7, 8, 7, 8, 7, all positive → V = 1+2+…+6 = 21; ties → not exact
    expect(j.measures.pain.repeat.wilcoxon).toMatchObject({ statistic: 21, exact: false });
    // unrounded: mean recurrence (8+167+21+45+63+94)/6 = 398/6 = 66.666…
    expect(j.intervals.recurrenceDays.mean).toBe(398 / 6);
  });
});

describe("summaryJson without a study header", () => {
  it("gives a study object of nulls and no measures", () => {
    const j = jsonOf("patient A { procedure X vertebroplasty on day 0 at L1 { } }");
    expect(j.study).toEqual({ title: null, reference: null, design: null });
    expect(j.measures).toEqual({});
    expect(j.patients).toBe(1);
  });

  it("keeps a measure named __proto__ as an ordinary key", () => {
    const j = jsonOf(`study "S" { measure __proto__ range 0..10 }`);
    expect(Object.keys(j.measures)).toEqual(["__proto__"]);
  });
});
