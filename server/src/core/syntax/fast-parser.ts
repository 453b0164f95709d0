/**
 * The fast path of parse(): a hand-written recursive-descent parser for text that is
 * syntactically valid, building exactly the tree the Chevrotain parser builds.
 *
 * Why two parsers. The Chevrotain parser (parser.ts) recovers from syntax errors and
 * explains each in words a clinician reads (VC001); that costs about a microsecond a
 * token, most of a second on a cohort of 10,000 patients. Most texts it is given
 * have no syntax error at all. This parser reads those, an order of magnitude faster
 * and into a smaller tree, and gives up (declines the block) at the first thing it
 * does not accept, whereupon parse() hands the text to the Chevrotain parser, which
 * says what is wrong. So this parser never explains or recovers; it only has to agree.
 * test/syntax/fast-parser.test.ts keeps the two in step: on any text, either both
 * accept it with deep-equal trees, or this one declines and the other reports VC001.
 *
 * One method per rule of parser.ts, in the same order. The scanner (fast-scanner.ts)
 * holds the current token; a node ends where the last token read into it ends
 * (`prevEnd`), as parser.ts's `close()` does. Study headers are built as nodes;
 * patients are written as rows of the syntax tree (tree/syntax-tree.ts), each list
 * one range of its table, counted when the node that holds it closes.
 */
import type { IToken } from "chevrotain";
import type * as A from "./ast";
import { BAIL, Scanner, Tok } from "./fast-scanner";
import { ItemList } from "./item-list";
import * as N from "./nodes";
import { Field } from "./tree/fields";
import type { StringTable } from "./tree/strings";
import { SyntaxTree } from "./tree/syntax-tree";
import { TreeNodes } from "./tree/to-nodes";

export interface FastParseResult {
  readonly file: A.VcaseFile;
  readonly comments: IToken[];
}

/**
 * The blocks the fast parser read from an offset on, up to the first block it
 * declined (the patients as rows of the tree it was given, the studies as nodes);
 * with that block's place when there is one, so that parse() can hand just the
 * damaged part to the Chevrotain parser and read on.
 */
export interface FastBlocks {
  readonly studies: A.Study[];
  /** The comments before the declined block (all of them when none was declined). */
  readonly comments: IToken[];
  /** Where reading stopped when no block was declined: the end of the text, or the first token at or after `to`. */
  readonly stoppedAt: number;
  readonly declined?: {
    /** Where the declined block (or the stray text between blocks) starts. */
    readonly blockStart: number;
    /** Where the last token the parser accepted ends: the problem is at or after it. */
    readonly acceptedTo: number;
  };
}

/**
 * One parser for the whole process, as for Chevrotain: its optimised code stays
 * valid only while objects of its shapes live, and a new one per text would let a
 * collection between two texts throw that code away.
 */
let shared: FastParser | undefined;

/** The tree of a syntactically valid text, as nodes; undefined for any other text. */
export function fastParse(text: string): FastParseResult | undefined {
  const tree = new SyntaxTree();
  const read = fastParseBlocks(text, 0, text.length, tree);
  if (read.declined !== undefined) return undefined;
  const file = new N.FileNode(0, text.length);
  file.studies = read.studies;
  file.patients = new TreeNodes(tree, text).patients();
  return { file, comments: read.comments };
}

/**
 * The blocks of `text` from offset `from` (where a block or the text's end begins) to
 * the first block declined, or to the first block that starts at or after `to`; the
 * patients appended to `tree`, with no row left of a patient declined part-way.
 */
export function fastParseBlocks(text: string, from: number, to: number, tree: SyntaxTree): FastBlocks {
  return (shared ??= new FastParser()).parseBlocks(text, from, to, tree);
}

class FastParser {
  private readonly s = new Scanner();
  private readonly studies = new ItemList<A.Study>();
  private readonly references = new ItemList<A.StringLiteral>();
  private readonly designs = new ItemList<A.StringLiteral>();
  private readonly measures = new ItemList<A.Measure>();

