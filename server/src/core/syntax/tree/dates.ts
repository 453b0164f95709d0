/**
 * Dates: a calendar date `YYYY-MM-DD` (its year, month and day as written, a real
 * day or not) or a relative `day N` (the row of its number in the number table, -1
 * when a syntax error left it out).
 */
import { Rows, Table } from "./rows";

const enum Col { Start, End, Kind, Year, Month, Day, Number, Width }

export const enum DateKind { Calendar, Day }

export class DateTable extends Rows {
  constructor() {
    super(Col.Width, 0, [Col.Start, Col.End], [[Col.Number, Table.Numbers]]);
  }

  addCalendar(start: number, end: number, year: number, month: number, day: number): number {
    const row = this.addRow();
    const at = row * Col.Width;
    this.ints[at + Col.Start] = start;
    this.ints[at + Col.End] = end;
    this.ints[at + Col.Kind] = DateKind.Calendar;
    this.ints[at + Col.Year] = year;
    this.ints[at + Col.Month] = month;
    this.ints[at + Col.Day] = day;
    this.ints[at + Col.Number] = -1;
    return row;
  }

  /** `day N`; `number` is -1 when N is missing. */
  addDay(start: number, end: number, number: number): number {
    const row = this.addRow();
    const at = row * Col.Width;
    this.ints[at + Col.Start] = start;
    this.ints[at + Col.End] = end;
    this.ints[at + Col.Kind] = DateKind.Day;
    this.ints[at + Col.Number] = number;
    return row;
  }

  start(row: number): number {
    return this.ints[row * Col.Width + Col.Start]!;
  }

  end(row: number): number {
    return this.ints[row * Col.Width + Col.End]!;
  }

  kind(row: number): DateKind {
    return this.ints[row * Col.Width + Col.Kind]!;
  }

  year(row: number): number {
    return this.ints[row * Col.Width + Col.Year]!;
  }

  month(row: number): number {
    return this.ints[row * Col.Width + Col.Month]!;
  }

  day(row: number): number {
    return this.ints[row * Col.Width + Col.Day]!;
  }

  /** The row of N in the number table for `day N`; -1 for a calendar date or a missing N. */
  number(row: number): number {
    return this.ints[row * Col.Width + Col.Number]!;
  }
}
