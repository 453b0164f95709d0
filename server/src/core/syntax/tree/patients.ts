/**
 * Patients, `patient ID { … }`: where each is written, its id (word number and where
 * written, -1 when a syntax error left it out), and where its procedures start in
 * their table, with how many there are.
 */
import { count, offset, places, put, rowIn, rowTable, word } from "./columns";
import { Table } from "./rows";

const columns = {
  start: offset, end: offset, id: word, idStart: offset,
  firstProcedure: rowIn(Table.Procedures), procedureCount: count,
};
const P = places(columns);

export class PatientTable extends rowTable(columns) {
  /** A patient written at `start`, its id absent until set, its lists empty. */
  add(start: number, end: number): number {
    return this.addSpan(start, end);
  }

  setId(row: number, word: number, start: number): void { put(this.ints, this.width, row, P.id, word, P.idStart, start); }
  setEnd(row: number, end: number): void { put(this.ints, this.width, row, P.end, end); }
  setProcedures(row: number, first: number, count: number): void { put(this.ints, this.width, row, P.firstProcedure, first, P.procedureCount, count); }
}
