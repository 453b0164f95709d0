/**
 * Measure declarations: VC501 a range that is empty (`5..5`) or reversed (`10..0`),
 * or a measure name declared twice (in any study of the file); VC502 a responder
 * threshold larger than the measure's span (max − min), which no patient can reach.
 */
import type { Measure } from "../../syntax/ast";
import { cover } from "../../text/span";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { firstOfEachName, lineOf } from "./common";

function allMeasures(context: RuleContext): Measure[] {
  return context.model.studies.flatMap((s) => s.measures);
}

export const measureDeclarations: Rule = {
  codes: ["VC501"],
  start(context) {
    for (const m of allMeasures(context)) {
      const name = m.name?.text ?? "this measure";
      const { rangeMin: min, rangeMax: max } = m;
      if (min !== undefined && max !== undefined && min.value >= max.value) {
        const span = cover(min.span, max.span); // `A..B` without the `range` keyword
        const range = `${min.text}..${max.text}`;
        context.report(
          diagnostic(
            "VC501",
            span,
            min.value === max.value
              ? `The range ${range} of ${name} is empty; a scale runs from its lowest to its highest score, e.g. 0..10`
              : `The range ${range} of ${name} is reversed; write the lowest score first: ${max.text}..${min.text}`,
          ),
        );
      }
    }
    firstOfEachName(allMeasures(context), (m) => m.name, (_, name, earlier) =>
      context.report(diagnostic("VC501", name.span, `The measure ${name.text} is already declared on line ${lineOf(context, earlier.name!.span)}; declare each measure once`)),
    );
  },
};

export const responderThresholds: Rule = {
  codes: ["VC502"],
  start(context) {
    for (const m of allMeasures(context)) {
      const { rangeMin: min, rangeMax: max, responder } = m;
      if (min === undefined || max === undefined || responder === undefined || min.value >= max.value) continue;
      const span = max.value - min.value;
      if (responder.value <= span) continue;
      const name = m.name?.text ?? "this measure";
      context.report(
        diagnostic(
          "VC502",
          responder.span,
          `No patient can improve ${name} by ${responder.text} points: the scale ${min.text}..${max.text} spans ${span}; ` +
            `the responder threshold can be at most ${span}`,
        ),
      );
    }
  },
};
