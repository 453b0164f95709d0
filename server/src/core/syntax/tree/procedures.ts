/**
 * Procedures, `procedure ID KIND on DATE at LEVELS [repeats ID] { … }`: where each is
 * written, its words (id, kind, the id it repeats: word number and where written,
 * -1 when a syntax error left it out), its date's row, and where its level items
 * and outcomes start in their tables, with how many there are.
 */
import { count, offset, places, put, rowIn, rowTable, word } from "./columns";
import { Table } from "./rows";

const columns = {
  start: offset, end: offset,
  /** The id's word, -1 when left out. */
  id: word,
  idStart: offset, kind: word, kindStart: offset,
  /** The word after `repeats`, -1 when there is none. */
  repeats: word,
  repeatsStart: offset,
  /** The date's row, -1 when left out. */
  date: rowIn(Table.Dates),
  firstLevel: rowIn(Table.LevelItems), levelCount: count, firstOutcome: rowIn(Table.Outcomes), outcomeCount: count,
};
const P = places(columns);

export class ProcedureTable extends rowTable(columns) {
  /** A procedure written at `start`, its words and date absent until set, its lists empty. */
  add(start: number, end: number): number {
    return this.addSpan(start, end);
  }

  setId(row: number, word: number, start: number): void { put(this.ints, this.width, row, P.id, word, P.idStart, start); }
  setKind(row: number, word: number, start: number): void { put(this.ints, this.width, row, P.kind, word, P.kindStart, start); }
  setRepeats(row: number, word: number, start: number): void { put(this.ints, this.width, row, P.repeats, word, P.repeatsStart, start); }
  setDate(row: number, date: number): void { put(this.ints, this.width, row, P.date, date); }
  setEnd(row: number, end: number): void { put(this.ints, this.width, row, P.end, end); }
  setLevels(row: number, first: number, count: number): void { put(this.ints, this.width, row, P.firstLevel, first, P.levelCount, count); }
  setOutcomes(row: number, first: number, count: number): void { put(this.ints, this.width, row, P.firstOutcome, first, P.outcomeCount, count); }
}
