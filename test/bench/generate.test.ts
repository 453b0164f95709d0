/**
 * The benchmark's cohort generator: deterministic by seed, a valid .vcase file,
 * and the JSON and the .vcase text describe the same cohort (read back through the
 * vcase parser and through VS Code's JSON language service with the bench schema).
 */
import { describe, expect, it } from "vitest";
import { cohortOfLines, generateCohort, toJson, toVcase, type Cohort, type DateValue, type LevelValue } from "../../bench/generate";
import { jsonChecker } from "../../bench/peer";
import { analyze } from "../../server/src/core/analyze";
import type { DateRef, LevelItem, VcaseFile } from "../../server/src/core/syntax/ast";

/** The cohort as the vcase parser read it, in the JSON shape, to compare with the JSON text. */
function cohortFromSyntax(file: VcaseFile): Cohort {
  const study = file.studies[0]!;
  const date = (d: DateRef | undefined): DateValue => (d!.kind === "calendar" ? d!.text : { day: d!.value!.value });
  const levels = (items: readonly LevelItem[]): LevelValue[] =>
    items.map((i) => (i.to === undefined ? i.from.text : { from: i.from.text, to: i.to.text }));
  return {
    study: {
      title: study.title!.value,
      reference: study.references[0]!.value,
      design: study.designs[0]!.value,
      measures: study.measures.map((m) => ({
        name: m.name!.text,
        label: m.label!.value,
        range: [m.rangeMin!.value, m.rangeMax!.value] as const,
        better: m.better!.direction,
        ...(m.responder !== undefined && { responder: m.responder.value }),
      })),
    },
    patients: file.patients.map((p) => {
      const field = (name: string) => p.fields.find((f) => f.name === name)!.value!;
      const etiology = field("etiology");
      return {
        id: p.id!.text,
        age: (field("age") as { value: number }).value,
        sex: (field("sex") as { text: string }).text,
        etiology: "text" in etiology ? etiology.text : String(etiology.value),
        procedures: p.procedures.map((proc) => ({
          id: proc.id!.text,
          kind: proc.kind!.text,
          date: date(proc.date),
          levels: levels(proc.levels),
          ...(proc.repeats !== undefined && { repeats: proc.repeats.text }),
          ...(proc.cements.length > 0 && { cementMl: proc.cements[0]!.volume!.value }),
          outcomes: Object.fromEntries(
            proc.outcomes.map((o) => [o.measure.text, { before: o.before!.value, after: o.after!.value }]),
          ),
        })),
        recurrences: p.recurrences.map((r) => ({
          date: date(r.date),
          ...(r.levels.length > 0 && { levels: levels(r.levels) }),
        })),
        ...(p.notes.length > 0 && { notes: p.notes.map((n) => n.value) }),
      };
    }),
  };
}

describe("bench cohort generator", () => {
  it("gives the same cohort for the same seed, and another for another seed", () => {
    expect(toVcase(generateCohort(7, 100))).toBe(toVcase(generateCohort(7, 100)));
    expect(toVcase(generateCohort(8, 100))).not.toBe(toVcase(generateCohort(7, 100)));
  });

  it("writes a .vcase file with no errors, and only the warnings of scores not recorded", () => {
    const analysis = analyze(toVcase(generateCohort(1, 100)), { today: "2024-06-01" });
    expect(analysis.errorCount).toBe(0);
    expect(analysis.diagnostics.map((d) => d.code).filter((c) => c !== "VC103")).toEqual([]);
    expect(analysis.figures.patients).toBe(100);
  });

  it("has the mix the benchmark promises: repeats, day-N patients, missing scores, three measures", () => {
    const { patients } = generateCohort(1, 1000);
    const withRepeat = patients.filter((p) => p.procedures.length === 2).length;
    expect(withRepeat).toBeGreaterThan(400);
    expect(withRepeat).toBeLessThan(600);
    expect(patients.some((p) => typeof p.procedures[0]!.date !== "string")).toBe(true);
    const outcomes = patients.flatMap((p) => p.procedures.map((proc) => Object.values(proc.outcomes)));
    expect(outcomes.some((o) => o.length === 2) && outcomes.some((o) => o.length === 3)).toBe(true);
    expect(outcomes.flat().some((s) => s.before === null || s.after === null)).toBe(true);
  });

  it("writes the same cohort as JSON and as .vcase", () => {
    const cohort = generateCohort(3, 100);
    const fromVcase = cohortFromSyntax(analyze(toVcase(cohort)).parsed.file);
    expect(fromVcase).toEqual(JSON.parse(toJson(cohort)));
  });

  it("writes JSON the schema accepts, and the schema rejects a score outside its range", async () => {
    const checker = jsonChecker();
    const json = toJson(generateCohort(1, 100));
    expect(await checker.check("file:///valid.cohort.json", json)).toEqual([]);
    const broken = json.replace('"before": 9,', '"before": 19,');
    expect(broken).not.toBe(json);
    const found = await checker.check("file:///broken.cohort.json", broken);
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/10/)]);
  });

  it("makes an author's 2,000-line file", () => {
    const lines = toVcase(cohortOfLines(1, 2000)).split("\n").length;
    expect(lines).toBeGreaterThanOrEqual(2000);
    expect(lines).toBeLessThan(2020);
  });
});
