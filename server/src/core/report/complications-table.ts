/**
 * Complications (spec §9.4, §9.6): one row per declared kind, in declaration
 * order — events; patients k/n (%); procedures k/n (%) of each role; levels
 * k/n (%); symptomatic events. Shown only when the study declares a kind
 * (`complicationsTable` returns null otherwise): a series that does not count
 * complications should not print a table of zeros as if it had found none.
 * Figures come from `figures.complications` only.
 */
import type { CohortFigures } from "../cohort/types";
import { col, fromFile, type Cell, type Table } from "./table";

export function complicationsTable(figures: CohortFigures): Table | null {
  if (figures.complications.size === 0) return null;
  const rows = [...figures.complications.values()].map((c): Cell[] => [
    fromFile(c.label),
    { kind: "number", value: c.events },
    { kind: "count", of: c.patients },
    { kind: "count", of: c.procedures.initial },
    { kind: "count", of: c.procedures.repeat },
    { kind: "count", of: c.levels },
    { kind: "number", value: c.symptomatic },
  ]);
  return {
    title: "Complications",
    columns: [
      col("Complication"),
      col("Events", null, { holds: "number" }),
      col("Patients", null, { holds: "count" }),
      col("initial", "Procedures", { holds: "count", of: "Initial procedures" }),
      col("repeat", "Procedures", { holds: "count", of: "Repeat procedures" }),
      col("Levels", null, { holds: "count" }),
      col("Symptomatic", null, { holds: "number" }),
    ],
    rows,
    notes: [
      "Events: every occurrence recorded, in a procedure or later; symptomatic: those marked so.",
      "Patients: with at least one, of the patients with a procedure. Procedures: with at least one recorded in them, of the procedures of that role. Levels: the vertebrae named by an occurrence in a procedure that treated them, of every vertebra treated by every procedure.",
      "k/n (%): the percentage is rounded to a whole number.",
    ],
  };
}
