/**
 * What the checks, the figures and the hovers of version 2's items need to know of
 * a patient's dates: the kind of date it is dated with, which decides which of its
 * visit, complication and follow-up dates have a day (v2-input.ts `dayOf`).
 *
 * Worked out from the rows of the patient's dates (a few numbers read, nothing
 * made) rather than from their nodes, and with no memo: a look-up in a weak map
 * for every visit and complication cost the checks more than reading the rows
 * again (10,000 patients: 11% of the checks' time). A date's day (`itemDay`) is
 * read from its row too.
 */
import { calendarDayNumber } from "./dates";
import type { DateKindName } from "./v2-input";
import { DateKind, type DateTable } from "../syntax/tree/dates";
import type { ItemTable } from "../syntax/tree/item-tables";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import { COMPLICATION, FOLLOW_UP, followUpRows, patientComplicationRows, procedureComplicationRows, RECURRENCE, recurrenceRows, VISIT, visitRows } from "../syntax/tree/item-rows";

/**
 * The kind of date patient row `p`'s procedures and recurrences (those written in
 * full) are dated with: the kind most of them use, on a tie the kind of the first
 * written, which is the kind VC203 leaves alone (validation/rules/dates.ts flags the
 * other); without any, the kind of its first other date; undefined when it has none.
 * Read from the rows, so that the figures need not link a patient for it.
 */
export function patientKind(tree: SyntaxTree, p: number): DateKindName | undefined {
  const { patients, procedures, dates } = tree;
  let first = -1;
  // Calendar dates less day numbers among the procedures and recurrences.
  let calendarLead = 0;
  const firstProcedure = patients.firstProcedure(p);
  for (let row = firstProcedure; row < firstProcedure + patients.procedureCount(p); row++) {
    const date = procedures.date(row);
    if (!writtenInFull(dates, date)) continue;
    first = earlier(dates, first, date);
    calendarLead += dates.kind(date) === DateKind.Calendar ? 1 : -1;
  }
  const recurrences = recurrenceRows(tree);
  for (let row = recurrences.firstOf(p); row < recurrences.count && recurrences.owner(row) === p; row++) {
    const date = recurrences.int(row, RECURRENCE.date);
    if (!writtenInFull(dates, date)) continue;
    first = earlier(dates, first, date);
    calendarLead += dates.kind(date) === DateKind.Calendar ? 1 : -1;
  }
  if (calendarLead !== 0) return calendarLead > 0 ? "calendar" : "day";
  if (first < 0) first = firstItemDate(tree, p);
  if (first < 0) return undefined;
  return dates.kind(first) === DateKind.Calendar ? "calendar" : "day";
}

/**
 * Whether row `date` (-1: none) is a date written in full: a calendar date, real or
 * not, or `day` with its number. A `day` whose number a syntax error left out has
 * its VC001 and says nothing of the patient's kind of date.
 */
export function writtenInFull(dates: DateTable, date: number): boolean {
  return date >= 0 && (dates.kind(date) === DateKind.Calendar || dates.number(date) >= 0);
}

/** Of two date rows (-1: none), the one written first. */
function earlier(dates: DateTable, a: number, b: number): number {
  if (b < 0) return a;
  return a < 0 || dates.start(b) < dates.start(a) ? b : a;
}

/** The row of the first written date of patient row `p`'s version-2 items (visits, complications, `followup until`); -1 when none has one. */
function firstItemDate(tree: SyntaxTree, p: number): number {
  let first = -1;
  forEachItemDate(tree, p, (date) => {
    if (writtenInFull(tree.dates, date)) first = earlier(tree.dates, first, date);
  });
  return first;
}

/**
 * Calls `visit` with the row of the date of each of patient row `p`'s version-2 items:
 * its complications and `followup until` lines, then each procedure's visits and
 * complications; -1 for an item written without a date.
 */
export function forEachItemDate(tree: SyntaxTree, p: number, visit: (date: number) => void): void {
  const each = (table: ItemTable, owner: number, column: number): void => {
    const first = table.firstOf(owner);
    const end = first + table.countOf(owner, first);
    for (let row = first; row < end; row++) visit(table.int(row, column));
  };
  each(patientComplicationRows(tree), p, COMPLICATION.date);
  each(followUpRows(tree), p, FOLLOW_UP.until);
  const firstProcedure = tree.patients.firstProcedure(p);
  for (let procedure = firstProcedure; procedure < firstProcedure + tree.patients.procedureCount(p); procedure++) {
    each(visitRows(tree), procedure, VISIT.date);
    each(procedureComplicationRows(tree), procedure, COMPLICATION.date);
  }
}

/**
 * The day number of the date in row `date` (-1: none written) of a patient dated
 * with `kind`: model/v2-input.ts `dayOf`, read from the rows. Undefined when not a
 * real day, or of the other kind.
 */
export function itemDay(tree: SyntaxTree, date: number, kind: DateKindName | undefined): number | undefined {
  if (date < 0) return undefined;
  const dates = tree.dates;
  const calendar = dates.kind(date) === DateKind.Calendar;
  if (kind !== undefined && calendar !== (kind === "calendar")) return undefined;
  if (calendar) return calendarDayNumber(dates.year(date), dates.month(date), dates.day(date));
  const number = dates.number(date);
  return number < 0 ? undefined : tree.numbers.value(number);
}