  private readonly lists = [this.studies, this.references, this.designs, this.measures];

  parseBlocks(text: string, from: number, to: number, tree: SyntaxTree): FastBlocks {
    const s = this.s;
    // Where the block being read starts: if the scanner gives up before the first
    // token, that is `from` itself.
    let blockStart = from;
    let patients = tree.patientCount;
    try {
      s.begin(text, from, to);
      // The rule `file` of parser.ts, one block at a time.
      for (;;) {
        blockStart = s.start;
        patients = tree.patientCount;
        if (s.kind === Tok.Eof || s.start >= to) break;
        if (s.kind === Tok.Study) this.studies.add(this.study());
        else if (s.kind === Tok.Patient) this.patient(tree);
        else throw BAIL;
      }
      return { studies: this.studies.takeFresh(), comments: s.comments, stoppedAt: s.start };
    } catch (e) {
      if (e !== BAIL) throw e;
      tree.rollback(patients);
      return {
        studies: this.studies.takeFresh(),
        comments: s.comments.filter((c) => c.startOffset < blockStart),
        stoppedAt: blockStart,
        declined: { blockStart, acceptedTo: Math.max(s.prevEnd, blockStart) },
      };
    } finally {
      s.finish();
      for (const list of this.lists) list.clear();
    }
  }

  // ---- rules (parser.ts) ------------------------------------------------------

  private study(): A.Study {
    const s = this.s;
    const study = new N.StudyNode(s.start, s.end);
    s.next();
    study.title = this.stringLiteral();
    this.consume(Tok.LCurly);
    for (;;) {
      if (s.kind === Tok.Reference) {
        s.next();
        this.references.add(this.stringLiteral());
      } else if (s.kind === Tok.Design) {
        s.next();
        this.designs.add(this.stringLiteral());
      } else if (s.kind === Tok.Measure) this.measures.add(this.measure());
      else break;
    }
    this.consume(Tok.RCurly);
    study.references = this.references.takeFresh();
    study.designs = this.designs.takeFresh();
    study.measures = this.measures.takeFresh();
    study.end = s.prevEnd;
    return study;
  }

  private measure(): A.Measure {
    const s = this.s;
    const measure = new N.MeasureNode(s.start, s.end);
    s.next();
    measure.name = this.word();
    if (s.kind === Tok.StringLiteral) measure.label = this.stringLiteral();
    this.consume(Tok.Range);
    const min = this.numberLiteral();
    this.consume(Tok.DotDot);
    const max = this.numberLiteral();
    measure.rangeMin = min;
    measure.rangeMax = max;
    measure.rangeSpan = { start: min.start, end: max.end };
    if (s.kind === Tok.Better) {
      s.next();
      measure.better = this.direction();
    }
    if (s.kind === Tok.Responder) {
      s.next();
      measure.responder = this.numberLiteral();
    }
    measure.end = s.prevEnd;
    return measure;
  }

  /** `lower` or `higher`, after `better`. */
  private direction(): { direction: A.Direction; span: A.Span } {
    const s = this.s;
    if (s.kind !== Tok.Lower && s.kind !== Tok.Higher) throw BAIL;
    const better = { direction: s.kind === Tok.Lower ? "lower" : "higher", span: { start: s.start, end: s.end } } as const;
    s.next();
    return better;
  }

