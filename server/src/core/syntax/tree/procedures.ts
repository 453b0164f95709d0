/**
 * Procedures, `procedure ID KIND on DATE at LEVELS [repeats ID] { … }`: where each is
 * written, its words (id, kind, the id it repeats: word number and where written,
 * -1 when a syntax error left it out), its date's row, and where its level items,
 * outcomes, cements and notes start in their tables, with how many there are.
 */
import { Rows, Table } from "./rows";

const enum Col {
  Start, End, Id, IdStart, Kind, KindStart, Repeats, RepeatsStart, Date,
  Levels, LevelCount, Outcomes, OutcomeCount, Cements, CementCount, Notes, NoteCount,
  Width,
}

export class ProcedureTable extends Rows {
  constructor() {
    super(
      Col.Width,
      0,
      [Col.Start, Col.End, Col.IdStart, Col.KindStart, Col.RepeatsStart],
      [[Col.Date, Table.Dates], [Col.Levels, Table.LevelItems], [Col.Outcomes, Table.Outcomes], [Col.Cements, Table.Cements], [Col.Notes, Table.ProcedureNotes]],
    );
  }

  /** A procedure written at `start`, its words and date absent until set, its lists empty. */
  add(start: number, end: number): number {
    const row = this.addRow();
    const at = row * Col.Width;
    const ints = this.ints;
    ints[at + Col.Start] = start;
    ints[at + Col.End] = end;
    ints.fill(-1, at + Col.Id, at + Col.Date + 1);
    return row;
  }

  setId(row: number, word: number, start: number): void {
    this.ints[row * Col.Width + Col.Id] = word;
    this.ints[row * Col.Width + Col.IdStart] = start;
  }

  setKind(row: number, word: number, start: number): void {
    this.ints[row * Col.Width + Col.Kind] = word;
    this.ints[row * Col.Width + Col.KindStart] = start;
  }

  setRepeats(row: number, word: number, start: number): void {
    this.ints[row * Col.Width + Col.Repeats] = word;
    this.ints[row * Col.Width + Col.RepeatsStart] = start;
  }

  setDate(row: number, date: number): void {
    this.ints[row * Col.Width + Col.Date] = date;
  }

  setLevels(row: number, first: number, count: number): void {
    this.ints[row * Col.Width + Col.Levels] = first;
    this.ints[row * Col.Width + Col.LevelCount] = count;
  }

  setOutcomes(row: number, first: number, count: number): void {
    this.ints[row * Col.Width + Col.Outcomes] = first;
    this.ints[row * Col.Width + Col.OutcomeCount] = count;
  }

  setCements(row: number, first: number, count: number): void {
    this.ints[row * Col.Width + Col.Cements] = first;
    this.ints[row * Col.Width + Col.CementCount] = count;
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

  /** The id's word, -1 when left out. */
  id(row: number): number {
    return this.ints[row * Col.Width + Col.Id]!;
  }

  idStart(row: number): number {
    return this.ints[row * Col.Width + Col.IdStart]!;
  }

  kind(row: number): number {
    return this.ints[row * Col.Width + Col.Kind]!;
  }

  kindStart(row: number): number {
    return this.ints[row * Col.Width + Col.KindStart]!;
  }

  /** The word after `repeats`, -1 when there is none. */
  repeats(row: number): number {
    return this.ints[row * Col.Width + Col.Repeats]!;
  }

  repeatsStart(row: number): number {
    return this.ints[row * Col.Width + Col.RepeatsStart]!;
  }

  /** The date's row, -1 when left out. */
  date(row: number): number {
    return this.ints[row * Col.Width + Col.Date]!;
  }

  firstLevel(row: number): number {
    return this.ints[row * Col.Width + Col.Levels]!;
  }

  levelCount(row: number): number {
    return this.ints[row * Col.Width + Col.LevelCount]!;
  }

  firstOutcome(row: number): number {
    return this.ints[row * Col.Width + Col.Outcomes]!;
  }

  outcomeCount(row: number): number {
    return this.ints[row * Col.Width + Col.OutcomeCount]!;
  }

  firstCement(row: number): number {
    return this.ints[row * Col.Width + Col.Cements]!;
  }

  cementCount(row: number): number {
    return this.ints[row * Col.Width + Col.CementCount]!;
  }

  firstNote(row: number): number {
    return this.ints[row * Col.Width + Col.Notes]!;
  }

  noteCount(row: number): number {
    return this.ints[row * Col.Width + Col.NoteCount]!;
  }
}
