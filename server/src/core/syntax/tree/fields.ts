/**
 * The single-valued patient fields `age N`, `sex X`, `etiology X`: which field, where
 * it is written, and its value: a number (row in the number table), a word (its
 * number and where it is written) or, for an etiology, a string (row in the
 * field-string table). At most one is there; the others are -1.
 */
import type { SingleFieldName } from "../ast";
import { Rows, Table } from "./rows";

const enum Col { Name, Start, End, Number, Word, WordStart, String, Width }

/** The fields by number, as the rows hold them. */
export const FIELD_NAMES: readonly SingleFieldName[] = ["age", "sex", "etiology"];

export const enum Field { Age, Sex, Etiology }

export class FieldTable extends Rows {
  constructor() {
    super(Col.Width, 0, [Col.Start, Col.End, Col.WordStart], [[Col.Number, Table.Numbers], [Col.String, Table.FieldStrings]]);
  }

  add(name: Field, start: number, end: number): number {
    const row = this.addRow();
    const at = row * Col.Width;
    this.ints[at + Col.Name] = name;
    this.ints[at + Col.Start] = start;
    this.ints[at + Col.End] = end;
    this.ints[at + Col.Number] = -1;
    this.ints[at + Col.Word] = -1;
    this.ints[at + Col.WordStart] = -1;
    this.ints[at + Col.String] = -1;
    return row;
  }

  setNumber(row: number, number: number): void {
    this.ints[row * Col.Width + Col.Number] = number;
  }

  setWord(row: number, word: number, start: number): void {
    this.ints[row * Col.Width + Col.Word] = word;
    this.ints[row * Col.Width + Col.WordStart] = start;
  }

  setString(row: number, string: number): void {
    this.ints[row * Col.Width + Col.String] = string;
  }

  setEnd(row: number, end: number): void {
    this.ints[row * Col.Width + Col.End] = end;
  }

  name(row: number): Field {
    return this.ints[row * Col.Width + Col.Name]!;
  }

  start(row: number): number {
    return this.ints[row * Col.Width + Col.Start]!;
  }

  end(row: number): number {
    return this.ints[row * Col.Width + Col.End]!;
  }

  /** The value's row in the number table (an age), -1 when the value is not a number. */
  number(row: number): number {
    return this.ints[row * Col.Width + Col.Number]!;
  }

  /** The value's word (a sex, an etiology), -1 when the value is not a word. */
  word(row: number): number {
    return this.ints[row * Col.Width + Col.Word]!;
  }

  wordStart(row: number): number {
    return this.ints[row * Col.Width + Col.WordStart]!;
  }

  /** The value's row in the field-string table (`etiology "…"`), -1 when the value is not a string. */
  string(row: number): number {
    return this.ints[row * Col.Width + Col.String]!;
  }

  hasValue(row: number): boolean {
    return this.number(row) >= 0 || this.word(row) >= 0 || this.string(row) >= 0;
  }
}
