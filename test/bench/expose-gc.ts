/**
 * A full garbage collection for the bench's tests. The test runner's workers are
 * not started with --expose-gc; a new context made after the flag is set gets `gc`
 * all the same. It is also put where the bench's helpers (bench/measure.ts) look
 * for it, as the global `gc` that node --expose-gc gives.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  const scope = globalThis as { gc?: () => void };
  return (scope.gc ??= runInNewContext("gc") as () => void);
}
