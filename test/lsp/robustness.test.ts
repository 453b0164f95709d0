/**
 * The server keeps serving whatever it is sent: a request for a document that is
 * not open, a position past the end, malformed params and unknown methods get an
 * answer (empty, or an error reply), and the next ordinary request still works.
 * The wrapper that turns a feature's exception into an error reply is tested
 * directly (guard.ts), since no real feature should throw.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CancellationToken,
  CompletionRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  ResponseError,
  type Connection,
} from "vscode-languageserver/node";
import { analyzeDocument } from "../../server/src/lsp/analyzed-document";
import { documentRequest } from "../../server/src/lsp/guard";
import { TextDocument } from "vscode-languageserver-textdocument";
import { startHarness, type Harness } from "./harness";

const SAMPLE = readFileSync(join(__dirname, "../../samples/repeat-vertebroplasty.vcase"), "utf8");
const URI = "file:///cases/sample.vcase";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.open(URI, SAMPLE);
  await h.waitForDiagnostics(URI);
});
afterAll(() => h.dispose());

async function stillServing() {
  const symbols = await h.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
  expect(symbols).toHaveLength(7);
}

describe("requests the server cannot answer usefully", () => {
  it("for a document that is not open: null or empty", async () => {
    const unknown = { textDocument: { uri: "file:///not-open.vcase" } };
    expect(await h.client.sendRequest(HoverRequest.type, { ...unknown, position: { line: 0, character: 0 } })).toBeNull();
    expect(await h.client.sendRequest(DocumentSymbolRequest.type, unknown)).toEqual([]);
    expect(await h.client.sendRequest(FoldingRangeRequest.type, unknown)).toEqual([]);
    await stillServing();
  });

  it("at a position past the end: no exception", async () => {
    expect(await h.client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 99_999, character: 5 } })).toBeNull();
    expect(await h.client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 3, character: 10_000 } })).toBeNull();
    // Answered (whatever completions fit at the end), not an error reply.
    await expect(h.client.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 99_999, character: 0 } })).resolves.toBeDefined();
    const far = { start: { line: 50_000, character: 0 }, end: { line: 60_000, character: 0 } };
    expect(await h.client.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: far })).toEqual([]);
    await stillServing();
  });

  it("with malformed params: an InvalidParams error reply", async () => {
    const reply = h.client.sendRequest("textDocument/hover", { textDocument: 42 });
    await expect(reply).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
    const noPosition = h.client.sendRequest("textDocument/hover", { textDocument: { uri: URI } });
    await expect(noPosition).rejects.toMatchObject({ code: ErrorCodes.InvalidParams, message: expect.stringContaining("position") });
    await expect(h.client.sendRequest("textDocument/documentSymbol", null)).rejects.toBeInstanceOf(ResponseError);
    await stillServing();
  });

  it("for a method it does not know: MethodNotFound", async () => {
    await expect(h.client.sendRequest("vcase/noSuchThing", {})).rejects.toMatchObject({ code: ErrorCodes.MethodNotFound });
    await stillServing();
  });
});

describe("a feature that throws", () => {
  const errors: string[] = [];
  const connection = { console: { error: (m: string) => errors.push(m) } } as unknown as Connection;
  const doc = analyzeDocument(TextDocument.create(URI, "vcase", 1, SAMPLE));

  it("becomes an InternalError reply and is logged", async () => {
    const handler = documentRequest(connection, async () => doc, "textDocument/hover", (): null => {
      throw new Error("boom");
    }, null);
    const reply = handler({ textDocument: { uri: URI } }, CancellationToken.None);
    await expect(reply).rejects.toMatchObject({ code: ErrorCodes.InternalError, message: expect.stringContaining("boom") });
    expect(errors.join("\n")).toContain("boom");
  });

  it("a ResponseError thrown on purpose reaches the client unchanged", async () => {
    const handler = documentRequest(connection, async () => doc, "textDocument/rename", (): null => {
      throw new ResponseError(ErrorCodes.InvalidParams, "P 1 is not a valid id");
    }, null);
    await expect(handler({ textDocument: { uri: URI } }, CancellationToken.None)).rejects.toMatchObject({ code: ErrorCodes.InvalidParams, message: "P 1 is not a valid id" });
  });
});
