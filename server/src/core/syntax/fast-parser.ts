/**
 * The fast path of parse(): a hand-written recursive-descent parser for text that is
 * syntactically valid, building exactly the tree the Chevrotain parser builds.
 *
 * Why two parsers. The Chevrotain parser (parser.ts) recovers from syntax errors and
 * explains each in words a clinician reads (VC001); that costs about a microsecond a
 * token, most of a second on a cohort of 10,000 patients. Most texts it is given
 * have no syntax error at all. This parser reads those, an order of magnitude faster
 * and into a smaller tree, and gives up (returns undefined) at the first thing it
 * does not accept, whereupon parse() hands the text to the Chevrotain parser, which
 * says what is wrong. So this parser never explains or recovers; it only has to agree.
 * test/syntax/fast-parser.test.ts keeps the two in step: on any text, either both
 * accept it with deep-equal trees, or this one declines and the other reports VC001.
 *
 * One method per rule of parser.ts, in the same order. The scanner (fast-scanner.ts)
 * holds the current token; a node ends where the last token read into it ends
 * (`prevEnd`), as parser.ts's `close()` does. Lists are collected, then copied into
 * arrays of exactly their size, and an empty list of a patient, procedure or
 * recurrence is the shared `NONE`: a large cohort has a million nodes.
 */
import type { IToken } from "chevrotain";
import type * as A from "./ast";
import { BAIL, Scanner, Tok } from "./fast-scanner";
import { ItemList } from "./item-list";
import * as N from "./nodes";

export interface FastParseResult {
  readonly file: A.VcaseFile;
  readonly comments: IToken[];
}

/**
 * The blocks (studies and patients) the fast parser read from an offset on, up to the
 * first block it declined; with that block's place when there is one, so that
 * parse() can hand just the damaged part to the Chevrotain parser and read on.
 */
export interface FastBlocks {
  readonly studies: A.Study[];
  readonly patients: A.Patient[];
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

/** The tree of a syntactically valid text; undefined for any other text. */
export function fastParse(text: string): FastParseResult | undefined {
  const read = fastParseBlocks(text, 0);
  if (read.declined !== undefined) return undefined;
  const file = new N.FileNode(0, text.length);
  file.studies = read.studies;
  file.patients = read.patients;
  return { file, comments: read.comments };
}

/**
 * The blocks of `text` from offset `from` (where a block or the text's end begins) to
 * the first block declined, or to the first block that starts at or after `to`.
 */
export function fastParseBlocks(text: string, from: number, to = text.length): FastBlocks {
  return (shared ??= new FastParser()).parseBlocks(text, from, to);
}

class FastParser {
  private readonly s = new Scanner();
  private readonly studies = new ItemList<A.Study>();
  private readonly references = new ItemList<A.StringLiteral>();
  private readonly designs = new ItemList<A.StringLiteral>();
  private readonly measures = new ItemList<A.Measure>();
  private readonly patients = new ItemList<A.Patient>();
  private readonly fields = new ItemList<A.PatientField>();
  private readonly procedures = new ItemList<A.Procedure>();
  private readonly recurrences = new ItemList<A.Recurrence>();
  private readonly patientNotes = new ItemList<A.StringLiteral>();
  private readonly outcomes = new ItemList<A.Outcome>();
  private readonly cements = new ItemList<A.Cement>();
  private readonly procedureNotes = new ItemList<A.StringLiteral>();
  private readonly levelItems = new ItemList<A.LevelItem>();

  private readonly lists = [
    this.studies, this.references, this.designs, this.measures, this.patients, this.fields, this.procedures,
    this.recurrences, this.patientNotes, this.outcomes, this.cements, this.procedureNotes, this.levelItems,
  ];

