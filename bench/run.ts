/**
 * `npm run bench`: vcase against what users would use instead, on seeded cohorts of
 * 100 to 50,000 patients. For each size, medians over repeated runs after warm-up of
 *   1. vcase full analysis of the .vcase text (parse, every check, every figure),
 *   2. the peer: the same cohort as JSON, parsed and validated against
 *      bench/cohort.schema.json by vscode-json-languageservice,
 *   3. the floor: JSON.parse of that JSON,
 *   4. heap retained per patient by the analysis (figures included);
 * then re-analysis after a one-character edit in a 2,000-line file, server start to
 * first diagnostics on that file, a hover on the study title of 10,000 patients, editor
 * requests in that file each first on a new analysis (as after an edit), and typing
 * in the 10,000-patient file through the server.
 * Each run of the table is timed between two core probes (bench/core-probe.ts), so
 * the report can tell the runs the host timed on a shared core from the others.
 * Prints a Markdown table and writes bench/results/latest.json.
 *
 * Options: --sizes 100,1000 (default all), --out FILE, --no-server.
 */
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname } from "node:path";
import { analyze } from "../server/src/core/analyze";
import { calibration, warmProbe } from "./core-probe";
import { timeReanalysis, timeReanalysisFromLast, timeReanalysisWithSyntaxError, timeStudyHover, withSyntaxError } from "./editor";
import { cohortOfLines, generateCohort, toJson, toVcase } from "./generate";
import { COLLECTION_RUNS, countCollections } from "./collections";
import { gc, median, retainedBytes, timeAsync, timeSync, type RunCounts } from "./measure";
import { jsonChecker } from "./peer";
import { judgeTargets, markdown, type Results, type SizeResult } from "./report";
import { timeRequests } from "./requests";
import { timeServerEdits } from "./server-edit";
import { timeServerHovers } from "./server-hover";
import { timeServerStart } from "./server-start";
import { CHILD_FLAG, runChild, timeWithServerOptions } from "./server-options-analysis";

const SEED = 20240601;
const ALL_SIZES = [100, 500, 1_000, 10_000, 50_000];
/** Fewer runs for the large sizes, where one run of the peer takes seconds. */
const COUNTS: Record<number, RunCounts> = {
  100: { warmup: 30, runs: 101 },
  500: { warmup: 20, runs: 61 },
  1_000: { warmup: 10, runs: 41 },
  10_000: { warmup: 3, runs: 25 },
  50_000: { warmup: 2, runs: 7 },
};

/** How many unshared runs of the analysis to wait for, and for how long, at the sizes the targets name. */
const UNTIL_UNSHARED: Record<number, RunCounts["untilUnshared"]> = {
  10_000: { runs: 15, withinMs: 30_000 },
  50_000: { runs: 9, withinMs: 60_000 },
};

/** The sizes whose analysis is timed again with the server's Node.js options, and its collections counted: those of the growth target. */
const WITH_SERVER_OPTIONS = [10_000, 50_000];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function log(line: string): void {
  process.stderr.write(line + "\n");
}

/** The line count of the generated cohort's text, which must have no errors. */
function checkedLineCount(text: string): number {
  const check = analyze(text);
  if (check.errorCount > 0) throw new Error(`the generated cohort has ${check.errorCount} errors`);
  return check.lines.lineCount;
}

function timeSyntaxError(text: string) {
  const damaged = withSyntaxError(text);
  return timeSync({ warmup: 3, runs: 9 }, () => analyze(damaged).figures);
}

async function measureSize(patients: number): Promise<SizeResult> {
  const cohort = generateCohort(SEED, patients);
  const text = toVcase(cohort);
  const json = toJson(cohort);
  const counts = countsOf(patients);
  log(`${patients} patients: ${text.length} bytes of .vcase, ${json.length} bytes of JSON`);
  // Checked and let go: while the table's runs are timed, no analysis of the caller's
  // is alive, only the one the core keeps (server/src/core/kept-shapes.ts).
  const lines = checkedLineCount(text);
  // One full analysis, figures included: what the table's runs, the count of
  // collections and the runs with another analysis alive all time or count.
  const fullAnalysis = () => analyze(text).figures;
  // At the sizes the targets name, runs go on (for at most 30 or 60 s) until enough
  // were on a core the host did not share: see bench/core-probe.ts.
  const analysis = timeSync(analysisCounts(patients), fullAnalysis);
  // At the sizes of the growth target, the collections inside a run, counted apart.
  const collections = WITH_SERVER_OPTIONS.includes(patients) ? countCollections(COLLECTION_RUNS, fullAnalysis, gc) : undefined;
  const checker = jsonChecker();
  const uri = `file:///bench/cohort-${patients}.cohort.json`;
  const schemaErrors = await checker.check(uri, json);
  if (schemaErrors.length > 0) throw new Error(`the generated JSON breaks the schema: ${schemaErrors[0]!.message}`);
  const peer = await timeAsync(counts, () => checker.check(uri, json));
  const floor = timeSync(counts, () => JSON.parse(json) as unknown);
  // The same cohort without indentation, as a registry might export it: a harder floor.
  const compact = JSON.stringify(cohort);
  const floorCompact = timeSync(counts, () => JSON.parse(compact) as unknown);
  // One syntax error sends its patient through the recovering parser: measured too,
  // at 10,000 patients, so the table shows what a damaged file costs.
  const withError = patients === 10_000 ? timeSyntaxError(text) : undefined;
  // In an editor another document's analysis is usually alive: the same runs with one.
  // Before the core kept an analysis of its own, this row was the fast one: with
  // nothing alive, every run after a collection started the compiled code cold.
  const other = patients === 10_000 ? analyze(toVcase(generateCohort(SEED + 1, 20))) : undefined;
  const withOtherAlive = other && timeSync(counts, fullAnalysis);
  void other;
  const heap = median(
    [1, 2, 3].map(() =>
      retainedBytes(() => {
        const a = analyze(text);
        void a.figures;
        return a;
      }),
    ),
  );
  log(`  analysis ${analysis.median.toFixed(1)} ms, peer ${peer.median.toFixed(1)} ms, floor ${floor.median.toFixed(1)} ms`);
  return {
    patients,
    lines,
    vcaseBytes: Buffer.byteLength(text),
    jsonBytes: Buffer.byteLength(json),
    analysis,
    peer,
    floor,
    floorCompact,
    heapBytesPerPatient: Math.round(heap / patients),
    ...(withError && { withSyntaxError: withError }),
    ...(withOtherAlive && { withOtherAnalysisAlive: withOtherAlive }),
    ...(collections && { collections }),
  };
}

