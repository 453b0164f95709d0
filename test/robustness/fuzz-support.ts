/**
 * What every robustness test shares: how many runs and which seed (from the
 * environment, so `npm test` stays quick and `npm run fuzz` goes large), the
 * sample texts to mutate, and a large valid cohort for load tests. The texts
 * themselves are in text-arbitraries.ts, the invariants in core-invariants.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type fc from "fast-check";

/** Runs per property: `VCASE_FUZZ_RUNS`, 300 by default. */
export const RUNS = positiveInt(process.env["VCASE_FUZZ_RUNS"], 300);
/** Base seed: `VCASE_FUZZ_SEED`, fixed by default so a failure reproduces. */
export const SEED = positiveInt(process.env["VCASE_FUZZ_SEED"], 20240601);
/** Fixed "today" so VC204 does not depend on the clock. */
export const TODAY = "2024-06-01";

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Per-test timeout that grows with the run count (the vitest default suits only small counts). */
export const TIMEOUT_MS = Math.max(60_000, RUNS * 30);

/** fast-check parameters for the property numbered `index` (each its own seed). */
export function fcParams(index: number, runs = RUNS): fc.Parameters<unknown> {
  return { numRuns: runs, seed: SEED + index * 7919, endOnFailure: true };
}

const ROOT = join(__dirname, "..", "..");

/** Every sample of the repository, and the grammar fixtures (a wide range of syntax). */
export function loadCorpus(): { name: string; text: string }[] {
  const dirs = [join(ROOT, "samples"), join(ROOT, "test", "grammar")];
  const out: { name: string; text: string }[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".vcase")).sort()) {
      out.push({ name, text: readFileSync(join(dir, name), "utf8") });
    }
  }
  return out;
}

/** Whether this is a `npm run fuzz` (or other explicitly sized) run, which prints its counts. */
export const REPORTING = process.env["VCASE_FUZZ_RUNS"] !== undefined;

// ---- large files ---------------------------------------------------------------

/**
 * A valid cohort of `patients` patients (about 300 bytes each, so 50,000 patients
 * make some 14 MB): the study header of spec §1, then two procedures per patient,
 * the second repeating the first, with a recurrence between them.
 */
export function largeCohort(patients: number): string {
  const parts = [
    `// A generated cohort of ${patients} patients for load tests. Not real patient data.\n`,
    `study "Load test" {\n  measure pain "Pain (11-point scale)" range 0..10 better lower responder 3\n` +
      `  measure mobility "Mobility impairment (5-point scale)" range 0..4 better lower\n}\n`,
  ];
  for (let i = 0; i < patients; i++) {
    const level = ["T11", "T12", "L1", "L2"][i % 4]!;
    parts.push(
      `\npatient P${i} {\n  age ${50 + (i % 45)}\n  sex ${i % 3 === 0 ? "M" : "F"}\n  etiology osteoporosis\n` +
        `  procedure PV1 vertebroplasty on day 0 at ${level} {\n    cement ${2 + (i % 5)} ml\n    pain ${6 + (i % 5)} -> ${i % 4}\n    mobility ${i % 5} -> ${i % 2}\n  }\n` +
        `  recurrence on day ${8 + (i % 160)} at ${level}\n` +
        `  procedure PV2 vertebroplasty on day ${170 + (i % 30)} at ${level} repeats PV1 {\n    pain 10 -> ${i % 7}\n    mobility ${i % 3} -> 0\n  }\n}\n`,
    );
  }
  return parts.join("");
}
