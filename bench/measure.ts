/**
 * Timing and heap helpers for the benchmark. A timed run starts from a collected
 * heap (global.gc, so node must run with --expose-gc): the garbage a run makes is
 * paid inside that run, not by whichever run comes next. The exception is
 * timeSteady, which times keystrokes back to back as the server meets them.
 */
import { calibration, isUnshared, probe, type CoreProbe } from "./core-probe";

export interface Timing {
  /** Median wall-clock milliseconds over the measured runs. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /**
   * Median CPU milliseconds of the process (all its threads, the collector's too):
   * less sensitive than the wall clock to other programs on a busy machine.
   */
  readonly cpuMedian: number;
  readonly runs: number;
  /**
   * Each measured run's wall-clock milliseconds, further runs included (see
   * RunCounts.untilUnshared), and the slower of the two core probes around it
   * (bench/core-probe.ts), in the same order: the report tells from them which runs
   * the host timed on a shared core. Absent for timeSteady, whose keystrokes run
   * back to back with nothing between them.
   */
  readonly runsMs?: readonly number[];
  readonly probesMs?: readonly number[];
}

export interface RunCounts {
  /** Runs made first and not measured (JIT warm-up). */
  readonly warmup: number;
  readonly runs: number;
  /**
   * After those runs, go on until this many of all the measured runs were on a core
   * the host did not share, or for at most `withinMs`. The further runs count only
   * for the unshared median (unsharedRuns), never for the timing's own median.
   */
  readonly untilUnshared?: { readonly runs: number; readonly withinMs: number };
}

/** A full collection, as before each timed run. */
export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) throw new Error("Run node with --expose-gc (npm run bench does).");
  collect();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The wall-clock and CPU times of the runs after the warm-up, with the core probes around them if asked. */
class Samples {
  private readonly times: number[] = [];
  private readonly cpu: number[] = [];
  private readonly probes: number[] = [];
  private wallStart = 0;
  private probeBefore = 0;
  private cpuStart: NodeJS.CpuUsage = process.cpuUsage();

  constructor(
    private readonly counts: RunCounts,
    private readonly probed: boolean,
  ) {}

  get total(): number {
    return this.counts.warmup + this.counts.runs;
  }

  start(): void {
    if (this.probed) this.probeBefore = probe();
    this.cpuStart = process.cpuUsage();
    this.wallStart = performance.now();
  }

  /** Run `i` has ended: kept unless it was a warm-up run. */
  stop(i: number): void {
    const elapsed = performance.now() - this.wallStart;
    const used = cpuSince(this.cpuStart);
    const probeAfter = this.probed ? probe() : 0;
    if (i < this.counts.warmup) return;
    this.times.push(elapsed);
    this.cpu.push(used);
    if (this.probed) this.probes.push(Math.max(this.probeBefore, probeAfter));
  }

  /** Measured runs so far on an unshared core, by the fastest probe so far. */
  unsharedSoFar(): number {
    const now = calibration();
    return this.probes.filter((p) => isUnshared(p, now)).length;
  }

  /** Median, minimum, maximum and CPU over the counted runs; the further runs only in runsMs. */
  summary(): Timing {
    const times = this.times.slice(0, this.counts.runs);
    const cpu = this.cpu.slice(0, this.counts.runs);
    const timing = { median: median(times), min: Math.min(...times), max: Math.max(...times), cpuMedian: median(cpu), runs: times.length };
    // Microseconds are plenty in the written results, which keep every run.
    const micro = (values: readonly number[]) => values.map((v) => Math.round(v * 1000) / 1000);
    return this.probed ? { ...timing, runsMs: micro(this.times), probesMs: micro(this.probes) } : timing;
  }
}

/** Time a synchronous operation. `prepare` runs before each run, outside the clock. */
export function timeSync<T>(counts: RunCounts, run: (i: number) => T, prepare?: (i: number) => void): Timing {
  const samples = new Samples(counts, true);
  let keep: T | undefined;
  const once = (i: number): void => {
    prepare?.(i);
    keep = undefined;
    gc();
    samples.start();
    keep = run(i);
    samples.stop(i);
  };
  let i = 0;
  for (; i < samples.total; i++) once(i);
  const more = counts.untilUnshared;
  if (more !== undefined) {
    const end = performance.now() + more.withinMs;
    for (; samples.unsharedSoFar() < more.runs && performance.now() < end; i++) once(i);
  }
  void keep;
  return samples.summary();
}

/**
 * Time a run repeated back to back, as keystrokes re-analyse a document: no
 * collection is forced between runs, so each run pays its share of the collector's
 * work on the garbage of the runs before it, as in the server. (Forcing a full
 * collection before each run, as timeSync does, hid a leak that made the server's
 * collector copy every old analysis: see server/src/core/analyze.ts.)
 */
export function timeSteady<T>(counts: RunCounts, run: (i: number) => T): Timing {
  const samples = new Samples(counts, false);
  gc();
  for (let i = 0; i < samples.total; i++) {
    samples.start();
    run(i);
    samples.stop(i);
  }
  return samples.summary();
}

/** Time an operation that returns a promise (the JSON language service validates asynchronously). */
export async function timeAsync<T>(counts: RunCounts, run: () => PromiseLike<T>): Promise<Timing> {
  const samples = new Samples(counts, true);
  for (let i = 0; i < samples.total; i++) {
    gc();
    samples.start();
    await run();
    samples.stop(i);
  }
  return samples.summary();
}

/**
 * Bytes that `make`'s result keeps alive, measured between two full collections:
 * the engine's heap, and the memory of typed arrays (the syntax tree's rows live
 * there, outside the heap, and count all the same).
 */
export function retainedBytes<T>(make: () => T): number {
  const held = (): number => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  settledCollection();
  const before = held();
  const result = make();
  settledCollection();
  const after = held();
  // Read `result` after the second collection so it cannot be collected before it.
  return result === undefined ? 0 : after - before;
}

/**
 * A full collection and one more. V8 frees the memory of the typed arrays a full
 * collection finds dead on a helper thread, after the collection has returned, and
 * `arrayBuffers` counts them until it is done; the next collection first waits for
 * that, and finds nothing more to free. Read after one collection, the memory a
 * 10,000-patient analysis keeps came out anywhere from −0.2 to 1.3 KB a patient in
 * twenty tries (the timed runs before it leave their trees' rows to be freed);
 * after two, 1.04–1.08 KB.
 */
function settledCollection(): void {
  gc();
  gc();
}

/** The runs of a probed timing on a core the host did not share, by the probes around them. */
export interface UnsharedRuns {
  /** Median of those runs; NaN when there are none. */
  readonly median: number;
  readonly runs: number;
  /** Runs left out because a probe around them was slow. */
  readonly shared: number;
}

/**
 * The runs of `timing` on an unshared core by `probe`, the calibration of the whole
 * run of the process that timed them; undefined if the timing was not probed.
 */
export function unsharedRuns(timing: Timing, probe: CoreProbe): UnsharedRuns | undefined {
  const { runsMs, probesMs } = timing;
  if (runsMs === undefined || probesMs === undefined) return undefined;
  const kept = runsMs.filter((_, i) => isUnshared(probesMs[i]!, probe));
  return { median: kept.length === 0 ? NaN : median(kept), runs: kept.length, shared: runsMs.length - kept.length };
}
