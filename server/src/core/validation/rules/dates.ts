/**
 * Dates: VC201 not a calendar day, VC202 out of order (a repeat on or before the
 * procedure it repeats; a recurrence before the patient's first procedure), VC203
 * calendar dates and `day N` mixed in one patient, VC204 a calendar date after today.
 * Order is judged on the model's day numbers, which are undefined for invalid or
 * mixed dates, so VC202 stays silent where VC201/VC203 already spoke.
 */
import { calendarDayNumber, daysInMonth, formatDay, isCalendarDay } from "../../model/dates";
import type { PatientInfo, ProcedureInfo } from "../../model/cohort-model";
import type { CalendarDate, DateRef } from "../../syntax/ast";
import { DateKind } from "../../syntax/tree/dates";
import { diagnostic, type Diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { dateText, lineOf, patientName, procedureName } from "./common";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A patient's dates in text order. */
function patientDates(patient: PatientInfo): DateRef[] {
  const dates = [...patient.procedures.map((p) => p.node.date), ...patient.recurrences.map((r) => r.node.date)];
  return dates.filter((d): d is DateRef => d !== undefined).sort((a, b) => a.span.start - b.span.start);
}

function whyNotADay(date: CalendarDate): string {
  if (date.month < 1 || date.month > 12) return `there is no month ${String(date.month).padStart(2, "0")}; months run 01 to 12`;
  if (date.day < 1) return "days of the month start at 01";
  return `${MONTHS[date.month - 1]} ${date.year} has ${daysInMonth(date.year, date.month)} days`;
}

/** VC201 on a calendar date that is no day of the calendar (here and on the dates of version 2's items, new-dates.ts). */
export function notACalendarDay(date: CalendarDate): Diagnostic {
  return diagnostic("VC201", date.span, `${date.text} is not a calendar day: ${whyNotADay(date)}`);
}

/** VC204 on a calendar date after today, `today` as written in the message. */
export function afterToday(date: CalendarDate, today: string): Diagnostic {
  return diagnostic("VC204", date.span, `${date.text} is after today (${today}); check the year`);
}

/** VC203 on `date`, whose kind is not the patient's; `reference`, when known, the date that sets the patient's kind. */
export function mixedDate(context: RuleContext, patient: PatientInfo, date: DateRef, reference: DateRef | undefined): Diagnostic {
  const what = date.kind === "day" ? "a day number" : "a calendar date";
  const others = date.kind === "day" ? "calendar dates" : "day numbers";
  const cited = reference === undefined ? "" : ` (${dateText(reference)} on line ${lineOf(context, reference.span)})`;
  return diagnostic("VC203", date.span, `${dateText(date)} is ${what}, but ${patientName(context, patient)} is dated with ${others}${cited}; use one kind of date per patient`);
}

export const calendarDays: Rule = {
  codes: ["VC201"],
  date(date, _owner, context) {
    const dates = context.model.tree.dates;
    if (dates.kind(date) !== DateKind.Calendar || isCalendarDay(dates.year(date), dates.month(date), dates.day(date))) return;
    context.report(notACalendarDay(context.model.nodes.date(date) as CalendarDate));
  },
};

export const dateOrder: Rule = {
  codes: ["VC202"],
  procedure(p, _patient, context) {
    const r = p.repeated;
    // A day number is known only for a date that was written.
    if (r === undefined || p.day === undefined || r.day === undefined || p.day > r.day || p.node.date === undefined) return;
    const when = p.day === r.day ? "on the same day as" : "before";
    context.report(
      diagnostic(
        "VC202",
        p.node.date.span,
        `${procedureName(context, p)} on ${dateText(p.node.date)} is ${when} ${procedureName(context, r)} ` +
          `(${dateText(r.node.date!)}, line ${lineOf(context, r.node.keyword)}), which it repeats; ` +
          `a repeat must come after the procedure it repeats`,
      ),
    );
  },
  patient(patient, context) {
    if (patient.recurrences.length === 0) return;
    const first = firstProcedure(patient);
    // A procedure whose date is unknown (mistyped, or not a day) may be the first: no order is judged against the others.
    if (first === undefined || patient.procedures.some((p) => p.day === undefined)) return;
    for (const rec of patient.recurrences) {
      if (rec.day === undefined || rec.day >= first.day! || rec.node.date === undefined) continue;
      context.report(
        diagnostic(
          "VC202",
          rec.node.date.span,
          `The recurrence on ${dateText(rec.node.date)} is before the first procedure of ${patientName(context, patient)}, ` +
            `${procedureName(context, first)} on ${dateText(first.node.date!)}; a recurrence follows a procedure`,
        ),
      );
    }
  },
};

/** The patient's earliest dated procedure (the first written, of those on the same day). */
function firstProcedure(patient: PatientInfo): ProcedureInfo | undefined {
  let first: ProcedureInfo | undefined;
  for (const p of patient.procedures) if (p.day !== undefined && (first === undefined || p.day < first.day!)) first = p;
  return first;
}

export const mixedDates: Rule = {
  codes: ["VC203"],
  patient(patient, context) {
    if (!patient.mixedDates) return;
    const dates = patientDates(patient);
    const calendar = dates.filter((d) => d.kind === "calendar").length;
    const day = dates.length - calendar;
    // Flag the minority kind; on a tie, the dates whose kind differs from the first date.
    const flagged = calendar === day ? (dates[0]!.kind === "calendar" ? "day" : "calendar") : calendar < day ? "calendar" : "day";
    const reference = dates.find((d) => d.kind !== flagged)!;
    for (const date of dates) if (date.kind === flagged) context.report(mixedDate(context, patient, date, reference));
  },
};

/** Its state: today as written in the message, or undefined when future dates are not flagged. */
export const futureDates: Rule<string | undefined> = {
  codes: ["VC204"],
  start: (context) => (context.options.futureDates ? formatDay(context.options.today) : undefined),
  date(date, owner, context, today) {
    const dates = context.model.tree.dates;
    if (today === undefined || dates.kind(date) !== DateKind.Calendar) return;
    // The date's own day: the model has none for a patient with mixed dates, which may still have future ones.
    const day = owner.day ?? calendarDayNumber(dates.year(date), dates.month(date), dates.day(date));
    if (day === undefined || day <= context.options.today) return;
    context.report(afterToday(context.model.nodes.date(date) as CalendarDate, today));
  },
};
