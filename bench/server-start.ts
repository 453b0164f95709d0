/**
 * Server start to first diagnostics, as an editor sees it: spawn the bundled
 * language server (`node dist/server.js --stdio`), send `initialize`, then
 * `initialized` and `didOpen` with the file, and stop the clock when the server
 * publishes diagnostics for it. The server is then shut down politely.
 *
 * The answer to `initialize` is timed too: up to it, the time is Node starting
 * and the bundle loading; after it, the file's analysis.
 */
import { median } from "./measure";
import { serverBuilt, startServer } from "./server-process";

export interface StartTimes {
  readonly median: number;
  readonly min: number;
  /** Median time to the answer to `initialize` (Node's start and the bundle's load). */
  readonly initializeMedian: number;
  readonly runs: number;
  /** Diagnostics in the first publication (the same every run). */
  readonly diagnostics: number;
}

async function startOnce(text: string): Promise<{ elapsed: number; initialized: number; diagnostics: number }> {
  const start = performance.now();
  const server = startServer();
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

/** A warm-up start (for the disk's cache), then `runs` cold starts, each a new process. */
export async function timeServerStart(text: string, runs: number): Promise<StartTimes | undefined> {
  if (!serverBuilt()) return undefined;
  let { diagnostics } = await startOnce(text);
  const times: number[] = [];
  const initializeTimes: number[] = [];
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
    runs: times.length,
    diagnostics,
  };
}
