/**
 * Timing and heap helpers for the benchmark. A timed run starts from a collected
 * heap (global.gc, so node must run with --expose-gc): the garbage a run makes is
 * paid inside that run, not by whichever run comes next. The exception is
 * timeSteady, which times keystrokes back to back as the server meets them.
 */

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
}

export interface RunCounts {
  /** Runs made first and not measured (JIT warm-up). */
  readonly warmup: number;
  readonly runs: number;
}

function gc(): void {
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

/** The wall-clock and CPU times of the runs after the warm-up. */
class Samples {
  private readonly times: number[] = [];
  private readonly cpu: number[] = [];
  private wallStart = 0;
  private cpuStart: NodeJS.CpuUsage = process.cpuUsage();

  constructor(private readonly counts: RunCounts) {}

  get total(): number {
    return this.counts.warmup + this.counts.runs;
  }

  start(): void {
    this.cpuStart = process.cpuUsage();
    this.wallStart = performance.now();
  }

  /** Run `i` has ended: kept unless it was a warm-up run. */
  stop(i: number): void {
    const elapsed = performance.now() - this.wallStart;
    const used = cpuSince(this.cpuStart);
    if (i < this.counts.warmup) return;
    this.times.push(elapsed);
    this.cpu.push(used);
  }

  summary(): Timing {
    const times = this.times;
    return { median: median(times), min: Math.min(...times), max: Math.max(...times), cpuMedian: median(this.cpu), runs: times.length };
  }
}

/** Time a synchronous operation. `prepare` runs before each run, outside the clock. */
export function timeSync<T>(counts: RunCounts, run: (i: number) => T, prepare?: (i: number) => void): Timing {
  const samples = new Samples(counts);
  let keep: T | undefined;
  for (let i = 0; i < samples.total; i++) {
    prepare?.(i);
    keep = undefined;
    gc();
    samples.start();
    keep = run(i);
    samples.stop(i);
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
  const samples = new Samples(counts);
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
  const samples = new Samples(counts);
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
  gc();
  const before = held();
  const result = make();
  gc();
  const after = held();
  // Read `result` after the second collection so it cannot be collected before it.
  return result === undefined ? 0 : after - before;
}
