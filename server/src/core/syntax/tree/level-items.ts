/**
 * The items of an `at …` list: one level (`T12`) or a range (`T11-L1`). A row holds
 * where each level is written, its region's letter (as a character code) and its
 * number; a range's second level is absent (start -1) for a single level. A number
 * too large for 32 bits is kept as the largest that fits: no such vertebra exists
 * either way, and the node made from the row reads the number from the text.
 */
import { Rows } from "./rows";

const enum Col { FromStart, FromEnd, FromRegion, FromNumber, ToStart, ToEnd, ToRegion, ToNumber, Width }

const LARGEST = 0x7fffffff;

export class LevelItemTable extends Rows {
  constructor() {
    super(Col.Width, 0, [Col.FromStart, Col.FromEnd, Col.ToStart, Col.ToEnd], []);
  }

  /** A single level; `addTo` makes it a range. */
  add(start: number, end: number, region: number, number: number): number {
    const row = this.addRow();
    const at = row * Col.Width;
    this.ints[at + Col.FromStart] = start;
    this.ints[at + Col.FromEnd] = end;
    this.ints[at + Col.FromRegion] = region;
    this.ints[at + Col.FromNumber] = Math.min(number, LARGEST);
    this.ints[at + Col.ToStart] = -1;
    this.ints[at + Col.ToEnd] = -1;
    return row;
  }

  addTo(row: number, start: number, end: number, region: number, number: number): void {
    const at = row * Col.Width;
    this.ints[at + Col.ToStart] = start;
    this.ints[at + Col.ToEnd] = end;
    this.ints[at + Col.ToRegion] = region;
    this.ints[at + Col.ToNumber] = Math.min(number, LARGEST);
  }

  /** Where the item starts: at its first level. */
  start(row: number): number {
    return this.ints[row * Col.Width + Col.FromStart]!;
  }

  /** Where the item ends: at its last level. */
  end(row: number): number {
    const at = row * Col.Width;
    return this.ints[at + Col.ToStart]! >= 0 ? this.ints[at + Col.ToEnd]! : this.ints[at + Col.FromEnd]!;
  }

  fromEnd(row: number): number {
    return this.ints[row * Col.Width + Col.FromEnd]!;
  }

  /** The region letter's character code (C, T, L or S). */
  fromRegion(row: number): number {
    return this.ints[row * Col.Width + Col.FromRegion]!;
  }

  fromNumber(row: number): number {
    return this.ints[row * Col.Width + Col.FromNumber]!;
  }

  isRange(row: number): boolean {
    return this.ints[row * Col.Width + Col.ToStart]! >= 0;
  }

  /** The second level of a range (only when `isRange`). */
  toStart(row: number): number {
    return this.ints[row * Col.Width + Col.ToStart]!;
  }

  toEnd(row: number): number {
    return this.ints[row * Col.Width + Col.ToEnd]!;
  }

  toRegion(row: number): number {
    return this.ints[row * Col.Width + Col.ToRegion]!;
  }

  toNumber(row: number): number {
    return this.ints[row * Col.Width + Col.ToNumber]!;
  }
}
