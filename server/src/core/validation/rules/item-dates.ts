/**
 * What the checks of version 2's items need to know of a patient's dates: the
 * kind of date it is dated with, which decides which of its visit, complication
 * and follow-up dates have a day (model/v2-input.ts `dayOf`).
 *
 * The kind is the one model/v2-input.ts `patientDateKind` gives the figures,
 * worked out here from the rows of the patient's procedure and recurrence dates
 * (a few numbers read, nothing made) rather than from their nodes, and without
 * that function's memo: a look-up in a weak map for every visit and complication
 * cost the checks more than reading the rows again (issue 34, 10,000 patients:
 * 11% of the checks' time).
 */
import type { PatientInfo } from "../../model/cohort-model";
import type { DateKindName } from "../../model/v2-input";
import type { DateRef, Patient } from "../../syntax/ast";
import { DateKind, type DateTable } from "../../syntax/tree/dates";
import type { SyntaxTree } from "../../syntax/tree/syntax-tree";

/** The kind of the patient's first written procedure or recurrence date, else of its first other date; undefined when it has none. */
export function patientKind(tree: SyntaxTree, patient: PatientInfo): DateKindName | undefined {
  const { procedures, recurrences, dates } = tree;
  let first = -1;
  for (let i = 0; i < patient.procedures.length; i++) first = earlier(dates, first, procedures.date(patient.procedures[i]!.row));
  for (let i = 0; i < patient.recurrences.length; i++) first = earlier(dates, first, recurrences.date(patient.recurrences[i]!.row));
  if (first >= 0) return dates.kind(first) === DateKind.Calendar ? "calendar" : "day";
  return firstItemDate(patient.node)?.kind;
}

/** Of two date rows (-1: none), the one written first. */
function earlier(dates: DateTable, a: number, b: number): number {
  if (b < 0) return a;
  return a < 0 || dates.start(b) < dates.start(a) ? b : a;
}

/** The first written date of the patient's version-2 items (visits, complications, `followup until`). */
function firstItemDate(patient: Patient): DateRef | undefined {
  let first: DateRef | undefined;
  const consider = (date: DateRef | undefined): void => {
    if (date !== undefined && (first === undefined || date.start < first.start)) first = date;
  };
  for (const c of patient.complications) consider(c.date);
  for (const f of patient.followups) consider(f.until);
  for (const p of patient.procedures) {
    for (const v of p.visits) consider(v.date);
    for (const c of p.complications) consider(c.date);
  }
  return first;
}
