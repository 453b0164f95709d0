/**
 * Reading a procedure's scores for one measure, the one way the figures and the
 * per-patient rows both use.
 *
 * - A measure given twice in one procedure (VC104): the first outcome counts.
 * - A score written `?` (VC103) or missing after a syntax error is `null`.
 * - A score outside the measure's declared range (VC101) is `null` too: it is
 *   treated as not recorded, so an out-of-range value never enters a figure.
 * - Only measures with a valid range are reported at all (`reportedMeasures`):
 *   a missing, empty or reversed range (VC501) leaves no scale to check scores
 *   against and no "best score" to define `impaired`, so such a measure gets no
 *   figures until its declaration is fixed.
 */
import type { CohortModel, MeasureDef, ProcedureInfo } from "../model/cohort-model";
import type { Score } from "../syntax/ast";

export interface ScorePair {
  readonly before: number | null;
  readonly after: number | null;
}

/** The measures that get figures and table columns, in declaration order. */
export function reportedMeasures(model: CohortModel): MeasureDef[] {
  return [...model.measures.values()].filter((m) => m.rangeValid);
}

function inRange(score: Score | undefined, def: MeasureDef): number | null {
  const v = score?.value;
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return v >= def.min && v <= def.max ? v : null;
}

/** The procedure's before/after for `def`, or `undefined` when it does not record the measure. */
export function scorePair(proc: ProcedureInfo, def: MeasureDef): ScorePair | undefined {
  const outcome = proc.node.outcomes.find((o) => o.measure.text === def.name);
  if (outcome === undefined) return undefined;
  return { before: inRange(outcome.before, def), after: inRange(outcome.after, def) };
}

/** Improvement, positive = better: before − after for `better lower`, after − before for `better higher`. */
export function improvementOf(def: MeasureDef, before: number, after: number): number {
  return def.better === "lower" ? before - after : after - before;
}

/** Worse than the best score of the scale before the procedure. */
export function isImpaired(def: MeasureDef, before: number): boolean {
  return def.better === "lower" ? before > def.min : before < def.max;
}
