/**
 * Protocol test harness: the real language server (server/src/lsp/server.ts) and
 * a test client joined by two in-process streams, as compose-language-service's
 * TestConnection does. The client answers workspace/configuration from
 * `settings`, records every notification, and waits for them with a timeout
 * instead of sleeping.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll } from "vitest";
import {
  ConfigurationRequest,
  createConnection,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver/node";
import { lifecycleOptions } from "../../server/src/lsp/lifecycle";
import { createServer } from "../../server/src/lsp/server";

/** The analysis thread's program, as the test setup builds it (test/global-setup.ts). */
export const WORKER_SCRIPT = join(__dirname, "../../dist/analysis-worker.js");

export interface HarnessOptions {
  /** The `vcase` settings section the client returns. */
  readonly settings?: Record<string, unknown>;
  /** Whether the client supports workspace/configuration (default true). */
  readonly configuration?: boolean;
  readonly debounceMs?: number;
  /** Whether the client declares completion snippet support (default true, as VS Code does). */
  readonly snippetSupport?: boolean;
  /** The analysis thread's program (default WORKER_SCRIPT). */
  readonly workerScript?: string;
  readonly threadHeapMB?: number;
}

export interface Harness {
  readonly client: ProtocolConnection;
  readonly initializeResult: InitializeResult;
  /** Every publishDiagnostics received, oldest first. */
  readonly diagnostics: PublishDiagnosticsParams[];
  /** How many workspace/configuration requests the server made. */
  readonly configurationRequests: () => number;
  settings: Record<string, unknown>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  changeSettings(settings: Record<string, unknown>): void;
  /** Hold back answers to workspace/configuration until the returned function is called. */
  holdConfiguration(): () => void;
  /** Resolves once `condition` holds, re-checked whenever the server sends something. */
  until(condition: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  /** The first publishDiagnostics (received from index `from` on) that satisfies `accept`. */
  waitForDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, from?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  dispose(): void;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const up = new PassThrough();
  const down = new PassThrough();
  // Readers and writers rather than raw streams: the node connection would end the
  // process when a raw input stream closes.
  const server = createServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down), lifecycleOptions()), {
    debounceMs: options.debounceMs ?? 20,
    workerScript: options.workerScript ?? WORKER_SCRIPT,
    ...(options.threadHeapMB !== undefined && { threadHeapMB: options.threadHeapMB }),
  });
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));

  const diagnostics: PublishDiagnosticsParams[] = [];
  const listeners = new Set<() => void>();
  let configurationRequests = 0;
  let held: Promise<void> | undefined;
  const harness = {
    client,
    diagnostics,
    settings: options.settings ?? {},
    configurationRequests: () => configurationRequests,
  } as Harness & { initializeResult: InitializeResult };

  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    diagnostics.push(params);
    for (const listener of listeners) listener();
  });
  client.onRequest(ConfigurationRequest.type, async (params) => {
    configurationRequests++;
    for (const listener of listeners) listener();
    await held;
    return params.items.map((item) => (item.section === "vcase" ? harness.settings : null));
  });
  client.onRequest(RegistrationRequest.type, () => undefined);
  client.listen();

  const capabilities: ClientCapabilities = {
    workspace: { configuration: options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: true } },
    textDocument: {
      rename: { prepareSupport: true },
      hover: { contentFormat: ["markdown"] },
      completion: { completionItem: { snippetSupport: options.snippetSupport ?? true } },
    },
  };
  harness.initializeResult = await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities });
  await client.sendNotification(InitializedNotification.type, {});

  harness.open = (uri, text, version = 1) =>
    void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "vcase", version, text } });
  harness.change = (uri, version, contentChanges) =>
    void client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  harness.close = (uri) => void client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  harness.changeSettings = (settings) => {
    harness.settings = settings;
    void client.sendNotification(DidChangeConfigurationNotification.type, { settings: { vcase: settings } });
  };
  harness.holdConfiguration = () => {
    let release!: () => void;
    held = new Promise((resolve) => (release = resolve));
    return () => {
      held = undefined;
      release();
    };
  };
  harness.until = (condition, what, timeoutMs = 5000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return false;
        cleanup();
        resolve();
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      if (!check()) listeners.add(check);
    });
  harness.waitForDiagnostics = async (uri, accept = () => true, from = 0, timeoutMs = 5000) => {
    const find = () => diagnostics.slice(from).find((p) => p.uri === uri && accept(p));
    const received = () => JSON.stringify(diagnostics.map((d) => [d.uri, d.version, d.diagnostics.length]));
    await harness.until(() => find() !== undefined, `matching diagnostics for ${uri} (received: ${received()})`, timeoutMs);
    return find()!;
  };
  harness.dispose = () => {
    server.dispose();
    client.dispose();
    up.end();
    down.end();
  };
  return harness;
}

/** The position of the `nth` occurrence of `needle` in `text`, moved `delta` characters in. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (${nth}) not found`);
  }
  const offset = index + delta;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** The seed sample, and the URI the protocol tests open it under. */
export const SAMPLE = readFileSync(join(__dirname, "../../samples/repeat-vertebroplasty.vcase"), "utf8");
export const SAMPLE_URI = "file:///cases/sample.vcase";

/**
 * One server for a test file, started before its tests with the sample open and
 * checked, and stopped after them. Returns a getter, since the server starts later.
 */
export function serverWithSample(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
    harness.open(SAMPLE_URI, SAMPLE);
    await harness.waitForDiagnostics(SAMPLE_URI);
  });
  afterAll(() => harness?.dispose());
  return () => harness!;
}