  parseBlocks(text: string, from: number, to: number): FastBlocks {
    const s = this.s;
    // Where the block being read starts: if the scanner gives up before the first
    // token, that is `from` itself.
    let blockStart = from;
    try {
      s.begin(text, from);
      // The rule `file` of parser.ts, one block at a time.
      for (;;) {
        blockStart = s.start;
        if (s.kind === Tok.Eof || s.start >= to) break;
        if (s.kind === Tok.Study) this.studies.add(this.study());
        else if (s.kind === Tok.Patient) this.patients.add(this.patient());
        else throw BAIL;
      }
      return { studies: this.studies.takeFresh(), patients: this.patients.takeFresh(), comments: s.comments, stoppedAt: s.start };
    } catch (e) {
      if (e !== BAIL) throw e;
      return {
        studies: this.studies.takeFresh(),
        patients: this.patients.takeFresh(),
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

  private patient(): A.Patient {
    const s = this.s;
    const patient = new N.PatientNode(s.start, s.end);
    s.next();
    patient.id = this.word(false);
    this.consume(Tok.LCurly);
    for (;;) {
      const kind = s.kind;
      if (kind === Tok.Age || kind === Tok.Sex || kind === Tok.Etiology) this.fields.add(this.patientField());
      else if (kind === Tok.Procedure) this.procedures.add(this.procedure());
      else if (kind === Tok.Recurrence) this.recurrences.add(this.recurrence());
      else if (kind === Tok.Note) {
        s.next();
        this.patientNotes.add(this.stringLiteral());
      } else break;
    }
    this.consume(Tok.RCurly);
    patient.fields = this.fields.take();
    patient.procedures = this.procedures.take();
    patient.recurrences = this.recurrences.take();
    patient.notes = this.patientNotes.take();
    patient.end = s.prevEnd;
    return patient;
  }

  private patientField(): A.PatientField {
    const s = this.s;
    const name = s.kind === Tok.Age ? "age" : s.kind === Tok.Sex ? "sex" : "etiology";
    const field = new N.PatientFieldNode(name, s.start, s.end);
    s.next();
    if (name === "age") field.value = this.numberLiteral();
    else if (s.kind === Tok.Identifier) field.value = this.word();
    else if (name === "etiology" && s.kind === Tok.StringLiteral) field.value = this.stringLiteral();
    else throw BAIL;
    field.end = s.prevEnd;
    return field;
  }

  private procedure(): A.Procedure {
    const s = this.s;
    const procedure = new N.ProcedureNode(s.start, s.end);
    s.next();
    procedure.id = this.word();
    procedure.kind = this.word();
    this.consume(Tok.On);
    procedure.date = this.date();
    this.consume(Tok.At);
    procedure.levels = this.levels();
    if (s.kind === Tok.Repeats) {
      s.next();
      procedure.repeats = this.word();
    }
    this.consume(Tok.LCurly);
    for (;;) {
      if (s.kind === Tok.Identifier) this.outcomes.add(this.outcome());
      else if (s.kind === Tok.Cement) this.cements.add(this.cement());
      else if (s.kind === Tok.Note) {
        s.next();
        this.procedureNotes.add(this.stringLiteral());
      } else break;
    }
    this.consume(Tok.RCurly);
    procedure.outcomes = this.outcomes.take();
    procedure.cements = this.cements.take();
    procedure.notes = this.procedureNotes.take();
    procedure.end = s.prevEnd;
    return procedure;
  }

  private outcome(): A.Outcome {
    const s = this.s;
    const measure = this.word();
    const outcome = new N.OutcomeNode(measure, measure.start, measure.end);
    outcome.before = this.score();
    this.consume(Tok.Arrow);
    outcome.after = this.score();
    outcome.end = s.prevEnd;
    return outcome;
  }

  private score(): A.Score {
    const s = this.s;
    let score: A.Score;
    if (s.kind === Tok.NumberLiteral) score = new N.ScoreNode(s.value, s.start, s.end);
    else if (s.kind === Tok.Question) score = new N.ScoreNode(null, s.start, s.end);
    else throw BAIL;
    s.next();
    return score;
  }

  private cement(): A.Cement {
    const s = this.s;
    const cement = new N.CementNode(s.start, s.end);
    s.next();
    cement.volume = this.numberLiteral();
    this.consume(Tok.Ml);
    cement.end = s.prevEnd;
    return cement;
  }

  private recurrence(): A.Recurrence {
    const s = this.s;
    const recurrence = new N.RecurrenceNode(s.start, s.end);
    s.next();
    this.consume(Tok.On);
    recurrence.date = this.date();
    if (s.kind === Tok.At) {
      s.next();
      recurrence.levels = this.levels();
    }
    recurrence.end = s.prevEnd;
    return recurrence;
  }

  private date(): A.DateRef {
    const s = this.s;
    if (s.kind === Tok.DateLiteral) {
      const at = s.start;
      const date = new N.CalendarDateNode(s.digitsAt(at, 4), s.digitsAt(at + 5, 2), s.digitsAt(at + 8, 2), at, s.end);
      s.next();
      return date;
    }
    if (s.kind !== Tok.Day) throw BAIL;
    const start = s.start;
    s.next();
    const value = this.numberLiteral();
    const day = new N.RelativeDayNode(start, value.end);
    day.value = value;
    return day;
  }

  private levels(): A.LevelItem[] {
    const s = this.s;
    for (;;) {
      this.levelItems.add(this.levelItem());
      if (s.kind !== Tok.Comma) break;
      s.next();
    }
    return this.levelItems.take();
  }

  private levelItem(): A.LevelItem {
    const s = this.s;
    const from = this.levelToken();
    let to: A.LevelToken | undefined;
    if (s.kind === Tok.Minus) {
      s.next();
      to = this.levelToken();
    }
    return new N.LevelItemNode(from, to, from.start, (to ?? from).end);
  }

  // ---- tokens -----------------------------------------------------------------

  private consume(kind: Tok): void {
    if (this.s.kind !== kind) throw BAIL;
    this.s.next();
  }

  /** An identifier; its text interned unless it is a patient id (each one different). */
  private word(intern = true): A.Word {
    const s = this.s;
    if (s.kind !== Tok.Identifier) throw BAIL;
    const text = intern ? s.intern(s.start, s.end) : s.text.slice(s.start, s.end);
    const word = new N.WordNode(text, s.start, s.end);
    s.next();
    return word;
  }

  private numberLiteral(): A.NumberLiteral {
    const s = this.s;
    if (s.kind !== Tok.NumberLiteral) throw BAIL;
    const number = new N.NumberNode(s.value, s.intern(s.start, s.end), s.start, s.end);
    s.next();
    return number;
  }

  private stringLiteral(): A.StringLiteral {
    const s = this.s;
    if (s.kind !== Tok.StringLiteral) throw BAIL;
    const string = new N.StringNode(s.stringValue(), s.start, s.end);
    s.next();
    return string;
  }

  private levelToken(): A.LevelToken {
    const s = this.s;
    if (s.kind !== Tok.Level) throw BAIL;
    const { start, end } = s;
    const digits = end - start - 1;
    const number = digits <= 15 ? s.digitsAt(start + 1, digits) : Number(s.text.slice(start + 1, end));
    const level = new N.LevelTokenNode(s.intern(start, end), s.text[start] as A.LevelToken["region"], number, start, end);
    s.next();
    return level;
  }
}
