import type { Span } from "../syntax/ast";
import type { FractionNote, Fix } from "../mistakes/mistake";
import { CATALOGUE, type DiagnosticCode } from "./catalogue";

export type Severity = "error" | "warning";

/**
 * One finding about the text. `span` covers exactly the offending token(s).
 * `data` carries what a quick fix needs (for example the closest measure name),
 * so editors can act on the code without re-deriving it.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly data?: DiagnosticData;
}

export interface DiagnosticData {
  /** VC102: the declared measure closest to what was written. */
  readonly suggestion?: string;
  /** VC304 / VC404: the span to delete to remove the duplicate (with its separator). */
  readonly removeSpan?: Span;
  /** VC303: the two level texts in the order they should be written. */
  readonly swapped?: string;
  /** VC001 of a natural mistake (core/mistakes/): the replacements that fix it, and a fraction's scale settled once measures are linked. */
  readonly fixes?: readonly Fix[];
  readonly fraction?: FractionNote;
}

/**
 * `span` may be a syntax-tree node (a node is its own span); the diagnostic keeps a
 * copy of its offsets only, so it never carries the tree along when it is sent or
 * printed as JSON.
 */
export function diagnostic(code: DiagnosticCode, at: Span, message: string, data?: DiagnosticData): Diagnostic {
  const span = { start: at.start, end: at.end };
  return data === undefined
    ? { code, severity: CATALOGUE[code].severity, message, span }
    : { code, severity: CATALOGUE[code].severity, message, span, data };
}

/**
 * A diagnostic whose message is worded each time it is read, from `facts` (strings
 * the syntax tree already holds, say a measure's name and a procedure's id). For a
 * finding that a large file holds thousands of times: VC103, a score not recorded,
 * is a warning on 15,000 outcomes of the benchmark's 50,000 patients. Worded at once,
 * each message was a chain of string pieces of its own, which the engine's young
 * collector copied, twice, while the analysis went on: worded when read, what it
 * copies in such an analysis went from 7.9 to 5.0 MB (bench/README.md, "Warnings
 * worded when read").
 * `facts` must hold no part of the tree or model, so that a diagnostic never keeps
 * them alive. The message is not an own property: a copy made by spreading such a
 * diagnostic (`{ ...d }`) has none, so copy one by naming its fields.
 */
export function wordedWhenRead<Facts>(code: DiagnosticCode, at: Span, wording: (facts: Facts) => string, facts: Facts): Diagnostic {
  return new WordedWhenRead(code, { start: at.start, end: at.end }, wording, facts);
}

class WordedWhenRead<Facts> implements Diagnostic {
  readonly severity: Severity;

  constructor(
    readonly code: DiagnosticCode,
    readonly span: Span,
    private readonly wording: (facts: Facts) => string,
    private readonly facts: Facts,
  ) {
    this.severity = CATALOGUE[code].severity;
  }

  get message(): string {
    return this.wording(this.facts);
  }

  /** As JSON, what any other diagnostic is: its message worded, its wording left out. */
  toJSON(): Diagnostic {
    return { code: this.code, severity: this.severity, message: this.message, span: this.span };
  }
}
