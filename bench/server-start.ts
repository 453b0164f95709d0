/**
 * Server start to first diagnostics, as an editor sees it: spawn the bundled
 * language server (`node dist/server.js --stdio`), send `initialize`, then
 * `initialized` and `didOpen` with the file, and stop the clock when the server
 * publishes diagnostics for it. The server is then shut down politely.
 *
 * The answer to `initialize` is timed too: up to it, the time is Node starting
 * and the bundle loading; after it, the file's analysis.
 *
 * The server is given a folder for its compile cache, as the VS Code client gives
 * it one. The first start after an install has no cache yet; it is timed apart.
 */
import { rmSync } from "node:fs";
import { median } from "./measure";
import { BENCH_COMPILE_CACHE, serverBuilt, startServer } from "./server-process";

export interface StartTimes {
  readonly median: number;
  readonly min: number;
  /** Median time to the answer to `initialize` (Node's start and the bundle's load). */
  readonly initializeMedian: number;
  /** The first start with an empty compile cache, as right after an install. */
  readonly firstStart: number;
  /** Its time to the answer to `initialize`. */
  readonly firstStartInitialize: number;
  readonly runs: number;
  /** Diagnostics in the first publication (the same every run). */
  readonly diagnostics: number;
}

async function startOnce(text: string, compileCache = true): Promise<{ elapsed: number; initialized: number; diagnostics: number }> {
  const start = performance.now();
  const server = startServer({ compileCache });
  const uri = "file:///bench/author.vcase";
  try {
    await server.connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {} });
    const initialized = performance.now() - start;
    const published = server.nextPublication(uri);
    await server.connection.sendNotification("initialized", {});
    await server.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "vcase", version: 1, text },
    });
    const { count } = await published;
    const elapsed = performance.now() - start;
    return { elapsed, initialized, diagnostics: count };
  } finally {
    await server.close();
  }
}

/**
 * A warm-up start without the cache (for the disk's cache), the first start with
 * an empty compile cache, then `runs` cold starts, each a new process.
 */
export async function timeServerStart(text: string, runs: number): Promise<StartTimes | undefined> {
  if (!serverBuilt()) return undefined;
  await startOnce(text, false);
  rmSync(BENCH_COMPILE_CACHE, { recursive: true, force: true });
  const first = await startOnce(text);
  const times: number[] = [];
  const initializeTimes: number[] = [];
  let diagnostics = first.diagnostics;
  for (let i = 0; i < runs; i++) {
    const result = await startOnce(text);
    diagnostics = result.diagnostics;
    times.push(result.elapsed);
    initializeTimes.push(result.initialized);
  }
  return {
    median: median(times),
    min: Math.min(...times),
    initializeMedian: median(initializeTimes),
    firstStart: first.elapsed,
    firstStartInitialize: first.initialized,
    runs: times.length,
    diagnostics,
  };
}
