/**
 * Timing and heap helpers for the benchmark. Every timed run starts from a
 * collected heap (global.gc, so node must run with --expose-gc): the garbage a
 * run makes is paid inside that run, not by whichever run comes next.
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

function summarise(times: number[], cpu: number[]): Timing {
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), cpuMedian: median(cpu), runs: times.length };
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Time a synchronous operation. `prepare` runs before each run, outside the clock. */
export function timeSync<T>(counts: RunCounts, run: (i: number) => T, prepare?: (i: number) => void): Timing {
  const times: number[] = [];
  const cpu: number[] = [];
  let keep: T | undefined;
  for (let i = 0; i < counts.warmup + counts.runs; i++) {
    prepare?.(i);
    keep = undefined;
    gc();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    keep = run(i);
    const elapsed = performance.now() - start;
    const used = cpuSince(startCpu);
    if (i >= counts.warmup) {
      times.push(elapsed);
      cpu.push(used);
    }
  }
  void keep;
  return summarise(times, cpu);
}

/**
 * Time a run repeated back to back, as keystrokes re-analyse a document: no
 * collection is forced between runs, so each run pays its share of the collector's
 * work on the garbage of the runs before it, as in the server. (Forcing a full
 * collection before each run, as timeSync does, hid a leak that made the server's
 * collector copy every old analysis: see server/src/core/analyze.ts.)
 */
export function timeSteady<T>(counts: RunCounts, run: (i: number) => T): Timing {
  const times: number[] = [];
  const cpu: number[] = [];
  gc();
  for (let i = 0; i < counts.warmup + counts.runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run(i);
    const elapsed = performance.now() - start;
    const used = cpuSince(startCpu);
    if (i >= counts.warmup) {
      times.push(elapsed);
      cpu.push(used);
    }
  }
  return summarise(times, cpu);
}

/** Time an operation that returns a promise (the JSON language service validates asynchronously). */
export async function timeAsync<T>(counts: RunCounts, run: () => PromiseLike<T>): Promise<Timing> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < counts.warmup + counts.runs; i++) {
    gc();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await run();
    const elapsed = performance.now() - start;
    const used = cpuSince(startCpu);
    if (i >= counts.warmup) {
      times.push(elapsed);
      cpu.push(used);
    }
  }
  return summarise(times, cpu);
}

/** Bytes of heap that `make`'s result keeps alive, measured between two full collections. */
export function retainedBytes<T>(make: () => T): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  // Read `held` after the second collection so it cannot be collected before it.
  return held === undefined ? 0 : after - before;
}
