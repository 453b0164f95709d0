/**
 * The benchmark's core probe, as a reader of its table meets it: runs whose probe
 * was slow are left out of the "unshared" median and counted as shared; runs made
 * only to find unshared ones never move the table's own median; and the 60 ms
 * target is judged again on the unshared runs, or said to be unjudgeable.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { probe, SHARED_RATIO, warmProbe, fastestProbe } from "../../bench/core-probe";
import { timeSync, unsharedRuns, type Timing } from "../../bench/measure";
import { judgeTargets, markdown, type EditorResult, type Results, type SizeResult } from "../../bench/report";
import { exposeGc } from "./expose-gc";

/** A calibration whose fastest probe took 0.5 ms. */
const HALF_MS = { fastestMs: 0.5, sharedRatio: SHARED_RATIO };

const probed = (runsMs: number[], probesMs: number[]): Timing => ({ median: 0, min: 0, max: 0, cpuMedian: 0, runs: runsMs.length, runsMs, probesMs });

describe("unshared runs", () => {
  it("keeps the runs whose slower probe is within the ratio of the fastest probe", () => {
    // fastest 0.5 ms: within 1.25× means at most 0.625 ms.
    const t = probed([90, 55, 100, 57, 59], [1.0, 0.5, 0.9, 0.62, 0.6]);
    expect(unsharedRuns(t, HALF_MS)).toEqual({ median: 57, runs: 3, shared: 2 });
  });

  it("has no median when every run was shared, and nothing to say for a timing without probes", () => {
    expect(unsharedRuns(probed([90, 95], [1, 1]), HALF_MS)).toEqual({ median: NaN, runs: 0, shared: 2 });
    expect(unsharedRuns({ median: 1, min: 1, max: 1, cpuMedian: 1, runs: 1 }, HALF_MS)).toBeUndefined();
  });
});

describe("the probe", () => {
  it("times a fixed piece of work and remembers the fastest", () => {
    warmProbe();
    const ms = probe();
    expect(ms).toBeGreaterThan(0);
    expect(fastestProbe()).toBeLessThanOrEqual(ms);
  });
});

describe("timing until enough runs were unshared", () => {
  // timeSync collects before each run, as npm run bench does with --expose-gc.
  beforeAll(() => {
    exposeGc();
  });

  it("keeps the table's median on the counted runs and the further runs only for the unshared figure", () => {
    let calls = 0;
    // Asks for more unshared runs than it can ever find within 0 ms: no further run.
    const none = timeSync({ warmup: 1, runs: 3, untilUnshared: { runs: 99, withinMs: 0 } }, () => calls++);
    expect(calls).toBe(4);
    expect(none.runs).toBe(3);
    expect(none.runsMs).toHaveLength(3);
    // Given time, it goes on past the counted runs until it has 99 unshared runs or the time is up.
    const more = timeSync({ warmup: 0, runs: 2, untilUnshared: { runs: 99, withinMs: 200 } }, () => calls++);
    expect(more.runs).toBe(2);
    expect(more.runsMs!.length).toBeGreaterThan(2);
    expect(more.probesMs).toHaveLength(more.runsMs!.length);
  });
});

const timing = (median: number): Timing => ({ median, min: median, max: median, cpuMedian: median, runs: 25 });
const editor: EditorResult = {
  lines: 2008,
  patients: 136,
  reanalysis: timing(0.6),
  reanalysisWithSyntaxError: timing(0.9),
  reanalysisFromLast: timing(0.4),
  hover: { first: 10, cached: timing(0.4), firstLine: "**Cohort**", patients: 10_000 },
  requests: { edit: "an empty line typed", first: [], repeatedHover: { method: "textDocument/hover", what: "hover, repeated", timing: timing(0.4), answerBytes: 400 }, patients: 10_000 },
};

function sizeWith(analysis: Timing): SizeResult {
  const floor = probed([50, 80], [0.5, 1]);
  return { patients: 10_000, lines: 100_000, vcaseBytes: 2_500_000, jsonBytes: 8_900_000, analysis, peer: { ...floor, median: 1500 }, floor, floorCompact: floor, heapBytesPerPatient: 1400 };
}

const targetRow = (size: SizeResult) =>
  judgeTargets([size], editor, { fastestMs: 0.5, sharedRatio: SHARED_RATIO }).find((t) => t.what.includes("did not share"));

describe("the target judged on unshared runs", () => {
  it("sits beside the plain target, with how many runs it rests on", () => {
    const runs = [95, 96, 97, 55, 56, 57, 58, 59];
    const analysis = { ...probed(runs, [1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5]), median: 95.5 };
    const targets = judgeTargets([sizeWith(analysis)], editor, { fastestMs: 0.5, sharedRatio: SHARED_RATIO });
    const plain = targets.findIndex((t) => t.what === "10,000 patients: full analysis");
    expect(targets[plain]).toMatchObject({ measured: "95.5 ms", met: false });
    expect(targets[plain + 1]).toMatchObject({ measured: "57.0 ms (5 of 8 runs)", met: true });
  });

  it("will not judge on fewer than five unshared runs", () => {
    const analysis = probed([55, 56, 57, 58, 95, 96], [0.5, 0.5, 0.5, 0.5, 1, 1]);
    expect(targetRow(sizeWith(analysis))).toMatchObject({ measured: "too few runs to judge (4 of 6 runs)", met: false });
  });

  it("is missed when the unshared runs are slow too", () => {
    const analysis = probed([61, 62, 63, 64, 65], [0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(targetRow(sizeWith(analysis))).toMatchObject({ measured: "63.0 ms (5 of 5 runs)", met: false });
  });


  it("has no row with the server's options when a size lacks them", () => {
    const targets = judgeTargets([sizeWith(probed([50], [0.5])), { ...sizeWith(probed([290], [0.5])), patients: 50_000 }], editor, { fastestMs: 0.5, sharedRatio: SHARED_RATIO });
    expect(targets.some((t) => t.what.includes("server's Node.js options"))).toBe(false);
  });

  it("is printed with the count of shared runs of each timing", () => {
    const size = sizeWith(probed([55, 95], [0.5, 1]));
    const results: Results = { date: "2026-01-01T00:00:00.000Z", command: "npm run bench", machine: {}, coreProbe: { fastestMs: 0.5, sharedRatio: SHARED_RATIO }, sizes: [size], editor, targets: [] };
    const line = markdown(results).split("\n").find((l) => l.startsWith("- Runs the host timed on a core it shared"));
    expect(line).toContain("more than 1.25× the benchmark's fastest, 0.50 ms");
    expect(line).toContain("10,000 patients: analysis 1 of 2 shared, 55.0 ms median of the others; peer 1 of 2 shared, 50.0 ms median of the others; JSON.parse 1 of 2 shared, 50.0 ms median of the others.");
  });
});
