/**
 * End of follow-up (spec §9.3): VC721 `followup until` before the patient's last
 * dated entry (a procedure, recurrence, visit or complication; a procedure's
 * complication without `on` is dated by its procedure); VC722 `followup` given
 * twice for one patient, on the second line.
 */
import type { PatientInfo } from "../../model/cohort-model";
import { dayOf, mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { DateRef } from "../../syntax/ast";
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { dateText, lineOf, patientName } from "./common";
import { patientKind } from "./item-dates";

/**
 * The latest dated entry seen so far: its day and its date as written (the first
 * written of those on the latest day). One per patient with a `followup`, rather
 * than one object for each later date found.
 */
class LatestEntry {
  day = 0;
  date: DateRef | undefined = undefined;

  constructor(private readonly kind: DateKindName | undefined) {}

  /** Whether `day` is later than every entry so far. */
  beats(day: number | undefined): day is number {
    return day !== undefined && (this.date === undefined || day > this.day);
  }

  take(day: number, date: DateRef | undefined): void {
    if (date === undefined) return;
    this.day = day;
    this.date = date;
  }

  /** The date of a visit or complication, whose day depends on the patient's kind of date. */
  consider(date: DateRef | undefined): void {
    const day = dayOf(date, this.kind);
    if (this.beats(day)) this.take(day, date);
  }
}

/**
 * The patient's latest dated entry, taking the procedures with their visits and
 * complications, then the recurrences, then the patient's complications. A
 * procedure's or recurrence's date is read (a node made) only when its day is the
 * latest so far.
 */
function lastEntry(patient: PatientInfo, kind: DateKindName | undefined): LatestEntry {
  const node = patient.node;
  const latest = new LatestEntry(kind);
  for (let i = 0; i < patient.procedures.length; i++) {
    const procedure = patient.procedures[i]!;
    if (latest.beats(procedure.day)) latest.take(procedure.day, procedure.node.date);
    const p = node.procedures[i]!;
    for (const v of p.visits) latest.consider(v.date);
    for (const c of p.complications) latest.consider(c.date);
  }
  for (const r of patient.recurrences) if (latest.beats(r.day)) latest.take(r.day, r.node.date);
  for (const c of node.complications) latest.consider(c.date);
  return latest;
}

export const followUp: Rule<boolean> = {
  codes: ["VC721", "VC722"],
  start: (context) => mayHaveV2Items(context.model),
  patient(patient, context, items) {
    if (!items) return;
    const lines = patient.node.followups;
    if (lines.length === 0) return;
    for (let i = 1; i < lines.length; i++) {
      context.report(diagnostic("VC722", lines[i]!, `The follow-up of ${patientName(context, patient)} is already given on line ${lineOf(context, lines[0]!)}; keep one followup line, the last date the patient was seen`));
    }
    const until = lines[0]!.until;
    const kind = patientKind(context.model.tree, patient);
    const day = dayOf(until, kind);
    if (until === undefined || day === undefined) return;
    const last = lastEntry(patient, kind);
    if (last.date === undefined || day >= last.day) return;
    context.report(
      diagnostic("VC721", until, `Follow-up until ${dateText(until)} ends before ${dateText(last.date)} (line ${lineOf(context, last.date)}), the patient's last dated entry; followup until is the last date the patient was seen`),
    );
  },
};
