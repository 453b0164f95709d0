/** `recurrence on DATE [at LEVELS]`: where it is written, its date's row (-1 when left out) and its level items. */
import { count, offset, places, put, rowIn, rowTable } from "./columns";
import { Table } from "./rows";

const columns = { start: offset, end: offset, date: rowIn(Table.Dates), firstLevel: rowIn(Table.LevelItems), levelCount: count };
const P = places(columns);

export class RecurrenceTable extends rowTable(columns) {
  /** A recurrence whose level items, none until set, start at row `levels` of the level-item table. */
  add(start: number, end: number, levels: number): number {
    const row = this.addSpan(start, end);
    return put(this.ints, this.width, row, P.firstLevel, levels);
  }

  setDate(row: number, date: number): void { put(this.ints, this.width, row, P.date, date); }
  setLevels(row: number, first: number, count: number): void { put(this.ints, this.width, row, P.firstLevel, first, P.levelCount, count); }
  setEnd(row: number, end: number): void { put(this.ints, this.width, row, P.end, end); }
}
