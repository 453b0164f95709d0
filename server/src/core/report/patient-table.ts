/**
 * The per-patient tables, from cohort/patient-rows.ts, in two halves so each
 * reads beside the file at half a screen:
 * - "Patients and procedures": patient, age, sex, etiology, levels of the
 *   initial and repeat procedures, cement;
 * - "Per-patient scores": patient, days to recurrence and to repeat, each
 *   measure before → after for each role.
 *
 * Sex is shown in one vocabulary whatever was typed: F (F, female), M (M,
 * male), other, unknown; a value the language does not know is shown as typed.
 * A patient with more than one procedure of a role (or more than one repeat)
 * gets the entries joined with "; ", each prefixed by its procedure id, so no
 * value loses the procedure it belongs to. A score not recorded is "?"; a
 * procedure that does not record the measure at all is left blank.
 */
import type { PatientRow, ScoreEntry } from "../cohort/patient-rows";
import type { MeasureDef, Role } from "../model/cohort-model";
import { col, fromFile, type Cell, type Column, type Figure, type Table } from "./table";

const ROLES: readonly Role[] = ["initial", "repeat"];

const SEX_SHOWN: Readonly<Record<string, string>> = { F: "F", female: "F", M: "M", male: "M", other: "other", unknown: "unknown" };

function sexCell(sex: string | null): Cell {
  if (sex === null) return null;
  return Object.hasOwn(SEX_SHOWN, sex) ? SEX_SHOWN[sex]! : fromFile(sex);
}

/** The figure for one entry, several named by their procedure; null when there is none. */
function joinEntries(entries: readonly { procedure: string | null; figure: Figure | null }[]): Cell {
  const present = entries.filter((e): e is { procedure: string | null; figure: Figure } => e.figure !== null);
  if (present.length === 0) return null;
  if (entries.length === 1) return present[0]!.figure;
  return { kind: "several", items: present.map((e) => ({ label: fromFile(e.procedure ?? "?"), figure: e.figure })) };
}

function scoreFigure(e: ScoreEntry): Figure | null {
  if (e.before === null && e.after === null) return null;
  return { kind: "change", before: e.before, after: e.after };
}

function intervalCell(row: PatientRow, key: "recurrenceDays" | "repeatDays"): Cell {
  return joinEntries(row.intervals.map((i) => ({ procedure: i.procedure, figure: i[key] === null ? null : { kind: "number", value: i[key] } })));
}

function cementCell(row: PatientRow, role: Role): Cell {
  const ofRole = row.cement.filter((c) => c.role === role);
  const procedures = new Set(ofRole.map((c) => c.procedure));
  if (ofRole.length === 0) return null;
  if (procedures.size > 1) return joinEntries(ofRole.map((c) => ({ procedure: c.procedure, figure: { kind: "number", value: c.volumeMl } })));
  return ofRole.length === 1 ? { kind: "number", value: ofRole[0]!.volumeMl } : ofRole.map((c) => String(c.volumeMl)).join(" + ");
}

function levelsCell(levels: string): Cell {
  return levels === "" ? null : levels;
}

function patientCell(row: PatientRow): Cell {
  return row.id === null ? null : fromFile(row.id);
}

export function patientTable(rows: readonly PatientRow[]): Table {
  const columns: Column[] = [
    col("Patient"),
    col("Age", null, { holds: "number" }),
    col("Sex"),
    col("Etiology"),
    col("initial", "Levels"),
    col("repeat", "Levels"),
    col("initial", "Cement (ml)", { holds: "number" }),
    col("repeat", "Cement (ml)", { holds: "number" }),
  ];
  const body = rows.map((row): Cell[] => [
    patientCell(row),
    row.age === null ? null : { kind: "number", value: row.age },
    sexCell(row.sex),
    row.etiology === null ? null : fromFile(row.etiology),
    levelsCell(row.initialLevels),
    levelsCell(row.repeatLevels),
    cementCell(row, "initial"),
    cementCell(row, "repeat"),
  ]);
  return {
    title: "Patients and procedures",
    columns,
    rows: body,
    notes: ["Sex: F female, M male. Levels: the vertebrae treated by the initial and by the repeat procedures."],
  };
}

export function patientScoreTable(rows: readonly PatientRow[], measures: readonly MeasureDef[]): Table {
  const columns: Column[] = [
    col("Patient"),
    col("to recurrence", "Days", { full: "Days to recurrence", holds: "number" }),
    col("to repeat", "Days", { full: "Days to repeat", holds: "number" }),
    ...measures.flatMap((m) => ROLES.map((r) => col(r, fromFile(m.label), { holds: "change", of: `${m.label}, ${r}` }))),
  ];
  const body = rows.map((row): Cell[] => [
    patientCell(row),
    intervalCell(row, "recurrenceDays"),
    intervalCell(row, "repeatDays"),
    ...measures.flatMap((m) =>
      ROLES.map((r) => {
        const entries = row.scores.get(m.name)?.[r] ?? [];
        return joinEntries(entries.map((e) => ({ procedure: e.procedure, figure: scoreFigure(e) })));
      }),
    ),
  ]);
  return {
    title: "Per-patient scores",
    columns,
    rows: body,
    notes: [
      "Scores are before → after the procedure; ? is a score not recorded (or outside the scale).",
      "Days are counted from the procedure that was repeated: to the first recurrence of pain at one of its levels, and to the repeat procedure.",
    ],
  };
}
