/**
 * Spec §5 figures of one measure over the procedures of one role, from its
 * complete pairs (complete-pairs.ts).
 */
import { describe, describeSorted } from "../stats/descriptive";
import { sortedFinite } from "../stats/sorted";
import { pairedTTest } from "../stats/t-test";
import { signedRankOfSorted } from "../stats/wilcoxon";
import { afterScores, beforeScores, type MeasurePairs, type PairColumns } from "./complete-pairs";
import { improvementOf, isImpaired, scaleOf, type MeasureScale } from "./scores";
import type { MeasureFigures, RoleFigures, VisitRoles } from "./types";

/** What the improvements of a role's pairs give. */
interface Improvements {
  /** Improvement of every pair, positive = better. */
  readonly all: Float64Array;
  /** How many pairs improved by at least the responder threshold; 0 when there is none. */
  readonly responders: number;
  /** How many pairs were impaired before the procedure. */
  readonly impaired: number;
  /** Of the impaired pairs, in their first `impaired` entries: improvement and score after. */
  readonly impairedImprovement: Float64Array;
  readonly impairedAfter: Float64Array;
  readonly improvedAmongImpaired: number;
}

function improvements(def: MeasureScale, before: Float64Array, after: Float64Array): Improvements {
  const n = before.length;
  const scale = scaleOf(def);
  const threshold = def.responder;
  const all = new Float64Array(n);
  const impairedImprovement = new Float64Array(n);
  const impairedAfter = new Float64Array(n);
  let responders = 0;
  let impaired = 0;
  let improvedAmongImpaired = 0;
  for (let i = 0; i < n; i++) {
    const gain = improvementOf(scale, before[i]!, after[i]!);
    all[i] = gain;
    if (threshold !== null && gain >= threshold) responders++;
    if (isImpaired(scale, before[i]!)) {
      impairedImprovement[impaired] = gain;
      impairedAfter[impaired] = after[i]!;
      impaired++;
      if (gain > 0) improvedAmongImpaired++;
    }
  }
  return { all, responders, impaired, impairedImprovement, impairedAfter, improvedAmongImpaired };
}

/**
 * The one place a ROLE is computed: §5 over a role's complete pairs, and §9.4's
 * per-visit ROLEs (visit-roles.ts) over the pairs (score before, score at the visit).
 */
export function roleFigures(def: MeasureScale, pairs: PairColumns): RoleFigures {
  const before = beforeScores(pairs);
  const after = afterScores(pairs);
  const n = before.length;
  const gains = improvements(def, before, after);
  // The improvements, sorted once in place, are described and ranked for the
  // signed-rank test: an improvement is before − after (`better lower`) or
  // after − before (`better higher`), on the decimals as written (scores.ts).
  const sortedGains = sortedFinite(gains.all, gains.all);
  const improvement = describeSorted(sortedGains);
  return {
    n,
    pre: describe(before),
    post: describe(after),
    improvement,
    responders: def.responder === null ? null : { count: gains.responders, n },
    impaired: { count: gains.impaired, n },
    improvedAmongImpaired: { count: gains.improvedAmongImpaired, n: gains.impaired },
    improvementAmongImpaired: describe(gains.impairedImprovement.subarray(0, gains.impaired)),
    postAmongImpaired: describe(gains.impairedAfter.subarray(0, gains.impaired)),
    // The two paired tests, side by side: the same pairs, the same differences.
    wilcoxon: n === 0 ? null : signedRankOfSorted(sortedGains, !scaleOf(def).lowerIsBetter),
    tTest: pairedTTest(improvement),
  };
}

/** `visits`: the measure's ROLEs at the study's visits (visit-roles.ts). */
export function measureFigures(pairs: MeasurePairs, visits: VisitRoles): MeasureFigures {
  return {
    def: pairs.def,
    initial: roleFigures(pairs.def, pairs.initial),
    repeat: roleFigures(pairs.def, pairs.repeat),
    visits,
  };
}
