// The text of the analysis the core keeps (server/src/core/kept-shapes.ts) must make
// objects of every shape a real analysis makes, or the engine may still throw away
// the compiled code that assumed the missing ones after a collection.
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { SHAPES_TEXT } from "../../server/src/core/kept-shapes";
import { fastParse } from "../../server/src/core/syntax/fast-parser";
import { DateKind } from "../../server/src/core/syntax/tree/dates";

describe("the analysis kept for its shapes", () => {
  const analysis = analyze(SHAPES_TEXT, { today: "2026-12-03" });
  const tree = analysis.parsed.tree;

  it("is read by the fast parser, as a valid cohort is, with no syntax error", () => {
    expect(fastParse(SHAPES_TEXT)).toBeDefined();
    expect(analysis.parsed.diagnostics).toEqual([]);
    expect(analysis.errorCount).toBe(0);
  });

  it("fills every table of the syntax tree", () => {
    const counts = {
      patients: tree.patients.count,
      ages: tree.itemTable("patient", "ages").count,
      sexes: tree.itemTable("patient", "sexes").count,
      etiologies: tree.itemTable("patient", "etiologies").count,
      procedures: tree.procedures.count,
      recurrences: tree.itemTable("patient", "recurrences").count,
      outcomes: tree.outcomes.count,
      cements: tree.itemTable("procedure", "cements").count,
      levelItems: tree.levelItems.count,
      dates: tree.dates.count,
      numbers: tree.numbers.count,
      patientNotes: tree.itemTable("patient", "notes").count,
      procedureNotes: tree.itemTable("procedure", "notes").count,
      itemStrings: tree.itemStrings.count,
    };
    for (const [table, count] of Object.entries(counts)) expect({ table, filled: count > 0 }).toEqual({ table, filled: true });
  });

  it("has both kinds of date, a level range, a repeat and an unrecorded score", () => {
    const kinds = new Set(Array.from({ length: tree.dates.count }, (_, row) => tree.dates.kind(row)));
    expect(kinds).toEqual(new Set([DateKind.Calendar, DateKind.Day]));
    expect(Array.from({ length: tree.levelItems.count }, (_, row) => tree.levelItems.isRange(row))).toContain(true);
    expect(analysis.model.patients.flatMap((p) => p.procedures).some((p) => p.repeated !== undefined)).toBe(true);
    expect(analysis.diagnostics.map((d) => d.code)).toEqual(["VC103", "VC103", "VC103"]);
  });

  it("makes the cohort figures of both measures", () => {
    const figures = analysis.figures;
    expect(figures.patients).toBe(3);
    expect([...figures.measures.keys()]).toEqual(["pain", "mobility"]);
  });

  it("has every version 2 item: visits with scores, complications of both blocks, each end of follow-up", () => {
    const v2 = analysis.figures;
    expect(v2.visits.map((v) => v.id)).toEqual(["w1", "m6"]);
    expect([...v2.complications.keys()]).toEqual(["leak", "fracture"]);
    expect({ completed: v2.followup.completed, lost: v2.followup.lost, died: v2.followup.died }).toEqual({ completed: 1, lost: 1, died: 1 });
  });
});
