/**
 * VC102: an outcome names a measure the study does not declare. The message names
 * the closest declared measure (also in `data.suggestion` for the quick fix), or
 * lists the declared measures when none is close. A file with no study header at
 * all gets VC601 only, not one VC102 per outcome; nor is VC102 raised while a study
 * header has a syntax error, since the measure the parser lost would be flagged on
 * every outcome that scores it.
 */
import { distance } from "fastest-levenshtein";
import type { Span } from "../../syntax/ast";
import { diagnostic, type Diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { headerRegion, listWords, measureSpan, syntaxErrorWithin } from "./common";

/** The declared name closest to `written`, when it is close enough to be a slip. */
export function closestName(written: string, names: readonly string[]): string | undefined {
  const lower = written.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const candidate = name.toLowerCase();
    const d = candidate.startsWith(lower) || lower.startsWith(candidate) ? 0.5 : distance(lower, candidate);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(written.length, best.length) / 3));
  return bestDistance <= limit && bestDistance < written.length ? best : undefined;
}

/** VC102 for the measure name `written` (in an outcome or a visit block), with its did-you-mean. */
export function undeclaredMeasureFinding(span: Span, written: string, names: readonly string[]): Diagnostic {
  const suggestion = closestName(written, names);
  const message =
    suggestion !== undefined
      ? `No measure named '${written}' is declared; did you mean '${suggestion}'?`
      : names.length === 0
        ? `No measure named '${written}' is declared; the study declares no measures yet`
        : `No measure named '${written}' is declared; the study declares ${listWords(names.map((n) => `'${n}'`))}`;
  return diagnostic("VC102", span, message, suggestion !== undefined ? { suggestion } : undefined);
}

/** Its state: the declared measure names, or undefined when VC102 keeps quiet (see above). */
export const undeclaredMeasure: Rule<string[] | undefined> = {
  codes: ["VC102"],
  start(context) {
    const studies = context.model.studies;
    if (studies.length === 0 || studies.some((s) => syntaxErrorWithin(context, headerRegion(context, s)))) return undefined;
    return [...context.model.measures.keys()];
  },
  outcome(outcome, def, _procedure, context, names) {
    if (names === undefined || def !== undefined) return;
    const { tree } = context.model;
    context.report(undeclaredMeasureFinding(measureSpan(context, outcome), tree.words.text(tree.outcomes.measure(outcome)), names));
  },
};
