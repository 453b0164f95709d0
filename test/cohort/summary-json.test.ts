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
import { visitScoreTables } from "./visit-score-table";
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
  "improvedAmongImpaired", "improvementAmongImpaired", "postAmongImpaired", "wilcoxon", "tTest", "visits",
];

const seedText = readFileSync(join(__dirname, "../../samples/repeat-vertebroplasty.vcase"), "utf8");

describe("summaryJson of the seed sample", () => {
  const j = jsonOf(seedText, "samples/repeat-vertebroplasty.vcase");

  it("has the top-level keys of spec §6 and §9.5 in order", () => {
    expect(Object.keys(j)).toEqual([
      "file", "study", "patients", "procedures", "baseline", "visits", "intervals", "measures", "complications", "followup", "diagnostics",
    ]);
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
        expect(role.visits).toEqual({}); // the sample declares no visit
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

  it("has no visit, no complication kind, and follow-up recorded for none of its 6 patients", () => {
    expect(j.visits).toEqual({});
    expect(j.complications).toEqual({});
    expect(Object.keys(j.followup)).toEqual(["n", "recorded", "days", "completed", "lost", "died"]);
    expect(j.followup).toEqual({
      n: 6,
      recorded: { count: 0, n: 6 },
      days: { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null },
      completed: 0,
      lost: 0,
      died: 0,
    });
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

describe("summaryJson of the version-2 figures", () => {
  const text = `
    study "S" { measure pain range 0..10 better lower responder 3 }
    patient A { procedure X vertebroplasty on day 0 at L1 { pain 8 -> 3 } }
    patient B { procedure X vertebroplasty on day 0 at L1 { pain 6 -> 2 } }
    patient C { age 70 }
  `;

  it("follows the patients with a procedure when nothing of version 2 is written", () => {
    expect(jsonOf(text).followup.recorded).toEqual({ count: 0, n: 2 }); // C has no procedure
  });

  // What the linked model is to hand over, written out by hand.
  const model = linkCohort(parse(text));
  const visitScores = visitScoreTables(new Map([
    ["pain", [
      { role: "initial" as const, before: 8, visits: new Map([["w6", 2]]) },
      { role: "initial" as const, before: 6, visits: new Map([["w6", 1], ["__proto__", 0]]) },
    ]],
  ]));
  const procedure = (day: number, complications: { kind: string; day: number; levels: number[]; symptomatic: boolean }[] = []) => ({
    role: "initial" as const, day, levels: new Set([19]), complications,
  });
  const figures = computeCohort(model, text, {
    visits: [
      { id: "w6", label: "6 weeks", day: 42, window: 14 },
      { id: "__proto__", label: "an id read from the file", day: 7, window: 0 },
    ],
    visitScores,
    complicationKinds: [{ id: "leak", label: "Cement leakage" }, { id: "__proto__", label: "odd" }],
    patients: [
      { procedures: [procedure(0, [{ kind: "leak", day: 0, levels: [19], symptomatic: true }])], complications: [], followups: [{ day: 365, status: "lost" }] },
      { procedures: [procedure(0)], complications: [], followups: [] },
      { procedures: [], complications: [], followups: [] },
    ],
  });
  const j = JSON.parse(JSON.stringify(summaryJson({ fileLabel: "x", model, figures, errors: 0, warnings: 0 }))) as Record<string, any>;

  it("lists the visits at the top level as { label, day, window }", () => {
    expect(Object.keys(j.visits)).toEqual(["w6", "__proto__"]);
    expect(j.visits.w6).toEqual({ label: "6 weeks", day: 42, window: 14 });
    expect(Object.getOwnPropertyDescriptor(j.visits, "__proto__")!.value).toEqual({ label: "an id read from the file", day: 7, window: 0 });
  });

  it("puts each visit's ROLE under the role, with its own tests and no visits of its own", () => {
    const w6 = j.measures.pain.initial.visits.w6;
    expect(Object.keys(j.measures.pain.initial.visits)).toEqual(["w6", "__proto__"]);
    expect(Object.keys(w6)).toEqual(ROLE_KEYS.filter((k) => k !== "visits"));
    expect(w6.n).toBe(2); // 8 → 2, 6 → 1
    expect(w6.improvement.mean).toBe(5.5); // (6 + 5)/2
    expect(w6.responders).toEqual({ count: 2, n: 2 });
    expect(Object.keys(w6.wilcoxon)).toEqual(["statistic", "p", "exact"]);
    expect(j.measures.pain.initial.visits.__proto__.n).toBe(1); // 6 → 0
    expect(j.measures.pain.repeat.visits.w6.n).toBe(0);
    expect(j.measures.pain.initial.n).toBe(2); // the ROLE after the procedure is unchanged
  });

  it("gives each complication kind with the keys of spec §9.4", () => {
    expect(Object.keys(j.complications)).toEqual(["leak", "__proto__"]);
    const leak = j.complications.leak;
    expect(Object.keys(leak)).toEqual(["label", "events", "patients", "procedures", "levels", "symptomatic", "daysAfterProcedure"]);
    expect(Object.keys(leak.procedures)).toEqual(["initial", "repeat"]);
    expect(leak).toMatchObject({ events: 1, patients: { count: 1, n: 2 }, levels: { count: 1, n: 2 }, symptomatic: 1 });
    expect(leak.procedures).toEqual({ initial: { count: 1, n: 2 }, repeat: { count: 0, n: 0 } });
  });

  it("gives the follow-up over the patients with a procedure", () => {
    expect(j.followup).toMatchObject({ n: 2, recorded: { count: 1, n: 2 }, completed: 0, lost: 1, died: 0 });
    expect(j.followup.days).toMatchObject({ n: 1, mean: 365, sd: null });
  });
});
