/**
 * Outcome scores: VC101 a score outside its measure's range, VC103 a score not
 * recorded (`?`), VC104 the same measure scored twice in one procedure.
 */
import type { MeasureDef, ProcedureInfo } from "../../model/cohort-model";
import type { Outcome, Score } from "../../syntax/ast";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { lineOf, procedureName } from "./common";

export const scoreRange: Rule = {
  codes: ["VC101"],
  outcome(outcome, def, _procedure, context) {
    if (def === undefined || !def.rangeValid) return;
    checkRange(context, def, outcome.before);
    checkRange(context, def, outcome.after);
  },
};

function checkRange(context: RuleContext, def: MeasureDef, score: Score | undefined): void {
  if (score === undefined || score.value === null) return;
  if (score.value >= def.min && score.value <= def.max) return;
  const declared = def.node.name !== undefined ? ` (declared on line ${lineOf(context, def.node.name.span)})` : "";
  context.report(
    diagnostic("VC101", score.span, `${def.name} must be between ${def.min} and ${def.max}${declared}; got ${score.value}`),
  );
}

export const unrecordedScores: Rule = {
  codes: ["VC103"],
  outcome(outcome, _def, procedure, context) {
    checkRecorded(context, outcome, outcome.before, "before", procedure);
    checkRecorded(context, outcome, outcome.after, "after", procedure);
  },
};

function checkRecorded(
  context: RuleContext,
  outcome: Outcome,
  score: Score | undefined,
  side: "before" | "after",
  procedure: ProcedureInfo,
): void {
  if (score === undefined || score.value !== null) return;
  context.report(
    diagnostic(
      "VC103",
      score.span,
      `${outcome.measure.text} ${side} ${procedureName(context, procedure)} is not recorded (?); ` +
        `this procedure is left out of the ${outcome.measure.text} figures`,
    ),
  );
}

export const measureTwice: Rule = {
  codes: ["VC104"],
  procedure(procedure, _patient, context) {
    const outcomes = procedure.node.outcomes;
    for (let i = 1; i < outcomes.length; i++) {
      const outcome = outcomes[i]!;
      const name = outcome.measure.text;
      const first = firstScoring(outcomes, i, name);
      if (first === undefined) continue;
      context.report(
        diagnostic(
          "VC104",
          outcome.measure.span,
          `${name} is already scored for ${procedureName(context, procedure)} on line ` +
            `${context.lines.lineNumber(first.measure.span.start)}; a procedure has one ${name} before -> after`,
        ),
      );
    }
  },
};

/** The first of the outcomes before index `before` that scores `name`: a procedure scores two or three measures, so a search is cheaper than a map. */
function firstScoring(outcomes: readonly Outcome[], before: number, name: string): Outcome | undefined {
  for (let i = 0; i < before; i++) if (outcomes[i]!.measure.text === name) return outcomes[i];
  return undefined;
}
