/**
 * Every figure of ROLE (pre, post, improvement and the impaired subgroup's
 * descriptive statistics with type-7 quartiles, the Wilcoxon test, the paired
 * t-test) and the descriptive statistics of the cohort's description, on seeded
 * random cohorts, against R itself (`quantile(type = 7)`, `sd`,
 * `wilcox.test(paired = TRUE)`, `t.test`), to 1e-9.
 *
 * Run with `npm run test:r` (not part of `npm test`: it needs R). Without
 * `Rscript` on the PATH it fails, saying how to install R; it never skips.
 * The generator (random-cohort.ts) keeps the data it writes, and R computes from
 * that, so the core's reading of the text is checked too, not only its arithmetic.
 *
 * The per-visit ROLEs (spec §9.4) are checked the same way, from random visit
 * scores (random-visits.ts) handed to the figures as the linked model hands them,
 * until the model reads visits from the text.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { CohortFigures, Stats } from "../../server/src/core/cohort/types";
import { visitRoles } from "../../server/src/core/cohort/visit-roles";
import { randomCohort, type RandomCohort } from "./random-cohort";
import { randomVisits } from "./random-visits";
import { runR, TOLERANCE, useRscript } from "./rscript";

useRscript();

const figuresFromR = (lines: readonly string[]) => runR("figures.R", lines);


/** Our figures flattened to the keys R prints. */
function flatten(into: Map<string, number | boolean | null>, key: string, value: unknown): void {
  if (value === null || typeof value !== "object") {
    into.set(key, value as number | boolean | null);
    return;
  }
  for (const [k, v] of Object.entries(value)) flatten(into, `${key}.${k}`, v);
}

function statsLine(key: string, values: readonly string[]): string {
  return `${key}\tstats\t${values.join(",")}`;
}

/** The samples of cohort `c` for R, and the same figures of the core, under the same keys. */
function samplesOf(c: number, cohort: RandomCohort, figures: CohortFigures): { lines: string[]; ours: Map<string, number | boolean | null> } {
  const lines: string[] = [];
  const ours = new Map<string, number | boolean | null>();
  for (const p of cohort.pairs) {
    const key = `c${c}.${p.measure}.${p.role}`;
    lines.push([key, "pairs", p.better, p.min, p.max, p.before.join(","), p.after.join(",")].join("\t"));
    const role = figures.measures.get(p.measure)![p.role];
    const { pre, post, improvement, improvementAmongImpaired, postAmongImpaired, wilcoxon, tTest } = role;
    flatten(ours, key, { pre, post, improvement, improvementAmongImpaired, postAmongImpaired, wilcoxon, tTest });
  }
  const b = cohort.baseline;
  const f = figures.baseline;
  const described: [string, readonly string[], Stats][] = [
    ["age", b.age, f.age],
    ["proceduresPerPatient", b.proceduresPerPatient, f.proceduresPerPatient],
    ["levels.perProcedure", b.levelsPerProcedure, f.levels.perProcedure],
    ["cement.initial", b.cementInitial, f.cement.initial],
    ["cement.repeat", b.cementRepeat, f.cement.repeat],
  ];
  for (const [name, values, stats] of described) {
    lines.push(statsLine(`c${c}.baseline.${name}`, values));
    flatten(ours, `c${c}.baseline.${name}`, stats);
  }
  return { lines, ours };
}

/** Every figure R gave, compared with ours; returns how many were compared. */
function compare(ours: Map<string, number | boolean | null>, theirs: Map<string, string>): number {
  const differences: string[] = [];
  for (const [key, text] of theirs) {
    // R prints a test it cannot compute as `null`; ours is then null, and has no fields below it.
    const mine = ours.has(key) ? ours.get(key) : [...ours.keys()].some((k) => k.startsWith(`${key}.`)) ? "(a result)" : undefined;
    const expected = text === "null" || text === "NA" ? null : text === "TRUE" ? true : text === "FALSE" ? false : Number(text);
    const same =
      typeof expected === "number" && typeof mine === "number"
        ? Math.abs(mine - expected) <= TOLERANCE * Math.max(1, Math.abs(expected))
        : mine === expected;
    if (!same) differences.push(`${key}: ours ${String(mine)}, R ${text}`);
  }
  expect(differences, differences.slice(0, 20).join("\n")).toEqual([]);
  return theirs.size;
}

