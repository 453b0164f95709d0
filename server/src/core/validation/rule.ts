/**
 * The shape of a validation rule. A rule reads the linked cohort model (never the raw
 * text), declares the codes it may raise, and reports its findings. Rules are pure,
 * independent and order-free: `validate` runs them all and sorts what they find.
 * Every AST field a rule reads may be undefined after error recovery; rules skip
 * what they cannot judge rather than guess.
 *
 * A rule does not walk the cohort itself: it says what it checks on each patient,
 * procedure, outcome, date or level, and `validate` walks the model once, calling
 * every rule's checks on the way (walk.ts). A cohort of 10,000 patients is then
 * read once rather than once per rule, each patient while it is in the cache.
 *
 * The checks are plain functions, made once with the rule and called without a
 * `this`; what they need is passed in: the context, and the rule's state for this
 * validation (what `start` returned, say the patient ids seen so far). Closures
 * made afresh for each validation were compiled again after every garbage
 * collection, and that cost more than the checks themselves.
 *
 * Outcomes, dates and level items are given as their rows in the syntax tree
 * (`context.model.tree`, syntax/tree/), read without making a node; a check that
 * finds something to say makes the nodes it needs to say it (`context.model.nodes`,
 * or the `node` of a patient, procedure or recurrence). The rules of version 2's
 * items read their rows the same way (syntax/tree/item-rows.ts), each table with
 * a cursor that follows the walk from owner to owner (item-cursor.ts).
 */
import type { CohortModel, MeasureDef, PatientInfo, ProcedureInfo, RecurrenceInfo } from "../model/cohort-model";
import type { Span } from "../syntax/ast";
import type { LevelItemTable } from "../syntax/tree/level-items";
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
  /** Adds a finding. */
  report(diagnostic: Diagnostic): void;
}

/** A rule: its codes, and its checks, each optional, called in text order. */
export interface Rule<State = void> {
  /** The codes this rule may raise. */
  readonly codes: readonly DiagnosticCode[];
  /**
   * Once per validation, before the walk: checks what concerns the file as a whole
   * (the study header, the measures), and returns the state the other checks get.
   */
  start?(context: RuleContext): State;
  patient?(patient: PatientInfo, context: RuleContext, state: State): void;
  procedure?(procedure: ProcedureInfo, patient: PatientInfo, context: RuleContext, state: State): void;
  recurrence?(recurrence: RecurrenceInfo, patient: PatientInfo, context: RuleContext, state: State): void;
  /** Each outcome of a procedure (its row in `tree.outcomes`), with the declared measure it names (undefined when none is). */
  outcome?(outcome: number, measure: MeasureDef | undefined, procedure: ProcedureInfo, context: RuleContext, state: State): void;
  /** The date of a procedure or of a recurrence (its row in `tree.dates`). */
  date?(date: number, owner: ProcedureInfo | RecurrenceInfo, context: RuleContext, state: State): void;
  /** Each item of the `at …` list of a procedure or of a recurrence (its row in `items`: `tree.levelItems`, or `tree.itemLevels` for a recurrence). */
  levelItem?(item: number, items: LevelItemTable, context: RuleContext, state: State): void;
}

/** The checks a walk calls, by what they check. */
export type CheckKind = Exclude<keyof Rule, "codes" | "start">;
