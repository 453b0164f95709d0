/**
 * A ROLE's figures (spec §5) come from its pairs counted by (before, after) when
 * the scores are whole numbers on a short scale, and from the pairs listed one by
 * one otherwise (a score with decimals). Either way each figure must be what the
 * statistics give on the plain lists of scores: checked here against
 * simple-statistics and the signed-rank test on those lists, for random pairs.
 */
import fc from "fast-check";
import { mean, quantileSorted, sampleStandardDeviation } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { addPair, emptyColumns } from "../../server/src/core/cohort/complete-pairs";
import { roleFigures } from "../../server/src/core/cohort/measure-figures";
import { wilcoxonSignedRank } from "../../server/src/core/stats/wilcoxon";

/** The descriptive figures of a list, straight from simple-statistics. */
function expected(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null };
  return {
    n: sorted.length,
    mean: mean(sorted),
    sd: sorted.length >= 2 ? sampleStandardDeviation(sorted) : null,
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

const PAIN = { min: 0, max: 10, better: "lower", responder: 3 } as const;
const FUNCTION = { min: 0, max: 10, better: "higher", responder: null } as const;

/** Scores on the 0..10 scale: whole numbers, or now and then one with a decimal. */
const score = (decimals: boolean) =>
  decimals ? fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 100 }).map((t) => t / 10)) : fc.integer({ min: 0, max: 10 });

describe("a role's figures, whether its pairs are counted or listed", () => {
  for (const decimals of [false, true]) {
    it(decimals ? "scores with decimals" : "whole-number scores", () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(score(decimals), score(decimals)), { maxLength: 400 }), fc.boolean(), (pairs, lower) => {
          const def = lower ? PAIN : FUNCTION;
          const columns = emptyColumns(4);
          for (const [before, after] of pairs) addPair(columns, before, after);
          const figures = roleFigures(def, columns);
          // Improvement on the decimals as written: 0.3 − 0.1 is 0.2 (stats/decimals.ts).
          const gain = ([b, a]: [number, number]) => Math.round((lower ? b - a : a - b) * 1e10) / 1e10;
          const impaired = pairs.filter(([b]) => (lower ? b > 0 : b < 10));
          expect(figures.n).toBe(pairs.length);
          expect(figures.pre).toEqual(expected(pairs.map(([b]) => b)));
          expect(figures.post).toEqual(expected(pairs.map(([, a]) => a)));
          expect(figures.improvement).toEqual(expected(pairs.map(gain)));
          expect(figures.responders).toEqual(lower ? { count: pairs.filter((p) => gain(p) >= 3).length, n: pairs.length } : null);
          expect(figures.impaired).toEqual({ count: impaired.length, n: pairs.length });
          expect(figures.improvedAmongImpaired).toEqual({ count: impaired.filter((p) => gain(p) > 0).length, n: impaired.length });
          expect(figures.improvementAmongImpaired).toEqual(expected(impaired.map(gain)));
          expect(figures.postAmongImpaired).toEqual(expected(impaired.map(([, a]) => a)));
          // R's wilcox.test(before, after, paired = TRUE), whichever way the scale runs.
          expect(figures.wilcoxon).toEqual(pairs.length === 0 ? null : wilcoxonSignedRank(pairs.map(([b]) => b), pairs.map(([, a]) => a)));
        }),
        { seed: 20261207, numRuns: 300 },
      );
    });
  }
});
