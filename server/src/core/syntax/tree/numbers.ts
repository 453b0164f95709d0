/**
 * Number literals: an age, a cement volume, the N of `day N`. A row holds where the
 * number is written and, in its float, its value; its text is the source's own.
 */
import { float, offset, places, putFloat, rowTable } from "./columns";

const columns = { start: offset, end: offset, value: float };
const P = places(columns);

export class NumberTable extends rowTable(columns) {
  add(start: number, end: number, value: number): number {
    const row = this.addSpan(start, end);
    return putFloat(this.floats, this.floatWidth, row, P.value, value);
  }
}
