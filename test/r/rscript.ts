/**
 * Running an R script of test/r/ on a batch of data, for the checks against R:
 * one Rscript run per batch, the lines written to a temporary TSV file, R's
 * answer read back as `key<TAB>value` lines. `useRscript()` fails the whole file,
 * saying how to install R, when Rscript is missing (never a silent skip), and
 * removes its temporary folder afterwards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/** |ours − R's| ≤ TOLERANCE · max(1, |R's|): 1e-9, relative for figures above 1. */
export const TOLERANCE = 1e-9;

let workDir: string | undefined;

export function useRscript(): void {
  beforeAll(() => {
    const probe = spawnSync("Rscript", ["--version"], { encoding: "utf8" });
    if (probe.error !== undefined || probe.status !== 0) {
      throw new Error(
        "Rscript was not found, so the figures cannot be checked against R. Install R " +
          "(Debian/Ubuntu: apt-get install -y --no-install-recommends r-base-core) and run `npm run test:r` again.",
      );
    }
    workDir = mkdtempSync(join(tmpdir(), "vcase-r-"));
  });
  afterAll(() => {
    if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
  });
}

/** What `script` (a file of test/r/) prints for `lines`: key → value as R printed it. */
export function runR(script: string, lines: readonly string[]): Map<string, string> {
  if (workDir === undefined) throw new Error("call useRscript() in the test file first");
  const input = join(workDir, `batch-${Math.random().toString(36).slice(2)}.tsv`);
  writeFileSync(input, lines.join("\n") + "\n");
  const run = spawnSync("Rscript", ["--vanilla", join(__dirname, script), input], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`Rscript failed (${run.status}): ${run.stderr}`);
  const out = new Map<string, string>();
  for (const line of run.stdout.trim().split("\n")) {
    const [key, value] = line.split("\t");
    out.set(key!, value!);
  }
  return out;
}
