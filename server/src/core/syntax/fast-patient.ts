/**
 * Patients for the fast parser (fast-parser.ts), written straight into the rows of
 * the syntax tree (tree/syntax-tree.ts): each list is one range of its table,
 * counted when the node that holds it closes, and each node ends where the last
 * token read into it ends (`prevEnd`), as parser.ts's `close()` does. One method
 * per rule of parser.ts, in the same order.
 */
import { BAIL, type Scanner, Tok, kwTok } from "./fast-scanner";
import { readItem } from "./fast-item";
import { genericItems } from "../language/grammar";
import { Field } from "./tree/fields";
import type { StringTable } from "./tree/strings";
import type { SyntaxTree } from "./tree/syntax-tree";

/** The keywords this reader meets (../language/grammar.ts). */
const KW_AGE = kwTok("age");
const KW_SEX = kwTok("sex");
const KW_ETIOLOGY = kwTok("etiology");
const KW_PROCEDURE = kwTok("procedure");
const KW_RECURRENCE = kwTok("recurrence");
const KW_NOTE = kwTok("note");
const KW_ON = kwTok("on");
const KW_AT = kwTok("at");
const KW_REPEATS = kwTok("repeats");
const KW_CEMENT = kwTok("cement");
const KW_ML = kwTok("ml");
const KW_DAY = kwTok("day");

/** The items of each block that the generic reader reads (fast-item.ts), by keyword. */
const genericByKind = (block: "patient" | "procedure") => new Map(genericItems(block).map((item) => [kwTok(item.keyword!), item]));
const PATIENT_ITEMS = genericByKind("patient");
const PROCEDURE_ITEMS = genericByKind("procedure");


export class FastPatientReader {
  constructor(private readonly s: Scanner) {}

  /** A patient, written into the tree's rows; on a BAIL, parseBlocks forgets its rows. */
  patient(tree: SyntaxTree): void {
    const s = this.s;
    tree.beginPatient();
    const rows = tree.patients;
    const patient = rows.add(s.start, s.end);
    s.next();
    const at = s.start;
    rows.setId(patient, this.wordId(tree), at);
    s.consume(Tok.LCurly);
    const fields = tree.fields.count;
    const procedures = tree.procedures.count;
    const recurrences = tree.recurrences.count;
    const notes = tree.patientNotes.count;
    for (;;) {
      const kind = s.kind;
      if (kind === KW_AGE || kind === KW_SEX || kind === KW_ETIOLOGY) this.patientField(tree);
      else if (kind === KW_PROCEDURE) this.procedure(tree);
      else if (kind === KW_RECURRENCE) this.recurrence(tree);
      else if (kind === KW_NOTE) {
        s.next();
        this.stringRow(tree.patientNotes);
      } else if (PATIENT_ITEMS.has(kind)) tree.items.push(readItem(s, PATIENT_ITEMS.get(kind)!));
      else break;
    }
    s.consume(Tok.RCurly);
    rows.setFields(patient, fields, tree.fields.count - fields);
    rows.setProcedures(patient, procedures, tree.procedures.count - procedures);
    rows.setRecurrences(patient, recurrences, tree.recurrences.count - recurrences);
    rows.setNotes(patient, notes, tree.patientNotes.count - notes);
    rows.setEnd(patient, s.prevEnd);
  }

  private patientField(tree: SyntaxTree): void {
    const s = this.s;
    const name = s.kind === KW_AGE ? Field.Age : s.kind === KW_SEX ? Field.Sex : Field.Etiology;
    const field = tree.fields.add(name, s.start, s.end);
    s.next();
    if (name === Field.Age) tree.fields.setNumber(field, this.numberRow(tree));
    else if (s.kind === Tok.Identifier) {
      tree.fields.setWord(field, s.wordNumber(tree.words), s.start);
      s.next();
    } else if (name === Field.Etiology && s.kind === Tok.StringLiteral) tree.fields.setString(field, this.stringRow(tree.fieldStrings));
    else throw BAIL;
    tree.fields.setEnd(field, s.prevEnd);
  }

  private procedure(tree: SyntaxTree): void {
    const s = this.s;
    const rows = tree.procedures;
    const procedure = rows.add(s.start, s.end);
    s.next();
    let at = s.start;
    rows.setId(procedure, this.wordId(tree), at);
    at = s.start;
    rows.setKind(procedure, this.wordId(tree), at);
    s.consume(KW_ON);
    rows.setDate(procedure, this.date(tree));
    s.consume(KW_AT);
    const levels = tree.levelItems.count;
    this.levels(tree);
    rows.setLevels(procedure, levels, tree.levelItems.count - levels);
    if (s.kind === KW_REPEATS) {
      s.next();
      at = s.start;
      rows.setRepeats(procedure, this.wordId(tree), at);
    }
    s.consume(Tok.LCurly);
    const outcomes = tree.outcomes.count;
    const cements = tree.cements.count;
    const notes = tree.procedureNotes.count;
    for (;;) {
      if (s.kind === Tok.Identifier) this.outcome(tree);
      else if (s.kind === KW_CEMENT) this.cement(tree);
      else if (s.kind === KW_NOTE) {
        s.next();
        this.stringRow(tree.procedureNotes);
      } else if (PROCEDURE_ITEMS.has(s.kind)) tree.items.push(readItem(s, PROCEDURE_ITEMS.get(s.kind)!));
      else break;
    }
    s.consume(Tok.RCurly);
    rows.setOutcomes(procedure, outcomes, tree.outcomes.count - outcomes);
    rows.setCements(procedure, cements, tree.cements.count - cements);
    rows.setNotes(procedure, notes, tree.procedureNotes.count - notes);
    rows.setEnd(procedure, s.prevEnd);
  }

