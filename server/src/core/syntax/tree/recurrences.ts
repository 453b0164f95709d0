/** `recurrence on DATE [at LEVELS]`: where it is written, its date's row (-1 when left out) and its level items. */
import { Rows, Table } from "./rows";

const enum Col { Start, End, Date, Levels, LevelCount, Width }

export class RecurrenceTable extends Rows {
  constructor() {
    super(Col.Width, 0, [Col.Start, Col.End], [[Col.Date, Table.Dates], [Col.Levels, Table.LevelItems]]);
  }

  /** A recurrence whose level items start at row `levels` of the level-item table. */
  add(start: number, end: number, levels: number): number {
    const row = this.addRow();
    const at = row * Col.Width;
    this.ints[at + Col.Start] = start;
    this.ints[at + Col.End] = end;
    this.ints[at + Col.Date] = -1;
    this.ints[at + Col.Levels] = levels;
    return row;
  }

  setDate(row: number, date: number): void {
    this.ints[row * Col.Width + Col.Date] = date;
  }

  setLevels(row: number, first: number, count: number): void {
    this.ints[row * Col.Width + Col.Levels] = first;
    this.ints[row * Col.Width + Col.LevelCount] = count;
  }

  setEnd(row: number, end: number): void {
    this.ints[row * Col.Width + Col.End] = end;
  }

  start(row: number): number {
    return this.ints[row * Col.Width + Col.Start]!;
  }

  end(row: number): number {
    return this.ints[row * Col.Width + Col.End]!;
  }

  date(row: number): number {
    return this.ints[row * Col.Width + Col.Date]!;
  }

  firstLevel(row: number): number {
    return this.ints[row * Col.Width + Col.Levels]!;
  }

  levelCount(row: number): number {
    return this.ints[row * Col.Width + Col.LevelCount]!;
  }
}
