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
 *
 * And spec §9.4, for each initial procedure P (no repeat needed):
 *
 *   recurrenceAfterInitialDays = day of the first recurrence after P, at a level P
 *                    treated or with no level given, and on or before the next
 *                    procedure of the patient that treats one of P's levels, − P.day
 *
 * with the same rules: strictly after P, unknown days skipped. "The next
 * procedure" is the earliest dated strictly after P (one on P's own day is not
 * after it); when there is none, every later recurrence counts.
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

/** Spec §9.4: days from the initial procedure `p` to the first recurrence after it; null when none or a day is unknown. */
export function recurrenceAfterInitialDays(patient: PatientInfo, p: ProcedureInfo): number | null {
  const pDay = p.day;
  if (p.role !== "initial" || pDay === undefined) return null;
  let nextDay = Infinity;
  for (const q of patient.procedures) {
    const day = q.day;
    if (day !== undefined && day > pDay && day < nextDay && q.levels.sharesAny(p.levels)) nextDay = day;
  }
  return firstRecurrenceDay(patient, p, pDay, nextDay);
}

/** One entry per repeat procedure of the patient, in source order; days null when unknown. */
export function repeatIntervals(patient: PatientInfo): RepeatInterval[] {
  const out: RepeatInterval[] = [];
  for (const r of patient.procedures) if (r.role === "repeat") out.push(repeatInterval(patient, r));
  return out;
}