/** Batches of cohorts: small ones (exact Wilcoxon p-values), then large ones (normal approximation). */
const BATCHES = [
  { name: "small cohorts", seeds: 60, maxPatients: 12, firstSeed: 1 },
  { name: "mid-sized cohorts", seeds: 40, maxPatients: 45, firstSeed: 1001 },
  { name: "large cohorts", seeds: 12, maxPatients: 160, firstSeed: 2001 },
];

describe("figures of random cohorts against R", () => {
  for (const batch of BATCHES) {
    it(`agree to 1e-9 for ${batch.seeds} ${batch.name}`, { timeout: 120_000 }, () => {
      const lines: string[] = [];
      const ours = new Map<string, number | boolean | null>();
      const tests = { exact: 0, normal: 0, tTests: 0 };
      for (let s = 0; s < batch.seeds; s++) {
        const seed = batch.firstSeed + s;
        const cohort = randomCohort(seed, batch.maxPatients);
        const analysis = analyze(cohort.text, { today: "2026-01-01" });
        // The generated text must be a valid file, or the comparison means nothing.
        expect(analysis.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`)).toEqual([]);
        const samples = samplesOf(seed, cohort, analysis.figures);
        lines.push(...samples.lines);
        for (const [k, v] of samples.ours) ours.set(k, v);
        for (const m of analysis.figures.measures.values()) {
          for (const role of [m.initial, m.repeat]) {
            if (role.wilcoxon !== null) tests[role.wilcoxon.exact ? "exact" : "normal"]++;
            if (role.tTest !== null) tests.tTests++;
          }
        }
      }
      const compared = compare(ours, figuresFromR(lines));
      // The batch must have reached what it is for.
      expect(compared).toBeGreaterThan(1000);
      expect(tests.tTests).toBeGreaterThan(10);
      expect(tests.normal).toBeGreaterThan(5);
      if (batch.maxPatients <= 12) expect(tests.exact).toBeGreaterThan(5);
    });
  }
});

/** Batches of visit scores: few procedures (exact Wilcoxon p-values), then many (normal approximation). */
const VISIT_BATCHES = [
  { name: "few procedures", seeds: 60, maxProcedures: 14, firstSeed: 5001 },
  { name: "many procedures", seeds: 15, maxProcedures: 200, firstSeed: 6001 },
];

describe("visit ROLEs of random visit scores against R", () => {
  for (const batch of VISIT_BATCHES) {
    it(`agree to 1e-9 for ${batch.seeds} batches with ${batch.name}`, { timeout: 120_000 }, () => {
      const lines: string[] = [];
      const ours = new Map<string, number | boolean | null>();
      const tests = { exact: 0, normal: 0, tTests: 0 };
      for (let s = 0; s < batch.seeds; s++) {
        const seed = batch.firstSeed + s;
        const data = randomVisits(seed, batch.maxProcedures);
        const def = { min: data.scale.min, max: data.scale.max, better: data.scale.better, responder: null };
        const roles = visitRoles(def, data.visits, data.procedures);
        for (const [key, p] of data.pairs) {
          const [visit, role] = key.split(".") as [string, "initial" | "repeat"];
          const r = roles[role].get(visit)!;
          lines.push([`v${seed}.${key}`, "pairs", p.better, p.min, p.max, p.before.join(","), p.after.join(",")].join("\t"));
          const { pre, post, improvement, improvementAmongImpaired, postAmongImpaired, wilcoxon, tTest } = r;
          flatten(ours, `v${seed}.${key}`, { pre, post, improvement, improvementAmongImpaired, postAmongImpaired, wilcoxon, tTest });
          if (r.wilcoxon !== null) tests[r.wilcoxon.exact ? "exact" : "normal"]++;
          if (r.tTest !== null) tests.tTests++;
        }
      }
      const compared = compare(ours, figuresFromR(lines));
      expect(compared).toBeGreaterThan(1000);
      expect(tests.tTests).toBeGreaterThan(10);
      expect(tests.normal).toBeGreaterThan(5);
      if (batch.maxProcedures <= 14) expect(tests.exact).toBeGreaterThan(5);
    });
  }
});
