/**
 * Dates: VC201 not a calendar day, VC202 out of order (a repeat on or before the
 * procedure it repeats; a recurrence before the patient's first procedure), VC203
 * calendar dates and `day N` mixed in one patient, VC204 a calendar date after today.
 * Order is judged on the model's day numbers, which are undefined for invalid or
 * mixed dates, so VC202 stays silent where VC201/VC203 already spoke.
 */
import { dayNumber, daysInMonth, formatDay, isValidCalendarDate } from "../../model/dates";
import type { PatientInfo } from "../../model/cohort-model";
import type { CalendarDate, DateRef } from "../../syntax/ast";
import { diagnostic, type Diagnostic } from "../diagnostic";
import { rule, type RuleContext } from "../rule";
import { dateText, lineOf, patientName, procedureName } from "./common";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A patient's dates in text order. */
function patientDates(patient: PatientInfo): DateRef[] {
  const dates = [...patient.procedures.map((p) => p.node.date), ...patient.recurrences.map((r) => r.node.date)];
  return dates.filter((d): d is DateRef => d !== undefined).sort((a, b) => a.span.start - b.span.start);
}

/** Every calendar date of the file, in no particular order (the findings are sorted later). */
function eachCalendarDate(context: RuleContext, visit: (date: CalendarDate) => void): void {
  for (const patient of context.model.patients) {
    for (const p of patient.procedures) if (p.node.date?.kind === "calendar") visit(p.node.date);
    for (const r of patient.recurrences) if (r.node.date?.kind === "calendar") visit(r.node.date);
  }
}

function whyNotADay(date: CalendarDate): string {
  if (date.month < 1 || date.month > 12) return `there is no month ${String(date.month).padStart(2, "0")}; months run 01 to 12`;
  if (date.day < 1) return "days of the month start at 01";
  return `${MONTHS[date.month - 1]} ${date.year} has ${daysInMonth(date.year, date.month)} days`;
}

export const calendarDays = rule(["VC201"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  eachCalendarDate(context, (date) => {
    if (!isValidCalendarDate(date)) out.push(diagnostic("VC201", date.span, `${date.text} is not a calendar day: ${whyNotADay(date)}`));
  });
  return out;
});

export const dateOrder = rule(["VC202"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    for (const p of patient.procedures) {
      const r = p.repeated;
      if (r === undefined || p.day === undefined || r.day === undefined || p.node.date === undefined) continue;
      if (p.day > r.day) continue;
      const when = p.day === r.day ? "on the same day as" : "before";
      out.push(
        diagnostic(
          "VC202",
          p.node.date.span,
          `${procedureName(context, p)} on ${dateText(p.node.date)} is ${when} ${procedureName(context, r)} ` +
            `(${dateText(r.node.date!)}, line ${lineOf(context, r.node.keyword)}), which it repeats; ` +
            `a repeat must come after the procedure it repeats`,
        ),
      );
    }
    const dated = patient.procedures.filter((p) => p.day !== undefined);
    if (dated.length === 0) continue;
    const first = dated.reduce((a, b) => (b.day! < a.day! ? b : a));
    for (const rec of patient.recurrences) {
      if (rec.day === undefined || rec.node.date === undefined || rec.day >= first.day!) continue;
      out.push(
        diagnostic(
          "VC202",
          rec.node.date.span,
          `The recurrence on ${dateText(rec.node.date)} is before the first procedure of ${patientName(context, patient)}, ` +
            `${procedureName(context, first)} on ${dateText(first.node.date!)}; a recurrence follows a procedure`,
        ),
      );
    }
  }
  return out;
});

export const mixedDates = rule(["VC203"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    if (!patient.mixedDates) continue;
    const dates = patientDates(patient);
    const calendar = dates.filter((d) => d.kind === "calendar").length;
    const day = dates.length - calendar;
    // Flag the minority kind; on a tie, the dates whose kind differs from the first date.
    const flagged = calendar === day ? (dates[0]!.kind === "calendar" ? "day" : "calendar") : calendar < day ? "calendar" : "day";
    const reference = dates.find((d) => d.kind !== flagged)!;
    for (const date of dates) {
      if (date.kind !== flagged) continue;
      const what = flagged === "day" ? "a day number" : "a calendar date";
      const others = flagged === "day" ? "calendar dates" : "day numbers";
      out.push(
        diagnostic(
          "VC203",
          date.span,
          `${dateText(date)} is ${what}, but ${patientName(context, patient)} is dated with ${others} ` +
            `(${dateText(reference)} on line ${lineOf(context, reference.span)}); use one kind of date per patient`,
        ),
      );
    }
  }
  return out;
});

export const futureDates = rule(["VC204"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  if (!context.options.futureDates) return out;
  const today = formatDay(context.options.today);
  eachCalendarDate(context, (date) => {
    // Read the date itself, not the model's day: a patient with mixed dates still has future ones.
    const day = dayNumber(date);
    if (day !== undefined && day > context.options.today) {
      out.push(diagnostic("VC204", date.span, `${date.text} is after today (${today}); check the year`));
    }
  });
  return out;
});
