/**
 * A gauge of whether the host let another program share this process's CPU core
 * while a run was timed.
 *
 * This machine is a virtual machine. At times, for seconds on end, the host runs
 * another tenant's thread on the same physical core as ours (simultaneous
 * multithreading). Code that keeps many independent operations in flight, as the
 * analysis does, then runs 1.5–1.9× slower, although the process is never off the
 * CPU: CPU time equals wall time, no steal is counted, and no collection or page
 * fault happens in the run. A loop of dependent multiplications keeps its speed,
 * which is how the sharing was told apart from a slower clock (bench/README.md).
 *
 * The probe is a fixed loop of six independent chains of additions, shifts and
 * exclusive ors, about 0.5 ms on a core of its own. It is timed around each run,
 * outside the run's clock; a run counts as shared when the probe took clearly
 * longer than the fastest probe of this process.
 */

const ROUNDS = 250_000;

/** A probe slower than this many times the fastest one means the core was shared. */
export const SHARED_RATIO = 1.25;

let fastest = Infinity;
let sink = 0;

function chains(rounds: number): number {
  let a = 1, b = 2, c = 3, d = 4, e = 5, f = 6;
  for (let i = 0; i < rounds; i++) {
    a = (a + i) ^ (b >>> 1);
    b = (b + i) ^ (c << 1);
    c = (c + i) ^ (d >>> 2);
    d = (d + i) ^ (e << 2);
    e = (e + i) ^ (f >>> 3);
    f = (f + i) ^ (a << 3);
  }
  return a ^ b ^ c ^ d ^ e ^ f;
}

/** The fastest of three probes, in milliseconds; also lowers the process's fastest. */
export function probe(): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    sink ^= chains(ROUNDS);
    best = Math.min(best, performance.now() - start);
  }
  fastest = Math.min(fastest, best);
  return best;
}

/** The fastest probe of this process so far, in milliseconds. */
export function fastestProbe(): number {
  return fastest;
}

/** The core probe's calibration: which runs count as timed on a shared core. */
export interface CoreProbe {
  /** The fastest probe of the process that timed the runs, in milliseconds. */
  readonly fastestMs: number;
  /** A run whose slower probe took more than this many times the fastest counts as shared. */
  readonly sharedRatio: number;
}

/** This process's calibration, by its fastest probe so far. */
export function calibration(fastestMs = fastest): CoreProbe {
  return { fastestMs, sharedRatio: SHARED_RATIO };
}

/** Whether a run whose slower probe took `probeMs` was on a core the host did not share. */
export function isUnshared(probeMs: number, probe: CoreProbe): boolean {
  return probeMs <= probe.sharedRatio * probe.fastestMs;
}

/** Compile the probe before it is trusted: its first runs are interpreted. */
export function warmProbe(): void {
  for (let k = 0; k < 400; k++) sink ^= chains(ROUNDS / 50);
  fastest = Infinity;
  for (let k = 0; k < 20; k++) probe();
}
