/**
 * The date codes on the dates of version 2's items (visits, complications,
 * `followup until`), as on procedures and recurrences (spec §9.3): VC201 not a
 * calendar day, VC203 a date of the other kind than the patient's procedures and
 * recurrences (or, without those, than its first such date), VC204 after today.
 *
 * Each date is judged on its own and says at most one thing, so they are read as
 * the items come, not gathered and sorted into text order first: validate sorts
 * the findings (15% of the checks' time went on that list). VC201 and VC204 are
 * worded as on the other dates (dates.ts).
 */
import { calendarDayNumber, formatDay, isCalendarDay } from "../../model/dates";
import type { PatientInfo } from "../../model/cohort-model";
import { mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { CalendarDate, DateRef } from "../../syntax/ast";
import { DateKind } from "../../syntax/tree/dates";
import type { Rule, RuleContext } from "../rule";
import { afterToday, mixedDate, notACalendarDay } from "./dates";
import { COMPLICATION, FOLLOW_UP, followUpRows, patientComplicationRows, procedureComplicationRows, VISIT, visitRows } from "../../syntax/tree/item-rows";
import { itemCursor, rowsOf, type ItemCursor } from "../../model/item-cursor";
import { forEachItemDate, writtenInFull } from "../../model/item-dates";

/** Its state: today as written in the message (undefined when future dates are not flagged), whether any item is written, and a cursor on each table of items with a date. */
interface Today {
  readonly today: string | undefined;
  readonly items: boolean;
  readonly patientComplications: ItemCursor;
  readonly followUps: ItemCursor;
  readonly visits: ItemCursor;
  readonly procedureComplications: ItemCursor;
}

/**
 * The first written of the patient's procedure and recurrence dates of kind `kind`,
 * else of its other dates: the date its VC203 cites, as the procedures' VC203 does
 * (dates.ts). Looked for only when there is a finding to word.
 */
function referenceDate(context: RuleContext, patient: PatientInfo, kind: DateKindName | undefined): DateRef | undefined {
  let first: DateRef | undefined;
  const take = (date: DateRef | undefined): void => {
    if (date !== undefined && date.kind === kind && (first === undefined || date.span.start < first.span.start)) first = date;
  };
  for (const procedure of patient.procedures) take(procedure.node.date);
  for (const recurrence of patient.recurrences) take(recurrence.node.date);
  if (first === undefined) forEachItemDate(context.model.tree, patient.row, (row) => take(row < 0 ? undefined : context.model.nodes.date(row)));
  return first;
}

/** The date in row `date` (-1: none written; a `day` without its number has its VC001 only) of a patient dated with `kind`, read from the rows; its node made only to word a finding. */
function checkDate(context: RuleContext, patient: PatientInfo, kind: DateKindName | undefined, today: string | undefined, date: number): void {
  const { dates } = context.model.tree;
  if (!writtenInFull(dates, date)) return;
  const calendar = dates.kind(date) === DateKind.Calendar;
  if ((calendar ? "calendar" : "day") !== kind) {
    context.report(mixedDate(context, patient, context.model.nodes.date(date)!, referenceDate(context, patient, kind)));
    return;
  }
  if (!calendar) return;
  const year = dates.year(date);
  const month = dates.month(date);
  const day = dates.day(date);
  if (!isCalendarDay(year, month, day)) {
    context.report(notACalendarDay(context.model.nodes.date(date) as CalendarDate));
    return;
  }
  const number = calendarDayNumber(year, month, day);
  if (today !== undefined && number !== undefined && number > context.options.today) {
    context.report(afterToday(context.model.nodes.date(date) as CalendarDate, today));
  }
}

/** The dates at `column` of the rows of owner row `owner` that `cursor` reads. */
function checkDates(context: RuleContext, patient: PatientInfo, kind: DateKindName | undefined, today: string | undefined, cursor: ItemCursor, owner: number, column: number): void {
  rowsOf(cursor, owner);
  const table = cursor.table;
  for (let row = cursor.first; row < cursor.end; row++) checkDate(context, patient, kind, today, table.int(row, column));
}

export const newItemDates: Rule<Today> = {
  codes: ["VC201", "VC203", "VC204"],
  start(context) {
    const tree = context.model.tree;
    return {
      today: context.options.futureDates ? formatDay(context.options.today) : undefined,
      items: mayHaveV2Items(context.model),
      patientComplications: itemCursor(patientComplicationRows(tree)),
      followUps: itemCursor(followUpRows(tree)),
      visits: itemCursor(visitRows(tree)),
      procedureComplications: itemCursor(procedureComplicationRows(tree)),
    };
  },
  // Every dated item of the patient (as model/item-dates.ts `forEachItemDate` gives them, here read with cursors).
  patient(patient, context, state) {
    if (!state.items) return;
    const { today } = state;
    const kind = patient.dateKind;
    checkDates(context, patient, kind, today, state.patientComplications, patient.row, COMPLICATION.date);
    checkDates(context, patient, kind, today, state.followUps, patient.row, FOLLOW_UP.until);
    for (let i = 0; i < patient.procedures.length; i++) {
      const procedure = patient.procedures[i]!.row;
      checkDates(context, patient, kind, today, state.visits, procedure, VISIT.date);
      checkDates(context, patient, kind, today, state.procedureComplications, procedure, COMPLICATION.date);
    }
  },
};
