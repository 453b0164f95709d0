/**
 * The single-valued patient fields `age N`, `sex X`, `etiology X`: which field, where
 * it is written, and its value: a number (row in the number table), a word (its
 * number and where it is written) or, for an etiology, a string (row in the
 * field-string table). At most one is there; the others are -1.
 */
import type { SingleFieldName } from "../ast";
import { int, offset, places, put, rowIn, rowTable, word } from "./columns";
import { Table } from "./rows";

/** The fields by number, as the rows hold them. */
export const FIELD_NAMES: readonly SingleFieldName[] = ["age", "sex", "etiology"];

export const enum Field { Age, Sex, Etiology }

const columns = {
  start: offset, end: offset, name: int<Field>(),
  /** The value's row in the number table (an age), -1 when the value is not a number. */
  number: rowIn(Table.Numbers),
  /** The value's word (a sex, an etiology), -1 when the value is not a word. */
  word: word,
  wordStart: offset,
  /** The value's row in the field-string table (`etiology "…"`), -1 when the value is not a string. */
  string: rowIn(Table.FieldStrings),
};
const P = places(columns);

export class FieldTable extends rowTable(columns) {
  add(name: Field, start: number, end: number): number {
    const row = this.addSpan(start, end);
    return put(this.ints, this.width, row, P.name, name);
  }

  setNumber(row: number, number: number): void { put(this.ints, this.width, row, P.number, number); }
  setWord(row: number, word: number, start: number): void { put(this.ints, this.width, row, P.word, word, P.wordStart, start); }
  setString(row: number, string: number): void { put(this.ints, this.width, row, P.string, string); }
  setEnd(row: number, end: number): void { put(this.ints, this.width, row, P.end, end); }

  hasValue(row: number): boolean {
    return this.number(row) >= 0 || this.word(row) >= 0 || this.string(row) >= 0;
  }
}
