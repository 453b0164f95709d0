/** `cement 4.5 ml`: where it is written, and the row of its volume in the number table (-1 when left out). */
import { Rows, Table } from "./rows";

const enum Col { Start, End, Volume, Width }

export class CementTable extends Rows {
  constructor() {
    super(Col.Width, 0, [Col.Start, Col.End], [[Col.Volume, Table.Numbers]]);
  }

  add(start: number, end: number): number {
    const row = this.addRow();
    this.ints[row * Col.Width + Col.Start] = start;
    this.ints[row * Col.Width + Col.End] = end;
    this.ints[row * Col.Width + Col.Volume] = -1;
    return row;
  }

  setVolume(row: number, number: number): void {
    this.ints[row * Col.Width + Col.Volume] = number;
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

  /** The row of the volume in the number table, -1 when left out. */
  volume(row: number): number {
    return this.ints[row * Col.Width + Col.Volume]!;
  }
}
