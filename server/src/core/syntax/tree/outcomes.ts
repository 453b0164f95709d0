/**
 * Outcomes, `pain 9 -> 2`: the measure's word and where it is written (an outcome
 * starts at its measure), and each score: where it is written (start -1 when a
 * syntax error left it out) and, in the row's floats, its value, NaN for `?`.
 */
import { float, offset, places, put, putFloat, rowTable, word } from "./columns";

const columns = {
  start: offset, end: offset,
  /** The word of the measure named. */
  measure: word,
  beforeStart: offset, beforeEnd: offset, afterStart: offset, afterEnd: offset,
  /** The score before: NaN for `?` or when absent (see `hasBefore`). */
  before: float,
  after: float,
};
const P = places(columns);

export class OutcomeTable extends rowTable(columns) {
  /** An outcome of the measure `word` written at `start`, its scores absent until set. */
  add(word: number, start: number, end: number): number {
    const row = this.addSpan(start, end);
    put(this.ints, this.width, row, P.measure, word);
    return putFloat(this.floats, this.floatWidth, row, P.before, NaN, P.after, NaN);
  }

  /** A score: `value` NaN for `?`. */
  setBefore(row: number, start: number, end: number, value: number): void {
    put(this.ints, this.width, row, P.beforeStart, start, P.beforeEnd, end);
    putFloat(this.floats, this.floatWidth, row, P.before, value);
  }

  setAfter(row: number, start: number, end: number, value: number): void {
    put(this.ints, this.width, row, P.afterStart, start, P.afterEnd, end);
    putFloat(this.floats, this.floatWidth, row, P.after, value);
  }

  setEnd(row: number, end: number): void { put(this.ints, this.width, row, P.end, end); }
  hasBefore(row: number): boolean { return this.beforeStart(row) >= 0; }
  hasAfter(row: number): boolean { return this.afterStart(row) >= 0; }
}
