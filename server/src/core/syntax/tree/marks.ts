/**
 * Where each patient's rows start, in every table: row `p` holds, for each table,
 * the number of rows it had when patient `p` began. A patient's rows are one range
 * of each table (rows.ts), so patients `a` to `b` are the rows from mark `a` up to
 * mark `b` (or each table's end): what the parser forgets when it declines a
 * patient part-way, and what a parse after an edit copies from the last tree.
 * Each count is held, as every integer column, as one more (rows.ts).
 */
import { TABLE_COUNT } from "./item-tables";
import { Rows, type Table } from "./rows";

const EVERY_TABLE: readonly (readonly [number, Table])[] = Array.from({ length: TABLE_COUNT }, (_, t) => [t, t as Table] as const);

export class MarkTable extends Rows {
  constructor() {
    super({ width: TABLE_COUNT, floatWidth: 0, offsets: [], references: EVERY_TABLE, counts: new Int32Array(0) });
  }

  /** A mark for the next patient: each table's count now. */
  add(tables: readonly Rows[]): void {
    const row = this.addRow();
    for (let t = 0; t < TABLE_COUNT; t++) this.ints[row * TABLE_COUNT + t] = tables[t]!.count + 1;
  }

  /** Where patient `patient`'s rows start in `table`. */
  at(patient: number, table: Table): number {
    return this.ints[patient * TABLE_COUNT + table]! - 1;
  }
}
