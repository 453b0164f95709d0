/**
 * The whole JSON summary (`vcase summary --format json`, spec §6 and §9.5) of
 * seeded random version-2 cohorts, field by field, against R (summary.R), to
 * 1e-9: every v1 and v2 figure, and the shape (every field present, `null` where
 * the spec says, `visits` `{}` when none is declared, every declared visit with
 * n = 0 where nothing was recorded). R computes from the raw data the generator
 * wrote (random-v2-cohort.ts), never from the core's output.
 *
 * Run with `npm run test:r`; without `Rscript` it fails, saying how to install R.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { renderSummary } from "../../server/src/core/report/render-summary";
import { randomV2Cohort } from "./random-v2-cohort";
import { runR, TOLERANCE, useRscript } from "./rscript";

useRscript();

type Leaf = number | string | boolean | null;

/** The JSON flattened to `KEY.PATH` → value; arrays by index; `{}` as a leaf, so an empty object is a field too. */
function flatten(into: Map<string, Leaf | "{}">, key: string, value: unknown): void {
  if (value === null || typeof value !== "object") into.set(key, value as Leaf);
  else if (Object.keys(value).length === 0 && !Array.isArray(value)) into.set(key, "{}");
  else for (const [k, v] of Object.entries(value)) flatten(into, `${key}.${k}`, v);
}

function fromR(text: string): Leaf {
  if (text === "null") return null;
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  if (text.startsWith("s:")) return text.slice(2);
  return Number(text);
}

/** The spine's order, as spec §2 names the levels. */
const SPINE = [
  ..."1234567".split("").map((n) => `C${n}`),
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `S${i + 1}`),
];

/** The codes the generator means to provoke; anything else (a syntax error above all) is a generator fault. */
const EXPECTED_CODES = new Set(["VC101", "VC103", "VC204", "VC304", "VC503", "VC701", "VC703", "VC711", "VC712", "VC713"]);

const BATCHES = [
  { name: "small cohorts", seeds: 120, maxPatients: 8, firstSeed: 9001 },
  { name: "mid-sized cohorts", seeds: 30, maxPatients: 40, firstSeed: 10001 },
  { name: "large cohorts", seeds: 6, maxPatients: 200, firstSeed: 11001 },
];

describe("the JSON summary of random version-2 cohorts against R", () => {
  for (const batch of BATCHES) {
    it(`agrees field by field to 1e-9 for ${batch.seeds} ${batch.name}`, { timeout: 300_000 }, () => {
      const rows: string[] = [];
      const ours = new Map<string, Leaf | "{}">();
      const reached = { visitsEmpty: 0, tTestNull: 0, exact: 0, normal: 0, periodNull: 0 };
      for (let s = 0; s < batch.seeds; s++) {
        const seed = batch.firstSeed + s;
        const cohort = randomV2Cohort(seed, batch.maxPatients);
        const analysis = analyze(cohort.text, { today: "2099-01-01" });
        const unexpected = analysis.diagnostics.filter((d) => !EXPECTED_CODES.has(d.code)).map((d) => `${d.code} ${d.message}`);
        expect(unexpected, `seed ${seed}`).toEqual([]);
        const json = JSON.parse(renderSummary(analysis, `c${seed}.vcase`, "json")) as Record<string, unknown> & {
          visits: object;
          baseline: { levels: { byLevel: object }; period: unknown };
          measures: Record<string, Record<"initial" | "repeat", { tTest: unknown; wilcoxon: { exact: boolean } | null }>>;
        };
        const { file: _file, diagnostics: _diagnostics, ...figures } = json;
        // The spec's empty objects, where it names them.
        if (!/\n  visit /.test(cohort.text)) expect(json.visits).toEqual({});
        flatten(ours, `c${seed}`, figures);
        rows.push(...cohort.rows.map((r) => `c${seed}\t${r}`));
        // `byLevel` lists only levels treated, in the spine's order.
        const byLevel = Object.keys(json.baseline.levels.byLevel);
        expect(byLevel).toEqual([...byLevel].sort((a, b) => SPINE.indexOf(a) - SPINE.indexOf(b)));
        if (Object.keys(json.visits).length === 0) reached.visitsEmpty++;
        if (json.baseline.period === null) reached.periodNull++;
        for (const m of Object.values(json.measures)) {
          for (const r of [m.initial, m.repeat]) {
            if (r.tTest === null) reached.tTestNull++;
            if (r.wilcoxon !== null) reached[r.wilcoxon.exact ? "exact" : "normal"]++;
          }
        }
      }
      const theirs = new Map([...runR("summary.R", rows)].map(([k, v]) => [k, fromR(v)]));
      // An empty object (`visits` when the study declares none, `complications` likewise, `byLevel`
      // when nothing was treated) is a field of ours; R prints nothing under it.
      const prefixes = new Set<string>();
      for (const key of theirs.keys()) for (let i = key.indexOf("."); i > 0; i = key.indexOf(".", i + 1)) prefixes.add(key.slice(0, i));
      for (const [key, value] of ours) if (value === "{}" && !prefixes.has(key)) theirs.set(key, "{}" as unknown as Leaf);
      const differences: string[] = [];
      for (const [key, expected] of theirs) {
        const mine = ours.get(key);
        const same =
          typeof expected === "number" && typeof mine === "number"
            ? Math.abs(mine - expected) <= TOLERANCE * Math.max(1, Math.abs(expected))
            : mine === expected;
        if (!same) differences.push(`${key}: ours ${JSON.stringify(mine)}, R ${JSON.stringify(expected)}`);
      }
      for (const key of ours.keys()) if (!theirs.has(key)) differences.push(`${key}: ours ${JSON.stringify(ours.get(key))}, R has no such field`);
      expect(differences, differences.slice(0, 30).join("\n")).toEqual([]);
      // The batch must have reached what it is for.
      expect(theirs.size).toBeGreaterThan(5000);
      expect(reached.normal).toBeGreaterThan(3);
      if (batch.maxPatients <= 8) {
        expect(reached.tTestNull).toBeGreaterThan(3);
        expect(reached.exact).toBeGreaterThan(10);
        expect(reached.visitsEmpty).toBeGreaterThan(3);
        expect(reached.periodNull).toBeGreaterThan(3);
      }
    });
  }
});
