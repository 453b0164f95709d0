/**
 * The date codes on the dates of version 2's items (visits, complications,
 * `followup until`), as on procedures and recurrences (spec §9.3): VC201 not a
 * calendar day, VC203 a date of the other kind than the patient's procedures and
 * recurrences (or, without those, than its first such date), VC204 after today.
 *
 * Each date is judged on its own and says at most one thing, so they are read
 * list by list, not gathered and sorted into text order first: validate sorts
 * the findings (issue 34: 15% of the checks' time went on that list).
 */
import { calendarDayNumber, formatDay, isCalendarDay } from "../../model/dates";
import type { PatientInfo } from "../../model/cohort-model";
import { mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { CalendarDate, DateRef } from "../../syntax/ast";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { dateText, patientName } from "./common";
import { whyNotADay } from "./dates";
import { patientKind } from "./item-dates";

/** Its state: today as written in the message (undefined when future dates are not flagged), and whether any item is written. */
interface Today {
  readonly today: string | undefined;
  readonly items: boolean;
}

function checkDate(context: RuleContext, date: DateRef | undefined, kind: DateKindName | undefined, patient: PatientInfo, today: string | undefined): void {
  if (date === undefined) return;
  if (date.kind !== kind) {
    const what = date.kind === "day" ? "a day number" : "a calendar date";
    const others = kind === "day" ? "day numbers" : "calendar dates";
    context.report(diagnostic("VC203", date, `${dateText(date)} is ${what}, but ${patientName(context, patient)} is dated with ${others}; use one kind of date per patient`));
    return;
  }
  if (date.kind !== "calendar") return;
  if (!isCalendarDay(date.year, date.month, date.day)) {
    context.report(diagnostic("VC201", date, `${date.text} is not a calendar day: ${whyNotADay(date as CalendarDate)}`));
    return;
  }
  const day = calendarDayNumber(date.year, date.month, date.day);
  if (today !== undefined && day !== undefined && day > context.options.today) {
    context.report(diagnostic("VC204", date, `${date.text} is after today (${today}); check the year`));
  }
}

export const newItemDates: Rule<Today> = {
  codes: ["VC201", "VC203", "VC204"],
  start: (context) => ({ today: context.options.futureDates ? formatDay(context.options.today) : undefined, items: mayHaveV2Items(context.model) }),
  patient(patient, context, { today, items }) {
    if (!items) return;
    const node = patient.node;
    const kind = patientKind(context.model.tree, patient);
    for (const c of node.complications) checkDate(context, c.date, kind, patient, today);
    for (const f of node.followups) checkDate(context, f.until, kind, patient, today);
    for (const p of node.procedures) {
      for (const v of p.visits) checkDate(context, v.date, kind, patient, today);
      for (const c of p.complications) checkDate(context, c.date, kind, patient, today);
    }
  },
};
