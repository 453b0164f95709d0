/**
 * Spec §5 figures of one measure over the procedures of one role, from its
 * complete pairs (complete-pairs.ts).
 */
import { describeRuns } from "../stats/descriptive";
import { pairedTTest } from "../stats/t-test";
import { signedRankOfRuns } from "../stats/wilcoxon";
import { afterScores, beforeScores, type MeasurePairs, type PairColumns } from "./complete-pairs";
import { roleSamples } from "./role-samples";
import { scaleOf, type MeasureScale } from "./scores";
import type { MeasureFigures, RoleFigures, VisitRoles } from "./types";

/**
 * The one place a ROLE is computed: §5 over a role's complete pairs, and §9.4's
 * per-visit ROLEs (visit-roles.ts) over the pairs (score before, score at the visit).
 */
export function roleFigures(def: MeasureScale, pairs: PairColumns): RoleFigures {
  const samples = roleSamples(def, beforeScores(pairs), afterScores(pairs));
  const n = pairs.length;
  // The improvements, sorted once, are described and ranked for the signed-rank
  // test: an improvement is before − after (`better lower`) or after − before
  // (`better higher`), on the decimals as written (scores.ts).
  const improvement = describeRuns(samples.improvement);
  return {
    n,
    pre: describeRuns(samples.before),
    post: describeRuns(samples.after),
    improvement,
    responders: def.responder === null ? null : { count: samples.responders, n },
    impaired: { count: samples.impaired, n },
    improvedAmongImpaired: { count: samples.improvedAmongImpaired, n: samples.impaired },
    improvementAmongImpaired: describeRuns(samples.impairedImprovement),
    postAmongImpaired: describeRuns(samples.impairedAfter),
    // The two paired tests, side by side: the same pairs, the same differences.
    wilcoxon: n === 0 ? null : signedRankOfRuns(samples.improvement, !scaleOf(def).lowerIsBetter),
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
