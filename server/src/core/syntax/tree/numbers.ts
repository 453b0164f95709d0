/**
 * Number literals: an age, a cement volume, the N of `day N`. A row holds where the
 * number is written and, in its float, its value; its text is the source's own.
 */
import { Rows } from "./rows";

const enum Col { Start, End, Width }

export class NumberTable extends Rows {
  constructor() {
    super(Col.Width, 1, [Col.Start, Col.End], []);
  }

  add(start: number, end: number, value: number): number {
    const row = this.addRow();
    this.ints[row * Col.Width + Col.Start] = start;
    this.ints[row * Col.Width + Col.End] = end;
    this.floats[row] = value;
    return row;
  }

  start(row: number): number {
    return this.ints[row * Col.Width + Col.Start]!;
  }

  end(row: number): number {
    return this.ints[row * Col.Width + Col.End]!;
  }

  value(row: number): number {
    return this.floats[row]!;
  }
}
