/**
 * String literals: an etiology written in quotes, and the generic items' (a note's). A row holds where the
 * string is written and whether it is closed (only a recovered one can be open);
 * its value is read from the source when asked for, since the figures and the
 * checks never read one.
 */
import { flag, offset, places, put, rowTable } from "./columns";

/** What `\x` stands for: `x`, as parser.ts reads escapes (a `.` matches no line separator). */
const ESCAPE = /\\(.)/g;

const columns = { start: offset, end: offset, closed: flag };
const P = places(columns);

export class StringTable extends rowTable(columns) {
  add(start: number, end: number, closed: boolean): number {
    const row = this.addSpan(start, end);
    return put(this.ints, this.width, row, P.closed, closed ? 1 : 0);
  }

  /** The text between the quotes, escapes resolved (an etiology repaired from words, ../../mistakes/repairs.ts, has none). */
  value(source: string, row: number): string {
    const quoted = source.charCodeAt(this.start(row)) === 34; /* " */
    const inner = source.slice(this.start(row) + (quoted ? 1 : 0), this.closed(row) ? this.end(row) - 1 : this.end(row));
    return inner.includes("\\") ? inner.replace(ESCAPE, "$1") : inner;
  }
}
