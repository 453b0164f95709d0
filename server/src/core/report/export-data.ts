/**
 * The case series as data for a statistician (docs/data-export.md): one CSV in
 * the long layout (one row per patient, procedure, measure and time point) or
 * the wide one (one row per procedure), built from the linked model.
 *
 * - Numbers are plain numbers (`.` decimals, no units); a score not recorded
 *   (`?`), missing after a syntax error, or outside its measure's range is an
 *   empty cell, exactly as the figures leave it out (cohort/scores.ts).
 * - Text is as written in the file: `sex` keeps `F`, `female`, … (the language
 *   allows F/female, M/male, other, unknown); levels are "T12 L1", ranges
 *   expanded, in the spine's order.
 * - `date` holds a calendar date (YYYY-MM-DD), `day` the N of `day N`; the other
 *   is empty. A date that is not a calendar day is left empty.
 * - Only measures with a valid range are exported (as the figures do); a
 *   procedure that does not record a measure has no long rows for it and empty
 *   wide cells. Scores at a visit follow as rows whose `timepoint` is the visit
 *   id (long), or as `<measure>_<visit>` columns for each declared visit (wide).
 * - RFC 4180 (csv-stringify): one header row, CRLF, quoted only when needed, no
 *   byte-order mark (R's read.csv and pandas read the first column's name
 *   cleanly). Every text cell is an identifier, a level list or a date, so no
 *   cell can start a spreadsheet formula.
 */
import { stringify } from "csv-stringify/sync";
import { patientRows, visitScores } from "../cohort/patient-rows";
import { reportedMeasures, scorePair } from "../cohort/scores";
import type { CohortModel, MeasureDef, ProcedureInfo } from "../model/cohort-model";
import { levelName } from "../model/levels";

export const EXPORT_LAYOUTS = ["long", "wide"] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

type Value = string | number | null;

export const LONG_COLUMNS = ["patient", "age", "sex", "procedure", "role", "repeats", "date", "day", "levels", "measure", "timepoint", "score"] as const;
const PROCEDURE_COLUMNS = ["patient", "age", "sex", "procedure", "role", "repeats", "date", "day", "levels"] as const;

interface ProcedureFacts {
  readonly patient: string | null;
  readonly age: number | null;
  readonly sex: string | null;
  readonly procedure: string | null;
  readonly role: string;
  readonly repeats: string | null;
  readonly date: string | null;
  readonly day: number | null;
  readonly levels: string;
}

function dateOf(p: ProcedureInfo): { date: string | null; day: number | null } {
  const date = p.node.date;
  if (date === undefined || p.day === undefined) return { date: null, day: null };
  return date.kind === "calendar" ? { date: date.text, day: null } : { date: null, day: date.value?.value ?? null };
}

/** Every procedure of every patient, in file order, with its patient's facts. */
function procedures(model: CohortModel): { facts: ProcedureFacts; proc: ProcedureInfo }[] {
  const rows = patientRows(model);
  return model.patients.flatMap((patient, i) =>
    patient.procedures.map((proc) => ({
      proc,
      facts: {
        patient: rows[i]!.id,
        age: rows[i]!.age,
        sex: rows[i]!.sex,
        procedure: proc.id ?? null,
        role: proc.role,
        repeats: proc.node.repeats?.text ?? null,
        ...dateOf(proc),
        levels: [...proc.levels].sort((a, b) => a - b).map(levelName).join(" "),
      },
    })),
  );
}

function factCells(f: ProcedureFacts): Value[] {
  return [f.patient, f.age, f.sex, f.procedure, f.role, f.repeats, f.date, f.day, f.levels];
}

/** The long layout's rows, header first. */
export function longRecords(model: CohortModel): Value[][] {
  const measures = reportedMeasures(model);
  const out: Value[][] = [[...LONG_COLUMNS]];
  for (const { facts, proc } of procedures(model)) {
    for (const def of measures) {
      const pair = scorePair(model.tree, proc, def);
      if (pair !== undefined) {
        out.push([...factCells(facts), def.name, "before", pair.before]);
        out.push([...factCells(facts), def.name, "after", pair.after]);
      }
      for (const [visit, score] of visitScores(proc, def) ?? []) out.push([...factCells(facts), def.name, visit, score]);
    }
  }
  return out;
}

function cementOf(p: ProcedureInfo): number | null {
  return p.node.cements.find((c) => c.volume !== undefined)?.volume?.value ?? null;
}

/** The study's visit ids, each once, in the order declared. */
function declaredVisits(model: CohortModel): string[] {
  return [...new Set((model.study?.visits ?? []).flatMap((v) => (v.id === undefined ? [] : [v.id.text])))];
}

/** The wide layout's rows, header first: `<measure>_before`, `<measure>_after`, then `<measure>_<visit>` per declared visit. */
export function wideRecords(model: CohortModel): Value[][] {
  const measures: MeasureDef[] = reportedMeasures(model);
  const visits = declaredVisits(model);
  const header: Value[] = [...PROCEDURE_COLUMNS, "cement_ml", ...measures.flatMap((m) => [`${m.name}_before`, `${m.name}_after`, ...visits.map((v) => `${m.name}_${v}`)])];
  const out: Value[][] = [header];
  for (const { facts, proc } of procedures(model)) {
    const scores = measures.flatMap((def) => {
      const pair = scorePair(model.tree, proc, def);
      const atVisits = visitScores(proc, def);
      return [pair?.before ?? null, pair?.after ?? null, ...visits.map((v) => atVisits?.get(v) ?? null)];
    });
    out.push([...factCells(facts), cementOf(proc), ...scores]);
  }
  return out;
}

export function renderDataCsv(model: CohortModel, layout: ExportLayout): string {
  const records = layout === "long" ? longRecords(model) : wideRecords(model);
  return stringify(
    records.map((r) => r.map((v) => (v === null ? "" : String(v)))),
    { record_delimiter: "windows", quoted_match: /^\s|\s$/ },
  );
}
