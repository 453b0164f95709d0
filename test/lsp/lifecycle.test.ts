/**
 * The protocol's lifecycle (server/src/lsp/lifecycle.ts): before `initialize`
 * the server refuses requests with ServerNotInitialized and drops notifications;
 * after `shutdown` it refuses requests with InvalidRequest. Whatever arrives
 * meanwhile, it neither answers as if running nor stops.
 */
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import {
  createConnection,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ErrorCodes,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver/node";
import { lifecycleOptions } from "../../server/src/lsp/lifecycle";
import { createServer } from "../../server/src/lsp/server";
import { WORKER_SCRIPT } from "./harness";

const URI = "file:///cases/early.vcase";
const BROKEN = "patient P1 {\n  age 200\n}\n";
const hover = { textDocument: { uri: URI }, position: { line: 1, character: 3 } };
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A server on in-process streams, and a client that has not sent anything yet. */
function connect(): { client: ProtocolConnection; published: PublishDiagnosticsParams[] } {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down), lifecycleOptions()), { debounceMs: 10, workerScript: WORKER_SCRIPT });
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const published: PublishDiagnosticsParams[] = [];
  client.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
  client.listen();
  cleanups.push(() => {
    server.dispose();
    client.dispose();
    up.end();
    down.end();
  });
  return { client, published };
}

const initialize = (client: ProtocolConnection) => client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });

describe("before initialize", () => {
  it("refuses requests with ServerNotInitialized, and answers once initialized", async () => {
    const { client } = connect();
    await expect(client.sendRequest(HoverRequest.type, hover)).rejects.toMatchObject({ code: ErrorCodes.ServerNotInitialized, message: expect.stringContaining("initialize") });
    await expect(client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })).rejects.toMatchObject({ code: -32002 });
    await expect(client.sendRequest("vcase/noSuchThing", {})).rejects.toMatchObject({ code: -32002 });
    const result = await initialize(client);
    expect(result.capabilities.hoverProvider).toBe(true);
    expect(await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })).toEqual([]);
  });

  it("drops notifications: a document opened before initialize is not open afterwards", async () => {
    const { client, published } = connect();
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: "vcase", version: 1, text: BROKEN } });
    await initialize(client);
    await client.sendNotification(InitializedNotification.type, {});
    // Answered as for a document that is not open; nothing was ever checked.
    expect(await client.sendRequest(HoverRequest.type, hover)).toBeNull();
    expect(published).toEqual([]);

    // Opened again now, it is checked as usual.
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: "vcase", version: 2, text: BROKEN } });
    await expect.poll(() => published.map((p) => [p.version, p.diagnostics.map((d) => d.code)])).toEqual([[2, expect.arrayContaining(["VC403"])]]);
  });
});

describe("after shutdown", () => {
  it("refuses every request with InvalidRequest, a second shutdown and initialize included", async () => {
    const { client } = connect();
    await initialize(client);
    await client.sendNotification(InitializedNotification.type, {});
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: "vcase", version: 1, text: BROKEN } });
    expect(await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })).toHaveLength(1);
    expect(await client.sendRequest(ShutdownRequest.type)).toBeNull();
    for (const reply of [
      client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }),
      client.sendRequest(HoverRequest.type, hover),
      client.sendRequest(ShutdownRequest.type),
      initialize(client),
    ]) {
      await expect(reply).rejects.toMatchObject({ code: ErrorCodes.InvalidRequest, message: expect.stringContaining("shut down") });
    }
  });
});