  private outcome(tree: SyntaxTree): void {
    const s = this.s;
    const rows = tree.outcomes;
    const outcome = rows.add(s.wordNumber(tree.words), s.start, s.end);
    s.next();
    if (s.kind === Tok.NumberLiteral) rows.setBefore(outcome, s.start, s.end, s.value);
    else if (s.kind === Tok.Question) rows.setBefore(outcome, s.start, s.end, NaN);
    else throw BAIL;
    s.next();
    s.consume(Tok.Arrow);
    if (s.kind === Tok.NumberLiteral) rows.setAfter(outcome, s.start, s.end, s.value);
    else if (s.kind === Tok.Question) rows.setAfter(outcome, s.start, s.end, NaN);
    else throw BAIL;
    s.next();
    rows.setEnd(outcome, s.prevEnd);
  }

  private cement(tree: SyntaxTree): void {
    const s = this.s;
    const cement = tree.cements.add(s.start, s.end);
    s.next();
    tree.cements.setVolume(cement, this.numberRow(tree));
    s.consume(KW_ML);
    tree.cements.setEnd(cement, s.prevEnd);
  }

  private recurrence(tree: SyntaxTree): void {
    const s = this.s;
    const rows = tree.recurrences;
    const recurrence = rows.add(s.start, s.end, tree.levelItems.count);
    s.next();
    s.consume(KW_ON);
    rows.setDate(recurrence, this.date(tree));
    if (s.kind === KW_AT) {
      s.next();
      const levels = tree.levelItems.count;
      this.levels(tree);
      rows.setLevels(recurrence, levels, tree.levelItems.count - levels);
    }
    rows.setEnd(recurrence, s.prevEnd);
  }

  /** A date's row. */
  private date(tree: SyntaxTree): number {
    const s = this.s;
    if (s.kind === Tok.DateLiteral) {
      const at = s.start;
      const date = tree.dates.addCalendar(at, s.end, s.digitsAt(at, 4), s.digitsAt(at + 5, 2), s.digitsAt(at + 8, 2));
      s.next();
      return date;
    }
    if (s.kind !== KW_DAY) throw BAIL;
    const start = s.start;
    s.next();
    const number = this.numberRow(tree);
    return tree.dates.addDay(start, s.prevEnd, number);
  }

  private levels(tree: SyntaxTree): void {
    const s = this.s;
    for (;;) {
      this.levelItem(tree);
      if (s.kind !== Tok.Comma) break;
      s.next();
    }
  }

  private levelItem(tree: SyntaxTree): void {
    const s = this.s;
    this.expectLevel();
    const item = tree.levelItems.add(s.start, s.end, s.text.charCodeAt(s.start), this.levelNumber());
    s.next();
    if (s.kind === Tok.Minus) {
      s.next();
      this.expectLevel();
      tree.levelItems.addTo(item, s.start, s.end, s.text.charCodeAt(s.start), this.levelNumber());
      s.next();
    }
  }

  private expectLevel(): void {
    if (this.s.kind !== Tok.Level) throw BAIL;
  }

  /** The number of the level token at hand (`T12`: 12). */
  private levelNumber(): number {
    const s = this.s;
    const digits = s.end - s.start - 1;
    return digits <= 9 ? s.digitsAt(s.start + 1, digits) : Number(s.text.slice(s.start + 1, s.end));
  }

  /** An identifier's word number, the identifier read. */
  private wordId(tree: SyntaxTree): number {
    const s = this.s;
    if (s.kind !== Tok.Identifier) throw BAIL;
    const word = s.wordNumber(tree.words);
    s.next();
    return word;
  }

  /** A number, as a row of the tree's number table. */
  private numberRow(tree: SyntaxTree): number {
    const s = this.s;
    if (s.kind !== Tok.NumberLiteral) throw BAIL;
    const number = tree.numbers.add(s.start, s.end, s.value);
    s.next();
    return number;
  }

  /** A string literal, as a row of `table`. */
  private stringRow(table: StringTable): number {
    const s = this.s;
    if (s.kind !== Tok.StringLiteral) throw BAIL;
    const row = table.add(s.start, s.end, true);
    s.next();
    return row;
  }
}
