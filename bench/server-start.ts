/**
 * Server start to first diagnostics, as an editor sees it: spawn the bundled
 * language server (`node dist/server.js --stdio`), send `initialize`, then
 * `initialized` and `didOpen` with the file, and stop the clock when the server
 * publishes diagnostics for it. The server is then shut down politely.
 *
 * The answer to `initialize` is timed too: up to it, the time is Node starting
 * and the bundle loading; after it, the file's analysis.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { median } from "./measure";

export const SERVER_BUNDLE = "dist/server.js";

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
  const child = spawn(process.execPath, [SERVER_BUNDLE, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = "file:///bench/author.vcase";
  const published = new Promise<number>((resolve) => {
    connection.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: unknown[] }) => {
      if (params.uri === uri) resolve(params.diagnostics.length);
    });
  });
  connection.listen();
  try {
    await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {} });
    const initialized = performance.now() - start;
    await connection.sendNotification("initialized", {});
    await connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "vcase", version: 1, text },
    });
    const diagnostics = await withTimeout(published, 10_000);
    const elapsed = performance.now() - start;
    return { elapsed, initialized, diagnostics };
  } finally {
    await withTimeout(connection.sendRequest("shutdown"), 2_000).catch(() => undefined);
    await connection.sendNotification("exit").catch(() => undefined);
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the server within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `runs` cold starts, each a new process; the first one is a warm-up (disk cache). */
export async function timeServerStart(text: string, runs: number): Promise<StartTimes | undefined> {
  if (!existsSync(SERVER_BUNDLE)) return undefined;
  const times: number[] = [];
  const initializeTimes: number[] = [];
  let diagnostics = 0;
  for (let i = 0; i <= runs; i++) {
    const result = await startOnce(text);
    diagnostics = result.diagnostics;
    if (i > 0) {
      times.push(result.elapsed);
      initializeTimes.push(result.initialized);
    }
  }
  return { median: median(times), min: Math.min(...times), initializeMedian: median(initializeTimes), runs: times.length, diagnostics };
}
