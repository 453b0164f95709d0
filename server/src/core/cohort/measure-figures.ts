/**
 * Spec §5 figures of one measure over the procedures of one role: those that
 * record the measure with both scores present (and in range — see scores.ts).
 */
import type { CohortModel, MeasureDef, Role } from "../model/cohort-model";
import { describe } from "../stats/descriptive";
import { wilcoxonSignedRank } from "../stats/wilcoxon";
import { improvementOf, isImpaired, scorePair } from "./scores";
import type { MeasureFigures, RoleFigures } from "./types";

interface Pair {
  readonly before: number;
  readonly after: number;
}

/** Complete before/after pairs of `def` over procedures of `role`, in source order. */
export function completePairs(model: CohortModel, def: MeasureDef, role: Role): Pair[] {
  const pairs: Pair[] = [];
  for (const patient of model.patients) {
    for (const proc of patient.procedures) {
      if (proc.role !== role) continue;
      const s = scorePair(proc, def);
      if (s === undefined || s.before === null || s.after === null) continue;
      pairs.push({ before: s.before, after: s.after });
    }
  }
  return pairs;
}

export function roleFigures(def: MeasureDef, pairs: readonly Pair[]): RoleFigures {
  const before = pairs.map((p) => p.before);
  const after = pairs.map((p) => p.after);
  const improvement = pairs.map((p) => improvementOf(def, p.before, p.after));
  const impaired = pairs.filter((p) => isImpaired(def, p.before));
  const impairedImprovement = impaired.map((p) => improvementOf(def, p.before, p.after));
  return {
    n: pairs.length,
    pre: describe(before),
    post: describe(after),
    improvement: describe(improvement),
    responders:
      def.responder === null
        ? null
        : { count: improvement.filter((d) => d >= def.responder!).length, n: pairs.length },
    impaired: { count: impaired.length, n: pairs.length },
    improvedAmongImpaired: { count: impairedImprovement.filter((d) => d > 0).length, n: impaired.length },
    improvementAmongImpaired: describe(impairedImprovement),
    postAmongImpaired: describe(impaired.map((p) => p.after)),
    wilcoxon: pairs.length === 0 ? null : wilcoxonSignedRank(before, after),
  };
}

export function measureFigures(model: CohortModel, def: MeasureDef): MeasureFigures {
  return {
    def,
    initial: roleFigures(def, completePairs(model, def, "initial")),
    repeat: roleFigures(def, completePairs(model, def, "repeat")),
  };
}
