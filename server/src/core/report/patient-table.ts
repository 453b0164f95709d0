/**
 * "Table 1": one row per patient, from cohort/patient-rows.ts. Columns: patient,
 * age, sex, etiology, levels of the initial and repeat procedures, days to
 * recurrence and to repeat, each measure before → after for each role, cement.
 *
 * A patient with more than one procedure of a role (or more than one repeat)
 * gets the entries joined with "; ", each prefixed by its procedure id, so no
 * value loses the procedure it belongs to. A score not recorded is "?"; a
 * procedure that does not record the measure at all is left blank.
 */
import type { PatientRow, ScoreEntry } from "../cohort/patient-rows";
import type { MeasureDef, Role } from "../model/cohort-model";
import { col, type Cell, type Column, type Table } from "./table";

const ROLES: readonly Role[] = ["initial", "repeat"];

function num(v: number): string {
  return String(v);
}

/** "a" for one entry, "PV1: a; PV3: b" for several; null when there is none. */
function joinEntries(entries: readonly { procedure: string | null; text: string | null }[]): Cell {
  const present = entries.filter((e) => e.text !== null);
  if (present.length === 0) return null;
  if (entries.length === 1) return present[0]!.text;
  return present.map((e) => `${e.procedure ?? "?"}: ${e.text}`).join("; ");
}

function scoreText(e: ScoreEntry): string | null {
  if (e.before === null && e.after === null) return null;
  return `${e.before === null ? "?" : num(e.before)} → ${e.after === null ? "?" : num(e.after)}`;
}

function intervalCell(row: PatientRow, key: "recurrenceDays" | "repeatDays"): Cell {
  return joinEntries(row.intervals.map((i) => ({ procedure: i.procedure, text: i[key] === null ? null : num(i[key]) })));
}

function cementCell(row: PatientRow, role: Role): Cell {
  const ofRole = row.cement.filter((c) => c.role === role);
  const procedures = new Set(ofRole.map((c) => c.procedure));
  const volumes = ofRole.map((c) => ({ procedure: c.procedure, text: num(c.volumeMl) }));
  if (procedures.size <= 1) return volumes.length === 0 ? null : volumes.map((v) => v.text).join(" + ");
  return joinEntries(volumes);
}

export function patientTable(rows: readonly PatientRow[], measures: readonly MeasureDef[]): Table {
  const columns: Column[] = [
    col("Patient"),
    col("Age"),
    col("Sex"),
    col("Etiology"),
    col("initial", "Levels"),
    col("repeat", "Levels"),
    col("to recurrence", "Days", "Days to recurrence"),
    col("to repeat", "Days", "Days to repeat"),
    ...measures.flatMap((m) => ROLES.map((r) => col(r, m.label))),
    col("initial", "Cement (ml)"),
    col("repeat", "Cement (ml)"),
  ];
  const body = rows.map((row): Cell[] => [
    row.id,
    row.age === null ? null : num(row.age),
    row.sex,
    row.etiology,
    row.initialLevels === "" ? null : row.initialLevels,
    row.repeatLevels === "" ? null : row.repeatLevels,
    intervalCell(row, "recurrenceDays"),
    intervalCell(row, "repeatDays"),
    ...measures.flatMap((m) =>
      ROLES.map((r) => {
        const entries = row.scores.get(m.name)?.[r] ?? [];
        return joinEntries(entries.map((e) => ({ procedure: e.procedure, text: scoreText(e) })));
      }),
    ),
    cementCell(row, "initial"),
    cementCell(row, "repeat"),
  ]);
  return {
    title: "Per-patient table",
    columns,
    rows: body,
    notes: [
      "Scores are before → after the procedure; ? is a score not recorded (or outside the scale).",
      "Days are counted from the procedure that was repeated: to the first recurrence of pain at one of its levels, and to the repeat procedure.",
    ],
  };
}
