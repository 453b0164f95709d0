/**
 * The server keeps serving whatever it is sent: a request for a document that is
 * not open, a position past the end, malformed params and unknown methods get an
 * answer (empty, or an error reply), and the next ordinary request still works.
 * What turns a feature's exception into an error reply is tested directly on a
 * document's analyst (document-analyst.ts), since no real feature should throw.
 */
import { describe, expect, it } from "vitest";
import {
  CompletionRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  ResponseError,
} from "vscode-languageserver/node";
import { DocumentAnalyst } from "../../server/src/lsp/document-analyst";
import { DEFAULT_SETTINGS } from "../../server/src/lsp/settings";
import type { FromWorker } from "../../server/src/lsp/worker-messages";
import { SAMPLE, SAMPLE_URI, serverWithSample } from "./harness";

const URI = SAMPLE_URI;
const server = serverWithSample();

async function stillServing() {
  const symbols = await server().client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
  expect(symbols).toHaveLength(7);
}

describe("requests the server cannot answer usefully", () => {
  it("for a document that is not open: null or empty", async () => {
    const unknown = { textDocument: { uri: "file:///not-open.vcase" } };
    expect(await server().client.sendRequest(HoverRequest.type, { ...unknown, position: { line: 0, character: 0 } })).toBeNull();
    expect(await server().client.sendRequest(DocumentSymbolRequest.type, unknown)).toEqual([]);
    expect(await server().client.sendRequest(FoldingRangeRequest.type, unknown)).toEqual([]);
    await stillServing();
  });

  it("at a position past the end: no exception", async () => {
    expect(await server().client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 99_999, character: 5 } })).toBeNull();
    expect(await server().client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 3, character: 10_000 } })).toBeNull();
    // Answered (whatever completions fit at the end), not an error reply.
    await expect(server().client.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 99_999, character: 0 } })).resolves.toBeDefined();
    const far = { start: { line: 50_000, character: 0 }, end: { line: 60_000, character: 0 } };
    expect(await server().client.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: far })).toEqual([]);
    await stillServing();
  });

  it("with malformed params: an InvalidParams error reply", async () => {
    const reply = server().client.sendRequest("textDocument/hover", { textDocument: 42 });
    await expect(reply).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
    const noPosition = server().client.sendRequest("textDocument/hover", { textDocument: { uri: URI } });
    await expect(noPosition).rejects.toMatchObject({ code: ErrorCodes.InvalidParams, message: expect.stringContaining("position") });
    await expect(server().client.sendRequest("textDocument/documentSymbol", null)).rejects.toBeInstanceOf(ResponseError);
    await stillServing();
  });

  it("for a method it does not know: MethodNotFound", async () => {
    await expect(server().client.sendRequest("vcase/noSuchThing", {})).rejects.toMatchObject({ code: ErrorCodes.MethodNotFound });
    await stillServing();
  });
});

describe("a feature that throws", () => {
  /** A document's analyst (what its thread runs) with one feature that fails, and what it sent back. */
  async function ask(feature: () => unknown): Promise<FromWorker[]> {
    const sent: FromWorker[] = [];
    const analyst = new DocumentAnalyst((m) => void sent.push(m), { debounceMs: 10 }, new Map([["textDocument/hover", feature]]));
    analyst.receive({ kind: "open", uri: URI, version: 1, text: SAMPLE });
    analyst.receive({ kind: "settings", settings: DEFAULT_SETTINGS });
    analyst.receive({ kind: "request", id: 7, method: "textDocument/hover", params: { textDocument: { uri: URI }, position: { line: 0, character: 0 } } });
    await new Promise((resolve) => setImmediate(resolve));
    analyst.dispose();
    return sent.filter((m) => m.kind === "error" || m.kind === "log");
  }

  it("becomes an InternalError reply and is logged", async () => {
    const sent = await ask(() => {
      throw new Error("boom");
    });
    expect(sent).toEqual([
      { kind: "log", message: expect.stringContaining("boom") },
      { kind: "error", id: 7, code: ErrorCodes.InternalError, message: expect.stringContaining("boom") },
    ]);
  });

  it("a ResponseError thrown on purpose reaches the client unchanged", async () => {
    const sent = await ask(() => {
      throw new ResponseError(ErrorCodes.InvalidParams, "P 1 is not a valid id");
    });
    expect(sent).toEqual([{ kind: "error", id: 7, code: ErrorCodes.InvalidParams, message: "P 1 is not a valid id" }]);
  });
});
