/**
 * The benchmark's cohort generator: deterministic by seed, a valid .vcase file,
 * and the JSON and the .vcase text describe the same cohort (read back through the
 * vcase parser and through VS Code's JSON language service with the bench schema),
 * version 2 items (visits, complications, follow-up) included.
 */
import { describe, expect, it } from "vitest";
import { cohortOfLines, generateCohort, toJson, toVcase, type Cohort, type DateValue, type LevelValue } from "../../bench/generate";
import { jsonChecker } from "../../bench/peer";
import { analyze } from "../../server/src/core/analyze";
import type { Complication, DateRef, LevelItem, VcaseFile } from "../../server/src/core/syntax/ast";

/** The cohort as the vcase parser read it, in the JSON shape, to compare with the JSON text. */
function cohortFromSyntax(file: VcaseFile): Cohort {
  const study = file.studies[0]!;
  const date = (d: DateRef | undefined): DateValue => (d!.kind === "calendar" ? d!.text : { day: d!.value!.value });
  const levels = (items: readonly LevelItem[]): LevelValue[] =>
    items.map((i) => (i.to === undefined ? i.from.text : { from: i.from.text, to: i.to.text }));
  const complication = (c: Complication) => ({
    kind: c.kind!.text,
    ...(c.date !== undefined && { date: date(c.date) }),
    ...(c.levels.length > 0 && { levels: levels(c.levels) }),
    ...(c.symptomatic !== undefined && { symptomatic: true }),
    ...(c.text !== undefined && { text: c.text.value }),
  });
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
      ...(study.visits.length > 0 && {
        visits: study.visits.map((v) => ({ id: v.id!.text, label: v.label!.value, day: v.day!.value, window: v.window!.value })),
      }),
      ...(study.complications.length > 0 && {
        complications: study.complications.map((c) => ({ kind: c.kind!.text, label: c.label!.value })),
      }),
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
          ...(proc.complications.length > 0 && { complications: proc.complications.map(complication) }),
          ...(proc.visits.length > 0 && {
            visits: Object.fromEntries(
              proc.visits.map((v) => [
                v.id!.text,
                {
                  ...(v.date !== undefined && { date: date(v.date) }),
                  scores: Object.fromEntries(v.scores.map((s) => [s.measure!.text, s.score!.value])),
                },
              ]),
            ),
          }),
        })),
        recurrences: p.recurrences.map((r) => ({
          date: date(r.date),
          ...(r.levels.length > 0 && { levels: levels(r.levels) }),
        })),
        ...(p.notes.length > 0 && { notes: p.notes.map((n) => n.value) }),
        ...(p.complications.length > 0 && { complications: p.complications.map(complication) }),
        ...(p.followups.length > 0 && {
          followup: { until: date(p.followups[0]!.until), ...(p.followups[0]!.status && { status: p.followups[0]!.status.text as "lost" | "died" }) },
        }),
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

  it("has the version 2 mix of a real series: most visits kept, leaks by level, a few lost or dead", () => {
    const { study, patients } = generateCohort(1, 1000);
    expect(study.visits!.map((v) => v.label)).toEqual(["1 week", "6 weeks", "6 months", "1 year"]);
    const procedures = patients.flatMap((p) => p.procedures);
    const visits = procedures.flatMap((proc) => Object.values(proc.visits ?? {}));
    // Four visits planned after each procedure; initial procedures followed by a repeat stop at the recurrence.
    expect(visits.length).toBeGreaterThan(procedures.length * 2.5);
    expect(visits.length).toBeLessThan(procedures.length * 3.6);
    expect(visits.some((v) => v.date === undefined) && visits.some((v) => Object.values(v.scores).includes(null))).toBe(true);
    const leaks = procedures.flatMap((proc) => proc.complications ?? []).filter((c) => c.kind === "leak");
    expect(leaks.length).toBeGreaterThan(procedures.length * 0.2);
    expect(leaks.length).toBeLessThan(procedures.length * 0.4);
    expect(leaks.filter((c) => c.levels !== undefined).length).toBeGreaterThan(leaks.length * 0.8);
    expect(leaks.some((c) => c.date !== undefined) && leaks.some((c) => c.symptomatic)).toBe(true);
    expect(patients.some((p) => p.complications?.some((c) => c.kind === "fracture" && c.date !== undefined))).toBe(true);
    const status = (s: string | undefined) => patients.filter((p) => p.followup !== undefined && p.followup.status === s).length;
    expect(status(undefined)).toBeGreaterThan(750);
    expect(status("lost")).toBeGreaterThan(30);
    expect(status("lost")).toBeLessThan(120);
    expect(status("died")).toBeGreaterThan(15);
    expect(status("died")).toBeLessThan(70);
    expect(patients.some((p) => p.followup === undefined)).toBe(true);
  });

  it("keeps the version 1 cohort of a seed: the same patients without visits, complications or follow-up", () => {
    const v1 = generateCohort(5, 50, { version: 1 });
    const v2 = generateCohort(5, 50);
    expect(toVcase(v1)).not.toMatch(/visit|complication|followup/);
    const strip = ({ complications: _c, followup: _f, ...p }: Cohort["patients"][number]) => ({
      ...p,
      procedures: p.procedures.map(({ complications: _pc, visits: _v, ...proc }) => proc),
    });
    expect(v2.patients.map(strip)).toEqual(v1.patients);
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
    // A visit's score out of range, and a visit the study does not declare.
    const visit = json.replace(/("w6": \{[^}]*?"pain": )\d+/, "$1" + "12");
    expect(visit).not.toBe(json);
    expect((await checker.check("file:///visit.cohort.json", visit)).map((d) => d.message)).toEqual([expect.stringMatching(/10/)]);
    const undeclared = json.replace('"m6": {', '"m8": {');
    expect(undeclared).not.toBe(json);
    expect(await checker.check("file:///undeclared.cohort.json", undeclared)).toHaveLength(1);
  });

  it("makes an author's 2,000-line file", () => {
    const lines = toVcase(cohortOfLines(1, 2000)).split("\n").length;
    expect(lines).toBeGreaterThanOrEqual(2000);
    expect(lines).toBeLessThan(2020);
  });
});
