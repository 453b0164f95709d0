/**
 * The table's full analysis timed again in a process of its own started with the
 * Node.js options the VS Code client starts the server with
 * (server/src/lsp/node-options.ts: a young generation with room for a large
 * cohort's analysis). The table's own runs use Node's defaults, as `vcase` on the
 * command line does; an editor's analyses run in the server, with these options.
 * At 50,000 patients the difference is what an analysis keeps (its diagnostics,
 * the ids' strings) copied out of a young generation too small for all it makes,
 * and now and then a full collection ("What limits the large cohorts" in
 * bench/README.md).
 *
 * The child is the bench's own bundle, run with CHILD_FLAG and the sizes; it
 * writes its timings, with its fastest core probe, as one line of JSON.
 */
import { execFile } from "node:child_process";
import { analyze } from "../server/src/core/analyze";
import { SERVER_NODE_OPTIONS } from "../server/src/lsp/node-options";
import { calibration, fastestProbe, warmProbe, type CoreProbe } from "./core-probe";
import { generateCohort, toVcase } from "./generate";
import { COLLECTION_RUNS, countCollections, type Collections } from "./collections";
import { gc, timeSync, type RunCounts, type Timing } from "./measure";

export const CHILD_FLAG = "--analysis-with-server-options";

interface ChildResult {
  readonly timings: readonly { readonly patients: number; readonly timing: Timing; readonly collections: Collections }[];
  readonly fastestProbeMs: number;
}

/** In the child: time the analysis of each size's cohort and print the result. */
export function runChild(seed: number, sizes: readonly number[], countsFor: (patients: number) => RunCounts): void {
  warmProbe();
  const timings = sizes.map((patients) => {
    const text = toVcase(generateCohort(seed, patients));
    if (analyze(text).errorCount > 0) throw new Error(`the generated cohort of ${patients} has errors`);
    const run = () => analyze(text).figures;
    const timing = timeSync(countsFor(patients), run);
    return { patients, timing, collections: countCollections(COLLECTION_RUNS, run, gc) };
  });
  const result: ChildResult = { timings, fastestProbeMs: fastestProbe() };
  process.stdout.write(JSON.stringify(result) + "\n");
}

/** A timing made in the child, with the child's own calibration of its probes. */
export interface ChildTiming {
  readonly timing: Timing;
  readonly coreProbe: CoreProbe;
  /** The collections inside a run in the child, counted after its timed runs. */
  readonly collections: Collections;
}

/**
 * In the bench: each size's timing from a child started with the server's options.
 * Its runs are judged against the child's own fastest probe: the same probe runs a
 * few per cent faster or slower from one process to another, so the bench's fastest
 * would misjudge them.
 */
export async function timeWithServerOptions(sizes: readonly number[]): Promise<Map<number, ChildTiming>> {
  const bundle = process.argv[1]!;
  const args = ["--expose-gc", ...SERVER_NODE_OPTIONS, bundle, CHILD_FLAG, sizes.join(",")];
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      if (error !== null) reject(new Error(`the analysis with the server's options failed: ${err.trim() || error.message}`));
      else resolve(out);
    });
  });
  const result = JSON.parse(stdout) as ChildResult;
  const coreProbe = calibration(result.fastestProbeMs);
  return new Map(result.timings.map((t) => [t.patients, { timing: t.timing, coreProbe, collections: t.collections }]));
}
