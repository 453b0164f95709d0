/**
 * The date codes on the dates of version 2's items (visits, complications,
 * `followup until`), as on procedures and recurrences (spec §9.3): VC201 not a
 * calendar day, VC203 a date of the other kind than the patient's procedures and
 * recurrences (or, without those, than its first such date), VC204 after today.
 */
import { calendarDayNumber, formatDay, isCalendarDay } from "../../model/dates";
import { newDates, patientDateKind, mayHaveV2Items } from "../../model/v2-input";
import type { CalendarDate } from "../../syntax/ast";
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { dateText, patientName } from "./common";
import { whyNotADay } from "./dates";

export const newItemDates: Rule<string | undefined> = {
  codes: ["VC201", "VC203", "VC204"],
  start: (context) => (context.options.futureDates ? formatDay(context.options.today) : undefined),
  patient(patient, context, today) {
    if (!mayHaveV2Items(context.model)) return;
    const dates = newDates(patient.node);
    if (dates.length === 0) return;
    const kind = patientDateKind(patient.node);
    for (const date of dates) {
      if (date.kind !== kind) {
        const what = date.kind === "day" ? "a day number" : "a calendar date";
        const others = kind === "day" ? "day numbers" : "calendar dates";
        context.report(diagnostic("VC203", date, `${dateText(date)} is ${what}, but ${patientName(context, patient)} is dated with ${others}; use one kind of date per patient`));
        continue;
      }
      if (date.kind !== "calendar") continue;
      if (!isCalendarDay(date.year, date.month, date.day)) {
        context.report(diagnostic("VC201", date, `${date.text} is not a calendar day: ${whyNotADay(date as CalendarDate)}`));
        continue;
      }
      const day = calendarDayNumber(date.year, date.month, date.day);
      if (today !== undefined && day !== undefined && day > context.options.today) {
        context.report(diagnostic("VC204", date, `${date.text} is after today (${today}); check the year`));
      }
    }
  },
};
