/**
 * Outcome scores: VC101 a score outside its measure's range, VC103 a score not
 * recorded (`?`), VC104 the same measure scored twice in one procedure. Outcomes
 * are read as rows of the syntax tree (`tree.outcomes`): a score is NaN there when
 * written `?` or left out by a syntax error, which `hasBefore`/`hasAfter` tell apart.
 */
import type { MeasureDef, ProcedureInfo } from "../../model/cohort-model";
import type { Span } from "../../syntax/ast";
import { diagnostic, wordedWhenRead } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { lineOf, measureSpan, procedureName } from "./common";

export const scoreRange: Rule = {
  codes: ["VC101"],
  outcome(outcome, def, _procedure, context) {
    if (def === undefined || !def.rangeValid) return;
    const rows = context.model.tree.outcomes;
    checkRange(context, def, rows.before(outcome), { start: rows.beforeStart(outcome), end: rows.beforeEnd(outcome) });
    checkRange(context, def, rows.after(outcome), { start: rows.afterStart(outcome), end: rows.afterEnd(outcome) });
  },
};

/** `value` NaN: not recorded, or not written. */
function checkRange(context: RuleContext, def: MeasureDef, value: number, span: Span): void {
  if (Number.isNaN(value) || (value >= def.min && value <= def.max)) return;
  const declared = def.node.name !== undefined ? ` (declared on line ${lineOf(context, def.node.name.span)})` : "";
  context.report(diagnostic("VC101", span, `${def.name} must be between ${def.min} and ${def.max}${declared}; got ${value}`));
}

export const unrecordedScores: Rule = {
  codes: ["VC103"],
  outcome(outcome, _def, procedure, context) {
    const rows = context.model.tree.outcomes;
    if (rows.hasBefore(outcome) && Number.isNaN(rows.before(outcome))) {
      reportUnrecorded(context, outcome, { start: rows.beforeStart(outcome), end: rows.beforeEnd(outcome) }, "before", procedure);
    }
    if (rows.hasAfter(outcome) && Number.isNaN(rows.after(outcome))) {
      reportUnrecorded(context, outcome, { start: rows.afterStart(outcome), end: rows.afterEnd(outcome) }, "after", procedure);
    }
  },
};

/** What a VC103 message names: strings the tree holds (a procedure whose id a syntax error left out is named by its line). */
interface Unrecorded {
  readonly measure: string;
  readonly side: "before" | "after";
  readonly procedure: string;
}

function unrecordedMessage({ measure, side, procedure }: Unrecorded): string {
  return `${measure} ${side} ${procedure} is not recorded (?); this procedure is left out of the ${measure} figures`;
}

/** Worded when read: a registry export can leave thousands of scores unrecorded (see `wordedWhenRead`). */
function reportUnrecorded(context: RuleContext, outcome: number, span: Span, side: "before" | "after", procedure: ProcedureInfo): void {
  const { tree } = context.model;
  const facts: Unrecorded = { measure: tree.words.text(tree.outcomes.measure(outcome)), side, procedure: procedureName(context, procedure) };
  context.report(wordedWhenRead("VC103", span, unrecordedMessage, facts));
}

export const measureTwice: Rule = {
  codes: ["VC104"],
  procedure(procedure, _patient, context) {
    const { tree } = context.model;
    const first = tree.procedures.firstOutcome(procedure.row);
    const end = first + tree.procedures.outcomeCount(procedure.row);
    for (let o = first + 1; o < end; o++) {
      const earlier = firstScoring(context, first, o);
      if (earlier === -1) continue;
      const name = tree.words.text(tree.outcomes.measure(o));
      context.report(
        diagnostic(
          "VC104",
          measureSpan(context, o),
          `${name} is already scored for ${procedureName(context, procedure)} on line ` +
            `${context.lines.lineNumber(tree.outcomes.start(earlier))}; a procedure has one ${name} before -> after`,
        ),
      );
    }
  },
};

/** The first outcome row from `first` up to `outcome` that scores the measure `outcome` scores; -1 when none does. A procedure scores two or three measures, so a search is cheaper than a map. */
function firstScoring(context: RuleContext, first: number, outcome: number): number {
  const rows = context.model.tree.outcomes;
  const measure = rows.measure(outcome);
  for (let o = first; o < outcome; o++) if (rows.measure(o) === measure) return o;
  return -1;
}
