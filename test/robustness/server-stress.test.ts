/**
 * The language server under a fast, careless typist: several documents at once,
 * seeded random incremental edits with requests interleaved (lsp-driver.ts). It
 * never dies, never answers with an InternalError, logs no error, and every
 * diagnostics it publishes, the last included, is what a fresh analysis of that
 * version's text gives.
 *
 * In-process (the test harness) for the bulk, and the real bundled program over
 * stdio for a shorter run, since only a real process can die. Edits:
 * `VCASE_FUZZ_EDITS` (a few hundred by default; `npm run fuzz` runs ≥ 10,000).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver/node";
import { startHarness } from "../lsp/harness";
import { loadCorpus, REPORTING, SEED } from "./fuzz-support";
import { stress, type Session } from "./lsp-driver";

const EDITS = Number(process.env["VCASE_FUZZ_EDITS"] ?? 400);
const ROOT = join(__dirname, "..", "..");
const texts = loadCorpus().map((c) => c.text).slice(0, 4);
const tally: string[] = [];

afterAll(() => {
  if (REPORTING) console.log(`server stress: ${tally.join("; ")}`);
});

function openAndChange(client: ProtocolConnection): Pick<Session, "open" | "change"> {
  return {
    open: (uri, text, version) =>
      void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "vcase", version, text } }),
    change: (uri, version, contentChanges) =>
      void client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges }),
  };
}

function recordErrors(client: ProtocolConnection): string[] {
  const errors: string[] = [];
  client.onNotification(LogMessageNotification.type, (m) => {
    if (m.type === MessageType.Error) errors.push(m.message);
  });
  return errors;
}

describe("the server under random edits and requests", () => {
  it(`in-process: ${EDITS} edits on ${texts.length} documents`, { timeout: Math.max(120_000, EDITS * 50) }, async () => {
    const h = await startHarness({ debounceMs: 5 });
    try {
      // The harness's record of publishes, emptied as the driver checks them (this test uses none of its waits).
      const published = h.diagnostics as PublishDiagnosticsParams[];
      const session: Session = { client: h.client, published, loggedErrors: recordErrors(h.client), settleMs: 15, ...openAndChange(h.client) };
      const started = performance.now();
      const result = await stress(session, { seed: SEED, edits: EDITS, texts, pauseEvery: 25 });
      tally.push(`in-process ${result.edits} edits, ${result.requests} requests, ${result.publishesChecked} publishes checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(result.problems).toEqual([]);
      expect(result.publishesChecked).toBeGreaterThan(texts.length);
      const symbols = await h.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: [...result.finalTexts.keys()][0]! } });
      expect(Array.isArray(symbols)).toBe(true);
    } finally {
      h.dispose();
    }
  });

  it("the real program over stdio: stays up, then shuts down cleanly", { timeout: Math.max(120_000, EDITS * 50) }, async () => {
    const bin = join(ROOT, "bin", "vcase-language-server.js");
    expect(existsSync(join(ROOT, "dist", "server.js")), "dist/server.js (built by the test setup)").toBe(true);
    const child = spawn(process.execPath, [bin, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published: PublishDiagnosticsParams[] = [];
    client.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
    client.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    client.onRequest(RegistrationRequest.type, () => undefined);
    const loggedErrors = recordErrors(client);
    client.listen();
    try {
      await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
      await client.sendNotification(InitializedNotification.type, {});
      const session: Session = { client, published, loggedErrors, settleMs: 200, ...openAndChange(client) };
      const edits = Math.max(200, Math.ceil(EDITS / 5));
      const started = performance.now();
      const result = await stress(session, { seed: SEED + 1, edits, texts, pauseEvery: 100 });
      tally.push(`stdio ${result.edits} edits, ${result.requests} requests, ${result.publishesChecked} publishes checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(result.problems).toEqual([]);
      expect(child.exitCode).toBeNull(); // still running
      await client.sendRequest(ShutdownRequest.type);
      await client.sendNotification(ExitNotification.type);
      expect(await exited).toBe(0);
      expect(stderr).toBe("");
    } finally {
      client.dispose();
      child.kill();
    }
  });
});
