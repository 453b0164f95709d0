/** `cement 4.5 ml`: where it is written, and the row of its volume in the number table (-1 when left out). */
import { offset, places, put, rowIn, rowTable } from "./columns";
import { Table } from "./rows";

const columns = { start: offset, end: offset, volume: rowIn(Table.Numbers) };
const P = places(columns);

export class CementTable extends rowTable(columns) {
  add(start: number, end: number): number {
    return this.addSpan(start, end);
  }

  setVolume(row: number, number: number): void { put(this.ints, this.width, row, P.volume, number); }
  setEnd(row: number, end: number): void { put(this.ints, this.width, row, P.end, end); }
}
