/**
 * Study headers for the fast parser (fast-parser.ts): `study "…" { reference …
 * design … measure … }`, built as nodes, since a file has only a handful. One
 * method per rule of parser.ts, in the same order; each node ends where the last
 * token read into it ends (`prevEnd`), as parser.ts's `close()` does.
 */
import type * as A from "./ast";
import { readItem } from "./fast-item";
import { genericItems } from "../language/grammar";
import { BAIL, type Scanner, Tok, kwTok } from "./fast-scanner";
import { ItemList } from "./item-list";
import * as N from "./nodes";

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
const STUDY_ITEMS = new Map(genericItems("study").map((item) => [kwTok(item.keyword!), item]));


export class FastStudyReader {
  private readonly references = new ItemList<A.StringLiteral>();
  private readonly designs = new ItemList<A.StringLiteral>();
  private readonly measures = new ItemList<A.Measure>();

  constructor(private readonly s: Scanner) {}

  /** Forgets what a study the parser declined part-way left in the lists. */
  clear(): void {
    this.references.clear();
    this.designs.clear();
    this.measures.clear();
  }

  /** A study header, after its `study` keyword is current. */
  study(): A.Study {
    const s = this.s;
    const study = new N.StudyNode(s.start, s.end);
    s.next();
    study.title = this.stringLiteral();
    s.consume(Tok.LCurly);
    for (;;) {
      if (s.kind === KW_REFERENCE) {
        s.next();
        this.references.add(this.stringLiteral());
      } else if (s.kind === KW_DESIGN) {
        s.next();
        this.designs.add(this.stringLiteral());
      } else if (s.kind === KW_MEASURE) this.measures.add(this.measure());
      else if (STUDY_ITEMS.has(s.kind)) {
        const item = STUDY_ITEMS.get(s.kind)!;
        N.addToList(study, item.list!, readItem(s, item));
      } else break;
    }
    s.consume(Tok.RCurly);
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
    s.consume(KW_RANGE);
    const min = this.numberLiteral();
    s.consume(Tok.DotDot);
    const max = this.numberLiteral();
    measure.rangeMin = min;
    measure.rangeMax = max;
    measure.rangeSpan = { start: min.start, end: max.end };
    if (s.kind === KW_BETTER) {
      s.next();
      measure.better = this.direction();
    }
    if (s.kind === KW_RESPONDER) {
      s.next();
      measure.responder = this.numberLiteral();
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

  private stringLiteral(): A.StringLiteral {
    const s = this.s;
    if (s.kind !== Tok.StringLiteral) throw BAIL;
    const string = new N.StringNode(s.stringValue(), s.start, s.end);
    s.next();
    return string;
  }
}
