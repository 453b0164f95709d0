/**
 * Scores written as fractions (`pain 8/10 -> 2/10`, scores.ts) once the measures are
 * linked: when every `/N` is the measure's top, dropping them is the fix; otherwise
 * the fraction is on another scale and only the author can say the score.
 */
import type { MeasureDef } from "../model/cohort-model";
import { diagnostic, type Diagnostic } from "../validation/diagnostic";

export function settleFractions(diagnostics: readonly Diagnostic[], measures: ReadonlyMap<string, MeasureDef>): readonly Diagnostic[] {
  if (!diagnostics.some((d) => d.data?.fraction !== undefined)) return diagnostics;
  return diagnostics.map((d) => {
    const fraction = d.data?.fraction;
    if (fraction === undefined) return d;
    const measure = measures.get(fraction.measure);
    if (measure === undefined || !measure.rangeValid) return d;
    const scale = `${measure.min}..${measure.max}`;
    if (fraction.tops.every((top) => top === measure.max)) {
      return diagnostic("VC001", d.span, `Write each score alone: ${fraction.measure} is scored on its range ${scale}, so write ${fraction.alone}.`, {
        fixes: [{ title: `Write ${fraction.alone}`, newText: fraction.alone }],
      });
    }
    return diagnostic("VC001", d.span, `Write each score alone, on ${fraction.measure}'s range ${scale}: a score out of ${[...new Set(fraction.tops)].join(" or ")} is on another scale.`);
  });
}
