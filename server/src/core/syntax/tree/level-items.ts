/**
 * The items of an `at …` list: one level (`T12`) or a range (`T11-L1`). A row holds
 * where each level is written, its region's letter (as a character code) and its
 * number; a range's second level is absent (start -1) for a single level. A number
 * too large for 32 bits is kept as the largest that fits: no such vertebra exists
 * either way, and the node made from the row reads the number from the text.
 */
import type { LevelItem } from "../ast";
import { int, offset, places, put, rowTable } from "./columns";

const LARGEST = 0x7fffffff;

const columns = {
  /** Where the item starts: at its first level. */
  start: offset,
  fromEnd: offset,
  /** The region letter's character code (C, T, L or S). */
  fromRegion: int(),
  fromNumber: int(),
  /** The second level of a range (only when `isRange`). */
  toStart: offset,
  toEnd: offset, toRegion: int(), toNumber: int(),
};
const P = places(columns);

export class LevelItemTable extends rowTable(columns) {
  /** A single level; `addTo` makes it a range. */
  add(start: number, end: number, region: number, number: number): number {
    const row = this.addSpan(start, end);
    return put(this.ints, this.width, row, P.fromRegion, region, P.fromNumber, Math.min(number, LARGEST));
  }

  addTo(row: number, start: number, end: number, region: number, number: number): void {
    put(this.ints, this.width, row, P.toStart, start, P.toEnd, end);
    put(this.ints, this.width, row, P.toRegion, region, P.toNumber, Math.min(number, LARGEST));
  }

  /** Where the item ends: at its last level. */
  end(row: number): number { return this.isRange(row) ? this.toEnd(row) : this.fromEnd(row); }
  isRange(row: number): boolean { return this.toStart(row) >= 0; }

  /** A level item read as a node (the Chevrotain parser's, or a repair's). */
  addNode(item: LevelItem): void {
    const row = this.add(item.from.start, item.from.end, item.from.region.charCodeAt(0), item.from.number);
    if (item.to !== undefined) this.addTo(row, item.to.start, item.to.end, item.to.region.charCodeAt(0), item.to.number);
  }
}
