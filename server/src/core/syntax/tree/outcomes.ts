/**
 * Outcomes, `pain 9 -> 2`: the measure's word and where it is written (an outcome
 * starts at its measure), and each score: where it is written (start -1 when a
 * syntax error left it out) and, in the row's floats, its value, NaN for `?`.
 */
import { Rows } from "./rows";

const enum Col { Start, End, Measure, BeforeStart, BeforeEnd, AfterStart, AfterEnd, Width }
const enum Float { Before, After, Width }

export class OutcomeTable extends Rows {
  constructor() {
    super(Col.Width, Float.Width, [Col.Start, Col.End, Col.BeforeStart, Col.BeforeEnd, Col.AfterStart, Col.AfterEnd], []);
  }

  /** An outcome of the measure `word` written at `start`, its scores absent until set. */
  add(word: number, start: number, end: number): number {
    const row = this.addRow();
    const at = row * Col.Width;
    this.ints[at + Col.Start] = start;
    this.ints[at + Col.End] = end;
    this.ints[at + Col.Measure] = word;
    this.ints[at + Col.BeforeStart] = -1;
    this.ints[at + Col.BeforeEnd] = -1;
    this.ints[at + Col.AfterStart] = -1;
    this.ints[at + Col.AfterEnd] = -1;
    return row;
  }

  /** A score: `value` NaN for `?`. */
  setBefore(row: number, start: number, end: number, value: number): void {
    this.ints[row * Col.Width + Col.BeforeStart] = start;
    this.ints[row * Col.Width + Col.BeforeEnd] = end;
    this.floats[row * Float.Width + Float.Before] = value;
  }

  setAfter(row: number, start: number, end: number, value: number): void {
    this.ints[row * Col.Width + Col.AfterStart] = start;
    this.ints[row * Col.Width + Col.AfterEnd] = end;
    this.floats[row * Float.Width + Float.After] = value;
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

  /** The word of the measure named. */
  measure(row: number): number {
    return this.ints[row * Col.Width + Col.Measure]!;
  }

  hasBefore(row: number): boolean {
    return this.ints[row * Col.Width + Col.BeforeStart]! >= 0;
  }

  beforeStart(row: number): number {
    return this.ints[row * Col.Width + Col.BeforeStart]!;
  }

  beforeEnd(row: number): number {
    return this.ints[row * Col.Width + Col.BeforeEnd]!;
  }

  /** The score before: NaN for `?` or when absent (see `hasBefore`). */
  before(row: number): number {
    return this.hasBefore(row) ? this.floats[row * Float.Width + Float.Before]! : NaN;
  }

  hasAfter(row: number): boolean {
    return this.ints[row * Col.Width + Col.AfterStart]! >= 0;
  }

  afterStart(row: number): number {
    return this.ints[row * Col.Width + Col.AfterStart]!;
  }

  afterEnd(row: number): number {
    return this.ints[row * Col.Width + Col.AfterEnd]!;
  }

  after(row: number): number {
    return this.hasAfter(row) ? this.floats[row * Float.Width + Float.After]! : NaN;
  }
}
