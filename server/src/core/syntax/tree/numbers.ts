/**
 * Number literals: an age, a cement volume, the N of `day N`. A row holds where the
 * number is written and, in its float, its value; its text is the source's own.
 */
import { put, putFloat, float, offset, places, rowTable } from "./columns";

const columns = { start: offset, end: offset, value: float };
const P = places(columns);

export class NumberTable extends rowTable(columns) {
  add(start: number, end: number, value: number): number {
    const row = this.addRow();
    put(this.ints, this.width, row, P.start, start, P.end, end);
    return putFloat(this.floats, this.floatWidth, row, P.value, value);
  }
}
