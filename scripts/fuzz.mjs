// `npm run fuzz`: the robustness tests of test/robustness at a large count.
//
//   npm run fuzz                       15,000 runs per core property (≈ 120,000 core inputs),
//                                      a third of that per edit property, 12,000 server edits
//   npm run fuzz -- --runs 500 --seed 7 --edits 2000
//
// It runs the fast parser's differential test (test/syntax/fast-parser.test.ts) and the
// damaged-block test of parse() (test/syntax/damaged-blocks.test.ts) and the test of
// parsing again after an edit (test/syntax/reparse.test.ts) too.
// `npm test` runs the same tests at a small count; this only sets the counts and the
// seed (VCASE_FUZZ_RUNS, VCASE_FUZZ_SEED, VCASE_FUZZ_EDITS) and runs vitest on them.
// The seed is fixed by default, so a run is reproducible; pass --seed to explore further.
// A failure prints the seed and the shrunk input; rerun with that seed to reproduce.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const options = { runs: "15000", seed: "20240601", edits: "12000" };
const rest = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const name = argv[i].replace(/^--/, "");
  if (name in options && argv[i].startsWith("--") && argv[i + 1] !== undefined) options[name] = argv[++i];
  else rest.push(argv[i]);
}
for (const [name, value] of Object.entries(options)) {
  if (!/^[1-9]\d*$/.test(value)) {
    console.error(`--${name} must be a positive whole number, got ${value}`);
    process.exit(2);
  }
}

console.log(`fuzz: ${options.runs} runs per core property, ${options.edits} server edits, seed ${options.seed}`);
const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");
const started = Date.now();
const result = spawnSync(process.execPath, [vitest, "run", "test/robustness", "test/syntax/fast-parser.test.ts", "test/syntax/damaged-blocks.test.ts", "test/syntax/reparse.test.ts", ...rest], {
  stdio: "inherit",
  env: { ...process.env, VCASE_FUZZ_RUNS: options.runs, VCASE_FUZZ_SEED: options.seed, VCASE_FUZZ_EDITS: options.edits },
});
console.log(`fuzz: seed ${options.seed}, ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${result.status}`);
process.exit(result.status ?? 1);
