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
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import { decimalDifference } from "../stats/decimals";

/**
 * What the figures read of a measure's declaration: its scale and its responder
 * threshold (the figures of visits take only this, not the declaration's node).
 */
export type MeasureScale = Pick<MeasureDef, "min" | "max" | "better" | "responder">;

export interface ScorePair {
  readonly before: number | null;
  readonly after: number | null;
}

/** The measures that get figures and table columns, in declaration order. */
export function reportedMeasures(model: CohortModel): MeasureDef[] {
  return [...model.measures.values()].filter((m) => m.rangeValid);
}

/**
 * A score as the figures count it: its value, or `null` when not recorded or out of
 * range. `value` as the syntax tree's outcome rows hold it: NaN for `?` or a score
 * left out by a syntax error.
 */
export function recordedScore(value: number, def: MeasureScale): number | null {
  if (!Number.isFinite(value)) return null;
  return value >= def.min && value <= def.max ? value : null;
}

/** The row of the procedure's first outcome of `def`, or -1 when it does not record the measure. */
export function firstOutcome(tree: SyntaxTree, proc: Pick<ProcedureInfo, "row">, def: Pick<MeasureDef, "name">): number {
  const first = tree.procedures.firstOutcome(proc.row);
  const end = first + tree.procedures.outcomeCount(proc.row);
  for (let o = first; o < end; o++) if (tree.words.text(tree.outcomes.measure(o)) === def.name) return o;
  return -1;
}

/** The procedure's before/after for `def`, or `undefined` when it does not record the measure. */
export function scorePair(tree: SyntaxTree, proc: ProcedureInfo, def: MeasureDef): ScorePair | undefined {
  const outcome = firstOutcome(tree, proc, def);
  if (outcome < 0) return undefined;
  return { before: recordedScore(tree.outcomes.before(outcome), def), after: recordedScore(tree.outcomes.after(outcome), def) };
}

/** Which way a measure's scale runs, read once for a loop over many scores. */
export interface Scale {
  /** `better lower`. */
  readonly lowerIsBetter: boolean;
  /** The best score of the scale: its minimum for `better lower`, its maximum for `better higher`. */
  readonly best: number;
}

export function scaleOf(def: MeasureScale): Scale {
  const lowerIsBetter = def.better === "lower";
  return { lowerIsBetter, best: lowerIsBetter ? def.min : def.max };
}

/**
 * Improvement, positive = better: before − after for `better lower`, after − before
 * for `better higher`, on the decimals as written (0.3 − 0.1 is 0.2).
 */
export function improvementOf(scale: Scale, before: number, after: number): number {
  return scale.lowerIsBetter ? decimalDifference(before, after) : decimalDifference(after, before);
}

/** Worse than the best score of the scale before the procedure. */
export function isImpaired(scale: Scale, before: number): boolean {
  return scale.lowerIsBetter ? before > scale.best : before < scale.best;
}
