/**
 * Dates: a calendar date `YYYY-MM-DD` (its year, month and day as written, a real
 * day or not) or a relative `day N` (the row of its number in the number table, -1
 * when a syntax error left it out).
 */
import type { DateRef } from "../ast";
import { int, offset, places, put, rowIn, rowTable } from "./columns";
import type { NumberTable } from "./numbers";
import { Table } from "./rows";

export const enum DateKind { Calendar, Day }

const columns = {
  start: offset, end: offset, kind: int<DateKind>(), year: int(), month: int(), day: int(),
  /** The row of N in the number table for `day N`; -1 for a calendar date or a missing N. */
  number: rowIn(Table.Numbers),
};
const P = places(columns);

export class DateTable extends rowTable(columns) {
  addCalendar(start: number, end: number, year: number, month: number, day: number): number {
    const row = this.addSpan(start, end);
    put(this.ints, this.width, row, P.year, year, P.month, month);
    return put(this.ints, this.width, row, P.day, day, P.kind, DateKind.Calendar);
  }

  /** `day N`; `number` is -1 when N is missing. */
  addDay(start: number, end: number, number: number): number {
    const row = this.addSpan(start, end);
    return put(this.ints, this.width, row, P.kind, DateKind.Day, P.number, number);
  }

  /** A date read as a node (the Chevrotain parser's), N of `day N` into `numbers`. */
  addNode(date: DateRef, numbers: NumberTable): number {
    if (date.kind === "calendar") return this.addCalendar(date.start, date.end, date.year, date.month, date.day);
    return this.addDay(date.start, date.end, date.value === undefined ? -1 : numbers.add(date.value.start, date.value.end, date.value.value));
  }
}
