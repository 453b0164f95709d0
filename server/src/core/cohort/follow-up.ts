/**
 * Spec §9.4, follow-up, over the patients with at least one procedure:
 *
 *   n          those patients
 *   recorded   those with a `followup until` line, of n
 *   days       from the patient's earliest-dated procedure to `followup until`,
 *              over the patients who have one
 *   completed, lost, died   those patients by status (neither `lost` nor `died`
 *              is `completed`)
 *
 * Decisions where the spec is silent:
 * - A patient with several `followup` lines (VC722): the first counts, the
 *   others are ignored.
 * - A patient without a procedure is not counted, even with a `followup` line.
 * - A `followup` line whose date is unknown (not a calendar day, VC201, or a
 *   calendar date in a patient dated by `day N`, VC203) still counts as
 *   recorded and by its status, which the author wrote; it gives no `days`.
 *   Nor does a patient none of whose procedures has a known day.
 * - A `followup until` before the earliest procedure (VC721) would give negative
 *   days: it is counted as recorded and by status, but not in `days`. Follow-up
 *   ending on the day of the earliest procedure is 0 days.
 */
import { describe } from "../stats/descriptive";
import type { FollowUpFigures } from "./types";

export type FollowUpStatus = "completed" | "lost" | "died";

/** One `followup until DATE [lost|died]` line. */
export interface FollowUpLine {
  /** In the patient's day numbers; `undefined` when not a real date. */
  readonly day: number | undefined;
  readonly status: FollowUpStatus;
}

export interface FollowUpPatient {
  /** One entry per procedure; `day` in the patient's day numbers, `undefined` when unknown. */
  readonly procedures: readonly { readonly day: number | undefined }[];
  /** The patient's `followup` lines, in the order written. */
  readonly followups: readonly FollowUpLine[];
}

/** The day of the patient's earliest-dated procedure, or undefined when none has a known day. */
function earliestProcedureDay(patient: FollowUpPatient): number | undefined {
  let earliest: number | undefined;
  for (const p of patient.procedures) if (p.day !== undefined && (earliest === undefined || p.day < earliest)) earliest = p.day;
  return earliest;
}

/** What is counted as the patients are read, one at a time. */
export interface FollowUpCount {
  /** The patients with a procedure. */
  n: number;
  readonly statuses: { completed: number; lost: number; died: number };
  readonly days: number[];
}

export function followUpCount(): FollowUpCount {
  return { n: 0, statuses: { completed: 0, lost: 0, died: 0 }, days: [] };
}

/** Counts the next patient. */
export function countFollowUp(count: FollowUpCount, patient: FollowUpPatient): void {
  if (patient.procedures.length === 0) return;
  count.n++;
  const line = patient.followups[0];
  if (line === undefined) return;
  count.statuses[line.status]++;
  const from = earliestProcedureDay(patient);
  if (line.day !== undefined && from !== undefined && line.day >= from) count.days.push(line.day - from);
}

/** The figures of the patients counted. */
export function followUpFiguresOf(count: FollowUpCount): FollowUpFigures {
  const { n, statuses } = count;
  const recorded = statuses.completed + statuses.lost + statuses.died;
  return { n, recorded: { count: recorded, n }, days: describe(count.days), ...statuses };
}

export function followUpFigures(patients: Iterable<FollowUpPatient>): FollowUpFigures {
  const count = followUpCount();
  for (const patient of patients) countFollowUp(count, patient);
  return followUpFiguresOf(count);
}
