/**
 * End of follow-up (spec §9.3): VC721 `followup until` before the patient's last
 * dated entry (a procedure, recurrence, visit or complication; a procedure's
 * complication without `on` is dated by its procedure); VC722 `followup` given
 * twice for one patient, on the second line.
 */
import type { PatientInfo } from "../../model/cohort-model";
import { dayOf, patientDateKind, mayHaveV2Items } from "../../model/v2-input";
import type { DateRef } from "../../syntax/ast";
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { dateText, lineOf, patientName } from "./common";

/** The patient's latest dated entry: its day and its date as written. */
function lastEntry(patient: PatientInfo): { day: number; date: DateRef } | undefined {
  const kind = patientDateKind(patient.node);
  let last: { day: number; date: DateRef } | undefined;
  const consider = (day: number | undefined, date: DateRef | undefined) => {
    if (day !== undefined && date !== undefined && (last === undefined || day > last.day)) last = { day, date };
  };
  for (const p of patient.procedures) {
    consider(p.day, p.node.date);
    for (const v of p.node.visits) consider(dayOf(v.date, kind), v.date);
    for (const c of p.node.complications) consider(dayOf(c.date, kind), c.date);
  }
  for (const r of patient.recurrences) consider(r.day, r.node.date);
  for (const c of patient.node.complications) consider(dayOf(c.date, kind), c.date);
  return last;
}

export const followUp: Rule = {
  codes: ["VC721", "VC722"],
  patient(patient, context) {
    if (!mayHaveV2Items(context.model)) return;
    const lines = patient.node.followups;
    if (lines.length === 0) return;
    for (let i = 1; i < lines.length; i++) {
      context.report(diagnostic("VC722", lines[i]!, `The follow-up of ${patientName(context, patient)} is already given on line ${lineOf(context, lines[0]!)}; keep one followup line, the last date the patient was seen`));
    }
    const until = lines[0]!.until;
    const day = dayOf(until, patientDateKind(patient.node));
    const last = lastEntry(patient);
    if (until === undefined || day === undefined || last === undefined || day >= last.day) return;
    context.report(
      diagnostic("VC721", until, `Follow-up until ${dateText(until)} ends before ${dateText(last.date)} (line ${lineOf(context, last.date)}), the patient's last dated entry; followup until is the last date the patient was seen`),
    );
  },
};
