/**
 * The intervals of spec §5, for each repeat procedure R of a procedure P:
 *
 *   repeatDays     = R.day − P.day
 *   recurrenceDays = day of the first recurrence after P and on or before R,
 *                    at a level P treated or with no level given, − P.day
 *
 * Decisions where the spec is silent:
 * - "after P" is strictly after: a recurrence on P's own day is the one that
 *   led to P (or a failure of P), not a recurrence after it. "On or before R"
 *   is inclusive, as the spec says.
 * - A recurrence whose levels were written but none is a real level (`T13`) is
 *   not "with no level given": it matches nothing.
 * - No interval when a day is unknown: P not resolved (VC402), an invalid date
 *   (VC201), calendar dates mixed with `day N` (VC203), or a date missing after a
 *   syntax error. Recurrences with an unknown day are ignored.
 * - No interval when R is on or before P (VC202): an out-of-order pair would give
 *   zero or negative days, so neither repeatDays nor recurrenceDays is taken.
 * - Two repeats of the same P each look from P, as the spec's formula says, so
 *   they may share a recurrence.
 */
import type { PatientInfo, ProcedureInfo, RecurrenceInfo } from "../model/cohort-model";

export interface RepeatInterval {
  /** The repeat procedure R. */
  readonly procedure: ProcedureInfo;
  /** The procedure P it repeats, when resolved. */
  readonly repeated: ProcedureInfo | undefined;
  readonly repeatDays: number | null;
  readonly recurrenceDays: number | null;
}

/** Whether a recurrence is at a level P treated; one with no level given is at every level. */
export function isAtLevelOf(rec: RecurrenceInfo, p: ProcedureInfo): boolean {
  if (rec.levels.size > 0) return rec.levels.sharesAny(p.levels);
  // No real level: given none at all, or only levels that do not exist (`T13`).
  return !rec.levelsGiven;
}

function firstRecurrenceDay(patient: PatientInfo, p: ProcedureInfo, pDay: number, rDay: number): number | null {
  let first: number | null = null;
  for (const rec of patient.recurrences) {
    const day = rec.day;
    if (day === undefined || day <= pDay || day > rDay) continue;
    if (!isAtLevelOf(rec, p)) continue;
    if (first === null || day < first) first = day;
  }
  return first === null ? null : first - pDay;
}

/** The interval of one repeat procedure `r` of the patient; days null when unknown. */
export function repeatInterval(patient: PatientInfo, r: ProcedureInfo): RepeatInterval {
  const p = r.repeated;
  const pDay = p?.day;
  const rDay = r.day;
  if (p === undefined || pDay === undefined || rDay === undefined || rDay <= pDay) {
    return { procedure: r, repeated: p, repeatDays: null, recurrenceDays: null };
  }
  return {
    procedure: r,
    repeated: p,
    repeatDays: rDay - pDay,
    recurrenceDays: firstRecurrenceDay(patient, p, pDay, rDay),
  };
}

/** One entry per repeat procedure of the patient, in source order; days null when unknown. */
export function repeatIntervals(patient: PatientInfo): RepeatInterval[] {
  const out: RepeatInterval[] = [];
  for (const r of patient.procedures) if (r.role === "repeat") out.push(repeatInterval(patient, r));
  return out;
}
