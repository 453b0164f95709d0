/**
 * The garbage collections inside one run, counted with V8's own GC profiler
 * (`v8.GCProfiler`): how many young collections (scavenges) and full ones
 * (mark-compact), and the pause each kind cost.
 *
 * The growth target asks for no garbage-collection blow-up between 10,000 and
 * 50,000 patients. On a host that shares the core, a run's wall-clock time moves
 * by up to 2×, but how many collections a run makes depends on what it allocates
 * and keeps, not on the host: so the count is a reading of the blow-up that a
 * shared core does not spoil. The pauses are wall-clock times and are spoiled
 * like the rest.
 *
 * Counted in runs of their own, after the timed ones: the profiler reads the heap's
 * statistics at each collection, which the timed runs should not pay.
 */
import { GCProfiler } from "node:v8";

/** Runs counted at each size, after the timed ones. */
export const COLLECTION_RUNS = 7;

export interface Collections {
  readonly runs: number;
  /** Per run, in order: young collections, and their pauses in milliseconds. */
  readonly young: readonly number[];
  readonly youngMs: readonly number[];
  /** Per run: full collections (a mark-compact, incremental or not), and their pauses. */
  readonly full: readonly number[];
  readonly fullMs: readonly number[];
}

/** V8's names for the two kinds, as the profiler reports them. */
const YOUNG = new Set(["Scavenge", "MinorMarkCompact", "MinorMarkSweep"]);
const FULL = new Set(["MarkSweepCompact"]);

/**
 * `runs` runs of `run`, each after `collect` (a full collection, as before each
 * timed run, so that a run starts from the same heap as those), counted.
 */
export function countCollections(runs: number, run: () => unknown, collect: () => void): Collections {
  const young: number[] = [];
  const youngMs: number[] = [];
  const full: number[] = [];
  const fullMs: number[] = [];
  let keep: unknown;
  for (let i = 0; i < runs; i++) {
    keep = undefined;
    collect();
    const profiler = new GCProfiler();
    profiler.start();
    keep = run();
    const { statistics } = profiler.stop();
    const youngOnes = statistics.filter((s) => YOUNG.has(s.gcType));
    const fullOnes = statistics.filter((s) => FULL.has(s.gcType));
    // `cost` is in microseconds.
    const pauses = (list: readonly { cost: number }[]) => list.reduce((sum, s) => sum + s.cost / 1000, 0);
    young.push(youngOnes.length);
    youngMs.push(pauses(youngOnes));
    full.push(fullOnes.length);
    fullMs.push(pauses(fullOnes));
  }
  void keep;
  return { runs, young, youngMs, full, fullMs };
}
