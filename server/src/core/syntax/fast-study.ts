/**
 * Study headers for the fast parser (fast-parser.ts): `study "…" { reference …
 * design … measure … }`, built as nodes, since a file has only a handful. One
 * method per rule of parser.ts, in the same order; each node ends where the last
 * token read into it ends (`prevEnd`), as parser.ts's `close()` does.
 */
import type * as A from "./ast";
import { itemReadings, readItem } from "./fast-item";
import { BAIL, type Scanner, Tok, kwTok } from "./fast-scanner";
import * as N from "./nodes";
import { StudyNode } from "./study-node";
import type { TreeBuilder } from "./tree/tree-builder";

/** The keywords this reader meets (../language/grammar.ts). */
const KW_REFERENCE = kwTok("reference");
const KW_DESIGN = kwTok("design");
const KW_MEASURE = kwTok("measure");
const KW_RANGE = kwTok("range");
const KW_BETTER = kwTok("better");
const KW_RESPONDER = kwTok("responder");
const KW_LOWER = kwTok("lower");
const KW_HIGHER = kwTok("higher");

/** The study items that the generic reader reads (fast-item.ts), by keyword. */
const STUDY_ITEMS = itemReadings("study");

export class FastStudyReader {
  constructor(private readonly s: Scanner) {}

  /** A study header, after its `study` keyword is current; its generic items written by `b` into its own rows. */
  study(b: TreeBuilder): A.Study {
    const s = this.s;
    const study = new StudyNode(s.start, s.end, b.tree.words, s.text);
    b.startStudy(study.itemRows());
    s.next();
    study.title = string(s);
    s.consume(Tok.LCurly);
    for (;;) {
      if (s.kind === KW_REFERENCE) {
        s.next();
        study.references.push(string(s));
      } else if (s.kind === KW_DESIGN) {
        s.next();
        study.designs.push(string(s));
      } else if (s.kind === KW_MEASURE) study.measures.push(this.measure());
      else {
        const item = STUDY_ITEMS.get(s.kind);
        if (item === undefined) break;
        readItem(s, b, "study", item);
      }
    }
    b.finishStudy();
    s.consume(Tok.RCurly);
    study.end = s.prevEnd;
    return study;
  }

  private measure(): A.Measure {
    const s = this.s;
    const measure = new N.MeasureNode(s.start, s.end);
    s.next();
    measure.name = word(s);
    if (s.kind === Tok.StringLiteral) measure.label = string(s);
    s.consume(KW_RANGE);
    const min = number(s);
    s.consume(Tok.DotDot);
    const max = number(s);
    measure.rangeMin = min;
    measure.rangeMax = max;
    measure.rangeSpan = { start: min.start, end: max.end };
    if (s.kind === KW_BETTER) {
      s.next();
      measure.better = this.direction();
    }
    if (s.kind === KW_RESPONDER) {
      s.next();
      measure.responder = number(s);
    }
    measure.end = s.prevEnd;
    return measure;
  }

  /** `lower` or `higher`, after `better`. */
  private direction(): { direction: A.Direction; span: A.Span } {
    const s = this.s;
    if (s.kind !== KW_LOWER && s.kind !== KW_HIGHER) throw BAIL;
    const better = { direction: s.kind === KW_LOWER ? "lower" : "higher", span: { start: s.start, end: s.end } } as const;
    s.next();
    return better;
  }
}

/** The token at hand, of kind `kind`, as the node `make` makes of it; read past. */
function value<T>(s: Scanner, kind: Tok, make: () => T): T {
  if (s.kind !== kind) throw BAIL;
  const node = make();
  s.next();
  return node;
}

const word = (s: Scanner): A.Word => value(s, Tok.Identifier, () => new N.WordNode(s.intern(s.start, s.end), s.start, s.end));
const string = (s: Scanner): A.StringLiteral => value(s, Tok.StringLiteral, () => new N.StringNode(s.stringValue(), s.start, s.end));
const number = (s: Scanner): A.NumberLiteral => value(s, Tok.NumberLiteral, () => new N.NumberNode(s.value, s.intern(s.start, s.end), s.start, s.end));
