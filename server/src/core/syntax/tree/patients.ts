/**
 * Patients, `patient ID { … }`: where each is written, its id (word number and where
 * written, -1 when a syntax error left it out), and where its fields, procedures,
 * recurrences and notes start in their tables, with how many there are.
 */
import { Rows, Table } from "./rows";

const enum Col {
  Start, End, Id, IdStart, Fields, FieldCount, Procedures, ProcedureCount, Recurrences, RecurrenceCount, Notes, NoteCount,
  Width,
}

export class PatientTable extends Rows {
  constructor() {
    super(
      Col.Width,
      0,
      [Col.Start, Col.End, Col.IdStart],
      [[Col.Fields, Table.Fields], [Col.Procedures, Table.Procedures], [Col.Recurrences, Table.Recurrences], [Col.Notes, Table.PatientNotes]],
    );
  }

  /** A patient written at `start`, its id absent until set, its lists empty. */
  add(start: number, end: number): number {
    const row = this.addRow();
    const at = row * Col.Width;
    this.ints[at + Col.Start] = start;
    this.ints[at + Col.End] = end;
    this.ints[at + Col.Id] = -1;
    this.ints[at + Col.IdStart] = -1;
    return row;
  }

  setId(row: number, word: number, start: number): void {
    this.ints[row * Col.Width + Col.Id] = word;
    this.ints[row * Col.Width + Col.IdStart] = start;
  }

  setFields(row: number, first: number, count: number): void {
    this.ints[row * Col.Width + Col.Fields] = first;
    this.ints[row * Col.Width + Col.FieldCount] = count;
  }

  setProcedures(row: number, first: number, count: number): void {
    this.ints[row * Col.Width + Col.Procedures] = first;
    this.ints[row * Col.Width + Col.ProcedureCount] = count;
  }

  setRecurrences(row: number, first: number, count: number): void {
    this.ints[row * Col.Width + Col.Recurrences] = first;
    this.ints[row * Col.Width + Col.RecurrenceCount] = count;
  }

  setNotes(row: number, first: number, count: number): void {
    this.ints[row * Col.Width + Col.Notes] = first;
    this.ints[row * Col.Width + Col.NoteCount] = count;
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

  id(row: number): number {
    return this.ints[row * Col.Width + Col.Id]!;
  }

  idStart(row: number): number {
    return this.ints[row * Col.Width + Col.IdStart]!;
  }

  firstField(row: number): number {
    return this.ints[row * Col.Width + Col.Fields]!;
  }

  fieldCount(row: number): number {
    return this.ints[row * Col.Width + Col.FieldCount]!;
  }

  firstProcedure(row: number): number {
    return this.ints[row * Col.Width + Col.Procedures]!;
  }

  procedureCount(row: number): number {
    return this.ints[row * Col.Width + Col.ProcedureCount]!;
  }

  firstRecurrence(row: number): number {
    return this.ints[row * Col.Width + Col.Recurrences]!;
  }

  recurrenceCount(row: number): number {
    return this.ints[row * Col.Width + Col.RecurrenceCount]!;
  }

  firstNote(row: number): number {
    return this.ints[row * Col.Width + Col.Notes]!;
  }

  noteCount(row: number): number {
    return this.ints[row * Col.Width + Col.NoteCount]!;
  }
}
