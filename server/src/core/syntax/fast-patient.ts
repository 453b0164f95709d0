/**
 * Patients for the fast parser (fast-parser.ts), written into the rows of the
 * syntax tree by the tree builder (tree/tree-builder.ts), as parser.ts's rules
 * write them: each node finished where the last token read into it ends
 * (`prevEnd`). One method per rule of parser.ts, in the same order.
 */
import { BAIL, type Scanner, Tok, kwTok } from "./fast-scanner";
import { itemReadings, readDate, readItem, readLevels } from "./fast-item";
import type { TreeBuilder } from "./tree/tree-builder";

/** The keywords this reader meets (../language/grammar.ts). */
const [KW_PROCEDURE, KW_ON, KW_AT, KW_REPEATS] = ["procedure", "on", "at", "repeats"].map(kwTok);

/** The items of each block that the generic reader reads (fast-item.ts), by keyword. */
const PATIENT_ITEMS = itemReadings("patient");
const PROCEDURE_ITEMS = itemReadings("procedure");

export class FastPatientReader {
  constructor(private readonly s: Scanner) {}

  /** A patient, written by `b`; on a BAIL, parseBlocks forgets its rows. */
  patient(b: TreeBuilder): void {
    const s = this.s;
    b.startPatient(s.start, s.end);
    s.next();
    const at = s.start;
    b.patientId(this.wordId(b), at);
    s.consume(Tok.LCurly);
    for (;;) {
      if (s.kind === KW_PROCEDURE) this.procedure(b);
      else if (!readItem(s, b, "patient", PATIENT_ITEMS)) break;
    }
    s.consume(Tok.RCurly);
    b.finishPatient(s.prevEnd);
  }

  private procedure(b: TreeBuilder): void {
    const s = this.s;
    b.startProcedure(s.start, s.end);
    s.next();
    let at = s.start;
    b.procedureId(this.wordId(b), at);
    at = s.start;
    b.procedureKind(this.wordId(b), at);
    s.consume(KW_ON);
    b.procedureDate(readDate(s, b.tree));
    s.consume(KW_AT);
    readLevels(s, b.tree.levelItems);
    if (s.kind === KW_REPEATS) {
      s.next();
      at = s.start;
      b.procedureRepeats(this.wordId(b), at);
    }
    s.consume(Tok.LCurly);
    for (;;) {
      if (s.kind === Tok.Identifier) this.outcome(b);
      else if (!readItem(s, b, "procedure", PROCEDURE_ITEMS)) break;
    }
    s.consume(Tok.RCurly);
    b.finishProcedure(s.prevEnd);
  }

  private outcome(b: TreeBuilder): void {
    const s = this.s;
    b.startOutcome(s.wordNumber(b.tree.words), s.start, s.end);
    s.next();
    b.outcomeBefore(s.start, s.end, this.score());
    s.next();
    s.consume(Tok.Arrow);
    b.outcomeAfter(s.start, s.end, this.score());
    s.next();
    b.finishPart(s.prevEnd);
  }

  /** The value of the score at hand: NaN for `?`. */
  private score(): number {
    const s = this.s;
    if (s.kind === Tok.NumberLiteral) return s.value;
    if (s.kind !== Tok.Question) throw BAIL;
    return NaN;
  }

  /** An identifier's word number, the identifier read. */
  private wordId(b: TreeBuilder): number {
    const s = this.s;
    if (s.kind !== Tok.Identifier) throw BAIL;
    const word = s.wordNumber(b.tree.words);
    s.next();
    return word;
  }
}
