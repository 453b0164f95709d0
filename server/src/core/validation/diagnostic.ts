import type { Span } from "../syntax/ast";
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
