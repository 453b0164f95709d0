/**
 * The complication and follow-up figures of spec §9.4 on seeded random
 * patients, against an independent reading of the same rules in R
 * (v2-counts.R: plain data frames, `quantile(type = 7)`, `sd`), to 1e-9.
 *
 * The patients are handed to the figures as the linked model will hand them
 * (random-v2-patients.ts), until the model reads these items from the text.
 * Run with `npm run test:r`; without `Rscript` it fails, saying how to install R.
 */
import { describe, expect, it } from "vitest";
import { complicationFigures } from "../../server/src/core/cohort/complications";
import { followUpFigures } from "../../server/src/core/cohort/follow-up";
import { randomV2Patients } from "./random-v2-patients";
import { runR, TOLERANCE, useRscript } from "./rscript";

useRscript();

/** R's counts for the rows, as numbers. */
function countsFromR(rows: readonly string[]): Map<string, number> {
  return new Map([...runR("v2-counts.R", rows)].map(([k, v]) => [k, Number(v)]));
}

/** Our numeric figures under the keys R prints (labels and nulls left out). */
function flatten(into: Map<string, number>, key: string, value: unknown): void {
  if (typeof value === "number") into.set(key, value);
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) flatten(into, `${key}.${k}`, v);
}

const BATCHES = [
  { name: "small cohorts", seeds: 80, maxPatients: 10, firstSeed: 7001 },
  { name: "large cohorts", seeds: 10, maxPatients: 150, firstSeed: 8001 },
];

describe("complications and follow-up of random patients against R", () => {
  for (const batch of BATCHES) {
    it(`agree to 1e-9 for ${batch.seeds} ${batch.name}`, { timeout: 120_000 }, () => {
      const rows: string[] = [];
      const ours = new Map<string, number>();
      for (let s = 0; s < batch.seeds; s++) {
        const seed = batch.firstSeed + s;
        const data = randomV2Patients(seed, batch.maxPatients);
        rows.push(...data.rows.map((r) => `c${seed}\t${r}`), `c${seed}\tmarker`);
        for (const [kind, c] of complicationFigures(data.kinds, data.patients)) flatten(ours, `c${seed}.complications.${kind}`, c);
        flatten(ours, `c${seed}.followup`, followUpFigures(data.patients));
      }
      const theirs = countsFromR(rows);
      const differences: string[] = [];
      for (const [key, expected] of theirs) {
        const mine = ours.get(key);
        if (mine === undefined || Math.abs(mine - expected) > TOLERANCE * Math.max(1, Math.abs(expected))) {
          differences.push(`${key}: ours ${String(mine)}, R ${expected}`);
        }
      }
      // Every figure of ours that is a number is one R gave too.
      for (const key of ours.keys()) if (!theirs.has(key)) differences.push(`${key}: ours ${ours.get(key)}, R none`);
      expect(differences, differences.slice(0, 20).join("\n")).toEqual([]);
      expect(theirs.size).toBeGreaterThan(500);
      // The batch must reach what it is for: days after a procedure, follow-up days, (procedure, level) pairs.
      const reached = (suffix: string) => [...ours].filter(([k, v]) => k.endsWith(suffix) && v > 0).length;
      expect(reached(".daysAfterProcedure.n")).toBeGreaterThan(5);
      expect(reached(".followup.days.n")).toBeGreaterThan(5);
      expect(reached(".levels.count")).toBeGreaterThan(5);
    });
  }
});