function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    if (execSync("git status --porcelain -- server bench ':!bench/results'", { encoding: "utf8" }).trim() !== "") commit += " + local changes";
  } catch {
    // not a git checkout
  }
  return {
    cpu: `${cpus[0]?.model ?? "unknown"} × ${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    commit,
    "load average at start": os.loadavg()[0]!.toFixed(2),
  };
}

/** The runs of a size's timings. */
function countsOf(patients: number): RunCounts {
  return COUNTS[patients] ?? { warmup: 3, runs: 9 };
}

/** The analysis counts of a size, with the wait for unshared runs where the targets name it. */
function analysisCounts(patients: number): RunCounts {
  const counts = countsOf(patients);
  const more = UNTIL_UNSHARED[patients];
  return more === undefined ? counts : { ...counts, untilUnshared: more };
}

async function main(): Promise<void> {
  const child = option(CHILD_FLAG);
  if (child !== undefined) return runChild(SEED, child.split(",").map(Number), analysisCounts);
  const sizes = (option("--sizes")?.split(",").map(Number) ?? ALL_SIZES).filter((n) => n > 0);
  const out = option("--out") ?? "bench/results/latest.json";
  const info = machine();
  warmProbe();
  const sizeResults: SizeResult[] = [];
  for (const n of sizes) sizeResults.push(await measureSize(n));
  const again = WITH_SERVER_OPTIONS.filter((n) => sizes.includes(n));
  if (again.length > 0) {
    log(`analysis with the server's Node.js options, in a process of its own: ${again.join(", ")} patients`);
    const timings = await timeWithServerOptions(again);
    for (let i = 0; i < sizeResults.length; i++) {
      const timing = timings.get(sizeResults[i]!.patients);
      if (timing !== undefined) sizeResults[i] = { ...sizeResults[i]!, withServerOptions: timing };
    }
  }

  const author = toVcase(cohortOfLines(SEED, 2000));
  const authorPatients = analyze(author).model.patientCount;
  log(`editor: ${author.split("\n").length}-line file`);
  const reanalysis = timeReanalysis(author, { warmup: 200, runs: 1001 });
  const reanalysisWithSyntaxError = timeReanalysisWithSyntaxError(author, { warmup: 200, runs: 1001 });
  const reanalysisFromLast = timeReanalysisFromLast(author, { warmup: 200, runs: 1001 });
  const largePatients = 10_000;
  const large = toVcase(generateCohort(SEED, largePatients));
  const hover = { ...timeStudyHover(large, { warmup: 20, runs: 101 }), patients: largePatients };
  log(`editor: requests in the ${largePatients}-patient file, each first on a new analysis`);
  const requests = { ...timeRequests(large, { warmup: 3, runs: 15 }, { warmup: 20, runs: 101 }), patients: largePatients };
  const serverStart = process.argv.includes("--no-server") ? undefined : await timeServerStart(author, 7);
  const serverEdit = process.argv.includes("--no-server") ? undefined : await timeServerEdits(large, 9);
  const serverHover = process.argv.includes("--no-server") ? undefined : await timeServerHovers(large, 9);
  const editor = {
    lines: author.split("\n").length,
    patients: authorPatients,
    reanalysis,
    reanalysisWithSyntaxError,
    reanalysisFromLast,
    hover,
    requests,
    ...(serverStart && { serverStart }),
    ...(serverEdit && { serverEdit: { ...serverEdit, patients: largePatients } }),
    ...(serverHover && { serverHover: { ...serverHover, patients: largePatients } }),
  };

  // Judged after the last timing, so that the fastest probe has seen the whole run.
  const coreProbe = calibration();
  const results: Results = {
    date: new Date().toISOString(),
    command: "npm run bench",
    machine: { ...info, "load average at end": os.loadavg()[0]!.toFixed(2) },
    coreProbe,
    sizes: sizeResults,
    editor,
    targets: judgeTargets(sizeResults, editor, coreProbe),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  process.stdout.write(markdown(results) + "\n");
  log(`written to ${out}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
