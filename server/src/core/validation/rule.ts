/**
 * The shape of a validation rule. A rule reads the linked cohort model (never the raw
 * text), declares the codes it may raise, and returns its findings. Rules are pure,
 * independent and order-free: `validate` runs them all and sorts what they find.
 * Every AST field a rule reads may be undefined after error recovery; rules skip
 * what they cannot judge rather than guess.
 */
import type { CohortModel } from "../model/cohort-model";
import type { Span } from "../syntax/ast";
import type { LineIndex } from "../text/line-index";
import type { DiagnosticCode } from "./catalogue";
import type { Diagnostic } from "./diagnostic";

export interface ValidationOptions {
  /** Today's day number (days since 1970-01-01, see model/dates.ts `todayNumber`). */
  readonly today: number;
  /** Report calendar dates after `today` (VC204). */
  readonly futureDates: boolean;
  /**
   * Where the parser reported syntax errors (VC001), if the caller has them. Rules use
   * them only to stay quiet about what a syntax error already explains: a study header
   * that failed to parse loses measures, which would otherwise make every outcome a
   * VC102 and the file a VC601. Omit it and every rule reports as usual.
   */
  readonly syntaxErrors?: readonly Span[];
}

export interface RuleContext {
  readonly model: CohortModel;
  /** For messages that cite a line ("declared on line 3"). */
  readonly lines: LineIndex;
  readonly options: ValidationOptions;
}

export interface Rule {
  /** The codes this rule may raise. */
  readonly codes: readonly DiagnosticCode[];
  check(context: RuleContext): Diagnostic[];
}

/** Build a rule from its codes and a check function. */
export function rule(codes: readonly DiagnosticCode[], check: (context: RuleContext) => Diagnostic[]): Rule {
  return { codes, check };
}