  /** A patient, written into the tree's rows; on a BAIL, parseBlocks forgets its rows. */
  private patient(tree: SyntaxTree): void {
    const s = this.s;
    tree.beginPatient();
    const rows = tree.patients;
    const patient = rows.add(s.start, s.end);
    s.next();
    const at = s.start;
    rows.setId(patient, this.wordId(tree), at);
    this.consume(Tok.LCurly);
    const fields = tree.fields.count;
    const procedures = tree.procedures.count;
    const recurrences = tree.recurrences.count;
    const notes = tree.patientNotes.count;
    for (;;) {
      const kind = s.kind;
      if (kind === Tok.Age || kind === Tok.Sex || kind === Tok.Etiology) this.patientField(tree);
      else if (kind === Tok.Procedure) this.procedure(tree);
      else if (kind === Tok.Recurrence) this.recurrence(tree);
      else if (kind === Tok.Note) {
        s.next();
        this.stringRow(tree.patientNotes);
      } else break;
    }
    this.consume(Tok.RCurly);
    rows.setFields(patient, fields, tree.fields.count - fields);
    rows.setProcedures(patient, procedures, tree.procedures.count - procedures);
    rows.setRecurrences(patient, recurrences, tree.recurrences.count - recurrences);
    rows.setNotes(patient, notes, tree.patientNotes.count - notes);
    rows.setEnd(patient, s.prevEnd);
  }

  private patientField(tree: SyntaxTree): void {
    const s = this.s;
    const name = s.kind === Tok.Age ? Field.Age : s.kind === Tok.Sex ? Field.Sex : Field.Etiology;
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
    this.consume(Tok.On);
    rows.setDate(procedure, this.date(tree));
    this.consume(Tok.At);
    const levels = tree.levelItems.count;
    this.levels(tree);
    rows.setLevels(procedure, levels, tree.levelItems.count - levels);
    if (s.kind === Tok.Repeats) {
      s.next();
      at = s.start;
      rows.setRepeats(procedure, this.wordId(tree), at);
    }
    this.consume(Tok.LCurly);
    const outcomes = tree.outcomes.count;
    const cements = tree.cements.count;
    const notes = tree.procedureNotes.count;
    for (;;) {
      if (s.kind === Tok.Identifier) this.outcome(tree);
      else if (s.kind === Tok.Cement) this.cement(tree);
      else if (s.kind === Tok.Note) {
        s.next();
        this.stringRow(tree.procedureNotes);
      } else break;
    }
    this.consume(Tok.RCurly);
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
    this.consume(Tok.Arrow);
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
    this.consume(Tok.Ml);
    tree.cements.setEnd(cement, s.prevEnd);
  }

  private recurrence(tree: SyntaxTree): void {
    const s = this.s;
    const rows = tree.recurrences;
    const recurrence = rows.add(s.start, s.end, tree.levelItems.count);
    s.next();
    this.consume(Tok.On);
    rows.setDate(recurrence, this.date(tree));
    if (s.kind === Tok.At) {
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
    if (s.kind !== Tok.Day) throw BAIL;
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

  // ---- tokens -----------------------------------------------------------------

  private consume(kind: Tok): void {
    if (this.s.kind !== kind) throw BAIL;
    this.s.next();
  }

  /** An identifier's word number, the identifier read. */
  private wordId(tree: SyntaxTree): number {
    const s = this.s;
    if (s.kind !== Tok.Identifier) throw BAIL;
    const word = s.wordNumber(tree.words);
    s.next();
    return word;
  }

  /** A word of a study header (an object). */
  private word(): A.Word {
    const s = this.s;
    if (s.kind !== Tok.Identifier) throw BAIL;
    const word = new N.WordNode(s.intern(s.start, s.end), s.start, s.end);
    s.next();
    return word;
  }

  /** A number of a study header (an object). */
  private numberLiteral(): A.NumberLiteral {
    const s = this.s;
    if (s.kind !== Tok.NumberLiteral) throw BAIL;
    const number = new N.NumberNode(s.value, s.intern(s.start, s.end), s.start, s.end);
    s.next();
    return number;
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

  private stringLiteral(): A.StringLiteral {
    const s = this.s;
    if (s.kind !== Tok.StringLiteral) throw BAIL;
    const string = new N.StringNode(s.stringValue(), s.start, s.end);
    s.next();
    return string;
  }
}
