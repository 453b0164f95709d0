/**
 * Validation: run every rule over the linked model and return the findings
 * sorted by position. VC001 (syntax) comes from the parser, not from here.
 */
import type { CohortModel } from "../model/cohort-model";
import type { LineIndex } from "../text/line-index";
import type { Diagnostic } from "./diagnostic";
import type { Rule, ValidationOptions } from "./rule";
import { calendarDays, dateOrder, futureDates, mixedDates } from "./rules/dates";
import { duplicateIds, repeatTargets } from "./rules/ids";
import { undeclaredMeasure } from "./rules/measure-names";
import { measureDeclarations, responderThresholds } from "./rules/measures";
import { backwardRanges, realLevels, repeatedLevels, repeatLevels } from "./rules/levels";
import { plausibleValues, sexValues, singleFields } from "./rules/patient-fields";
import { measureTwice, scoreRange, unrecordedScores } from "./rules/scores";
import { patientsWithoutProcedures, studyHeader } from "./rules/structure";
import { complicationLevels } from "./rules/complication-levels";
import { complications } from "./rules/complications";
import { followUp } from "./rules/follow-up";
import { newItemDates } from "./rules/new-dates";
import { visits } from "./rules/visits";
import { walk } from "./walk";

export type { Rule, RuleContext, ValidationOptions } from "./rule";

/** Every rule, in catalogue order. */
export const RULES: readonly Rule<unknown>[] = [
  scoreRange, undeclaredMeasure, unrecordedScores, measureTwice,
  calendarDays, dateOrder, mixedDates, futureDates,
  realLevels, repeatLevels, backwardRanges, repeatedLevels,
  duplicateIds, repeatTargets, plausibleValues, singleFields, sexValues,
  measureDeclarations, responderThresholds,
  patientsWithoutProcedures, studyHeader,
  visits, complications, complicationLevels, followUp, newItemDates,
];

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code);
}

/** The `report` of every context: one function, made once, as the checks are (see rule.ts). */
function report(this: { readonly found: Diagnostic[] }, diagnostic: Diagnostic): void {
  this.found.push(diagnostic);
}

export function validate(model: CohortModel, lines: LineIndex, options: ValidationOptions): Diagnostic[] {
  const found: Diagnostic[] = [];
  // A literal, not a class instance: see walk.ts.
  const context = { model, lines, options, found, report };
  const states = RULES.map((r) => r.start?.(context));
  walk(context, RULES, states);
  return found.sort(compareDiagnostics);
}
