/**
 * The bundled language server as VS Code runs it: `node dist/server.js --stdio`
 * with the Node.js options and environment the client gives it (server/src/lsp/node-options.ts),
 * spoken to over JSON-RPC. For the benchmark's server start and edit timings.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { LineIndex } from "../server/src/core/text/line-index";
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from "../server/src/lsp/node-options";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";

export const SERVER_BUNDLE = "dist/server.js";

export function serverBuilt(): boolean {
  return existsSync(SERVER_BUNDLE);
}

export interface ServerProcess {
  readonly connection: MessageConnection;
  /** The next publication of diagnostics for `uri`: its version and how many. */
  nextPublication(uri: string): Promise<Publication>;
  /** Shut down politely, then make sure the process is gone. */
  close(): Promise<void>;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the server within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function startServer(): ServerProcess {
  const args = [...SERVER_NODE_OPTIONS, SERVER_BUNDLE, "--stdio"];
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ["pipe", "pipe", "inherit"],
    env: { ...process.env, ...SERVER_ENVIRONMENT },
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, (p: Publication) => void>();
  connection.onNotification("textDocument/publishDiagnostics", (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
    const resolve = waiting.get(params.uri);
    waiting.delete(params.uri);
    resolve?.({ version: params.version, count: params.diagnostics.length });
  });
  connection.listen();
  return {
    connection,
    nextPublication: (uri) => withTimeout(new Promise((resolve) => waiting.set(uri, resolve)), 30_000),
    async close() {
      await withTimeout(connection.sendRequest("shutdown"), 2_000).catch(() => undefined);
      await connection.sendNotification("exit").catch(() => undefined);
      // As VS Code's client does: the server has 2 s to exit before it is killed.
      if (child.exitCode === null) await withTimeout(new Promise((resolve) => child.once("exit", resolve)), 2_000).catch(() => undefined);
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}

export interface Publication {
  readonly version: number | undefined;
  readonly count: number;
}

/**
 * Initialises the server and opens `text` as `uri`, until its first diagnostics.
 * Then `retype(version)` retypes one character, an age's digit in the middle of
 * the file, back and forth, as that version, and resolves with the publication of
 * its diagnostics.
 */
export async function openForRetyping(
  server: ServerProcess,
  uri: string,
  text: string,
): Promise<{ readonly opened: Publication; retype(version: number): Promise<Publication> }> {
  await server.connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {} });
  await server.connection.sendNotification("initialized", {});
  const first = server.nextPublication(uri);
  await server.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "vcase", version: 1, text } });
  const opened = await first;
  const at = text.indexOf("  age ", text.length >> 1) + "  age ".length;
  const start = new LineIndex(text).positionAt(at);
  const range = { start, end: { line: start.line, character: start.character + 1 } };
  const original = text[at]!;
  const other = original === "7" ? "6" : "7";
  return {
    opened,
    async retype(version) {
      const published = server.nextPublication(uri);
      await server.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ range, text: version % 2 === 0 ? other : original }],
      });
      return published;
    },
  };
}
