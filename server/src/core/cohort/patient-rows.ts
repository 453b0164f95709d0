/**
 * One row per patient for "Table 1": demographics, levels treated, intervals,
 * scores and cement. Data only — tables and hovers format and round.
 *
 * - `age`, `sex`, `etiology`: the first value given (VC404 flags a second), as
 *   written; `null` when absent.
 * - Levels: every real level treated by the patient's procedures of that role,
 *   in column order, as "T12, L1" (an unreal level such as `T13` is left out).
 * - Scores: per reported measure and role, one entry per procedure of that role,
 *   read exactly as the figures read them (scores.ts): `null` for a score not
 *   recorded, `?`, or outside the range; both null when the procedure does not
 *   record the measure.
 * - Intervals: one entry per repeat procedure (intervals.ts), days `null` when
 *   they cannot be computed.
 */
import type { CohortModel, MeasureDef, PatientInfo, ProcedureInfo, Role } from "../model/cohort-model";
import { formatLevels } from "../model/levels";
import type { NumberLiteral, StringLiteral, Word } from "../syntax/ast";
import { repeatIntervals } from "./intervals";
import { recordedScore, reportedMeasures, scorePair } from "./scores";

export interface ScoreEntry {
  /** The procedure id, `null` when it could not be read. */
  readonly procedure: string | null;
  readonly before: number | null;
  readonly after: number | null;
  /**
   * Visit id → the score at that visit, read as `before` and `after` are (`null`
   * when not recorded, `?` or out of range); the first block of each visit id, the
   * first score of the measure in it, as the figures read them (model/v2-input.ts).
   * Absent when the procedure has no visit block.
   */
  readonly visits?: ReadonlyMap<string, number | null>;
}

export interface IntervalEntry {
  /** The repeat procedure R. */
  readonly procedure: string | null;
  /** The procedure P it repeats, as written after `repeats`. */
  readonly repeats: string | null;
  readonly recurrenceDays: number | null;
  readonly repeatDays: number | null;
}

export interface CementEntry {
  readonly procedure: string | null;
  readonly role: Role;
  readonly volumeMl: number;
}

export interface PatientRow {
  readonly id: string | null;
  readonly age: number | null;
  readonly sex: string | null;
  readonly etiology: string | null;
  /** e.g. "T12, L1"; "" when none. */
  readonly initialLevels: string;
  readonly repeatLevels: string;
  readonly intervals: readonly IntervalEntry[];
  /** Keyed by measure name, in declaration order. */
  readonly scores: ReadonlyMap<string, { readonly initial: readonly ScoreEntry[]; readonly repeat: readonly ScoreEntry[] }>;
  readonly cement: readonly CementEntry[];
}

type FieldValue = NumberLiteral | Word | StringLiteral | undefined;

function field(patient: PatientInfo, name: "age" | "sex" | "etiology"): FieldValue {
  return patient.node.fields.find((f) => f.name === name && f.value !== undefined)?.value;
}

/** A Word's text, or a string's value (`etiology "multiple myeloma"`). */
function textOf(v: FieldValue): string | null {
  if (v === undefined) return null;
  return "value" in v ? String(v.value) : v.text;
}

function levelsOf(procs: readonly ProcedureInfo[]): string {
  return formatLevels(procs.flatMap((p) => [...p.levels]));
}

/**
 * The procedure's score of `def` at each visit block that writes the measure, in
 * block order: the first block of each visit id and the first score of the
 * measure in it count; `null` for `?` or a score out of range.
 */
export function visitScores(proc: ProcedureInfo, def: MeasureDef): Map<string, number | null> | undefined {
  if (proc.node.visits.length === 0) return undefined;
  const out = new Map<string, number | null>();
  const seen = new Set<string>();
  for (const v of proc.node.visits) {
    if (v.id === undefined || seen.has(v.id.text)) continue;
    seen.add(v.id.text);
    const written = v.scores.find((sc) => sc.measure?.text === def.name);
    if (written === undefined) continue;
    const score = written.score?.value;
    out.set(v.id.text, score === undefined || score === null ? null : recordedScore(score, def));
  }
  return out;
}

/** The rows of `patients`: every patient of the model unless told. */
export function patientRows(model: CohortModel, patients: readonly PatientInfo[] = model.patients): PatientRow[] {
  const measures = reportedMeasures(model);
  return patients.map((patient) => {
    const ofRole = (role: Role) => patient.procedures.filter((p) => p.role === role);
    const scores = new Map<string, { initial: ScoreEntry[]; repeat: ScoreEntry[] }>();
    for (const def of measures) {
      const entries = (role: Role): ScoreEntry[] =>
        ofRole(role).map((p) => {
          const s = scorePair(model.tree, p, def);
          const visits = visitScores(p, def);
          return { procedure: p.id ?? null, before: s?.before ?? null, after: s?.after ?? null, ...(visits !== undefined && { visits }) };
        });
      scores.set(def.name, { initial: entries("initial"), repeat: entries("repeat") });
    }
    const age = field(patient, "age");
    return {
      id: patient.id ?? null,
      age: age !== undefined && "value" in age && typeof age.value === "number" ? age.value : null,
      sex: textOf(field(patient, "sex")),
      etiology: textOf(field(patient, "etiology")),
      initialLevels: levelsOf(ofRole("initial")),
      repeatLevels: levelsOf(ofRole("repeat")),
      intervals: repeatIntervals(patient).map((i) => ({
        procedure: i.procedure.id ?? null,
        repeats: i.procedure.node.repeats?.text ?? null,
        recurrenceDays: i.recurrenceDays,
        repeatDays: i.repeatDays,
      })),
      scores,
      cement: patient.procedures.flatMap((p) =>
        p.node.cements.flatMap((c) =>
          c.volume === undefined ? [] : [{ procedure: p.id ?? null, role: p.role, volumeMl: c.volume.value }],
        ),
      ),
    };
  });
}
