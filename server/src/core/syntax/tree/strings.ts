/**
 * String literals: notes, and an etiology written in quotes. A row holds where the
 * string is written and whether it is closed (only a recovered one can be open);
 * its value is read from the source when asked for, since the figures and the
 * checks never read one.
 */
import { Rows } from "./rows";

const enum Col { Start, End, Closed, Width }

/** What `\x` stands for: `x`, as parser.ts reads escapes (a `.` matches no line separator). */
const ESCAPE = /\\(.)/g;

export class StringTable extends Rows {
  constructor() {
    super(Col.Width, 0, [Col.Start, Col.End], []);
  }

  add(start: number, end: number, closed: boolean): number {
    const row = this.addRow();
    this.ints[row * Col.Width + Col.Start] = start;
    this.ints[row * Col.Width + Col.End] = end;
    this.ints[row * Col.Width + Col.Closed] = closed ? 1 : 0;
    return row;
  }

  start(row: number): number {
    return this.ints[row * Col.Width + Col.Start]!;
  }

  end(row: number): number {
    return this.ints[row * Col.Width + Col.End]!;
  }

  /** The text between the quotes, escapes resolved. */
  value(source: string, row: number): string {
    const closed = this.ints[row * Col.Width + Col.Closed] === 1;
    const inner = source.slice(this.start(row) + 1, closed ? this.end(row) - 1 : this.end(row));
    return inner.includes("\\") ? inner.replace(ESCAPE, "$1") : inner;
  }
}
