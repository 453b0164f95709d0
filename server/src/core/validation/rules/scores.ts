/**
 * Outcome scores: VC101 a score outside its measure's range, VC103 a score not
 * recorded (`?`), VC104 the same measure scored twice in one procedure.
 */
import type { MeasureDef } from "../../model/cohort-model";
import type { Score } from "../../syntax/ast";
import { diagnostic, type Diagnostic } from "../diagnostic";
import { rule, type RuleContext } from "../rule";
import { lineOf, procedureName } from "./common";

export const scoreRange = rule(["VC101"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    for (const procedure of patient.procedures) {
      for (const outcome of procedure.node.outcomes) {
        const def = context.model.measures.get(outcome.measure.text);
        if (def === undefined || !def.rangeValid) continue;
        checkRange(context, def, outcome.before, out);
        checkRange(context, def, outcome.after, out);
      }
    }
  }
  return out;
});

function checkRange(context: RuleContext, def: MeasureDef, score: Score | undefined, out: Diagnostic[]): void {
  if (score === undefined || score.value === null) return;
  if (score.value >= def.min && score.value <= def.max) return;
  const declared = def.node.name !== undefined ? ` (declared on line ${lineOf(context, def.node.name.span)})` : "";
  out.push(
    diagnostic("VC101", score.span, `${def.name} must be between ${def.min} and ${def.max}${declared}; got ${score.value}`),
  );
}

export const unrecordedScores = rule(["VC103"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    for (const procedure of patient.procedures) {
      for (const outcome of procedure.node.outcomes) {
        // Most scores are recorded: look before building anything.
        if (outcome.before?.value !== null && outcome.after?.value !== null) continue;
        const sides: [Score | undefined, string][] = [
          [outcome.before, "before"],
          [outcome.after, "after"],
        ];
        for (const [score, side] of sides) {
          if (score === undefined || score.value !== null) continue;
          out.push(
            diagnostic(
              "VC103",
              score.span,
              `${outcome.measure.text} ${side} ${procedureName(context, procedure)} is not recorded (?); ` +
                `this procedure is left out of the ${outcome.measure.text} figures`,
            ),
          );
        }
      }
    }
  }
  return out;
});

export const measureTwice = rule(["VC104"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    for (const procedure of patient.procedures) {
      const outcomes = procedure.node.outcomes;
      for (const outcome of outcomes) {
        // A procedure scores two or three measures: a search is cheaper than a map.
        const name = outcome.measure.text;
        const first = outcomes.find((o) => o.measure.text === name)!;
        if (first === outcome) continue;
        out.push(
          diagnostic(
            "VC104",
            outcome.measure.span,
            `${name} is already scored for ${procedureName(context, procedure)} on line ` +
              `${context.lines.lineNumber(first.measure.span.start)}; a procedure has one ${name} before -> after`,
          ),
        );
      }
    }
  }
  return out;
});
