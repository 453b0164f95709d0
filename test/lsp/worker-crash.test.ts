/**
 * A document's analysis thread that dies (a bug, or out of memory) does not take
 * the server with it: the request it was answering gets the empty answer, the
 * log says what happened, and the document's checks start again on a new
 * thread; once its thread has died four times they stay stopped until the file is
 * opened again. Other documents are not affected.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CompletionRequest, DocumentSymbolRequest, HoverRequest, LogMessageNotification } from "vscode-languageserver/node";
import { SAMPLE, startHarness, type Harness } from "./harness";

const URI = "file:///cases/sample.vcase";
const OTHER = "file:///cases/other.vcase";
let h: Harness;
let logged: string[];
beforeEach(async () => {
  h = await startHarness({ workerScript: join(__dirname, "dying-worker.cjs"), threadHeapMB: 48 });
  logged = [];
  h.client.onNotification(LogMessageNotification.type, (m) => void logged.push(m.message));
  h.open(URI, SAMPLE);
  h.open(OTHER, SAMPLE);
  await h.waitForDiagnostics(URI);
  await h.waitForDiagnostics(OTHER);
});
afterEach(() => h.dispose());

const hover = (uri: string) => h.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 20, character: 3 } });
const symbols = (uri: string) => h.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });

describe("when a document's analysis thread dies", () => {
  it("the request gets the empty answer, the checks start again, and other documents go on", async () => {
    expect(await hover(URI)).toBeNull();
    await expect.poll(() => logged.join("\n")).toContain(`the checks of ${URI} stopped (it exited with code 7); starting them again`);
    expect(await symbols(URI)).toHaveLength(7);
    expect(await symbols(OTHER)).toHaveLength(7);
  });

  it("a thread out of memory is stopped alone: the server answers, and the checks start again", async () => {
    expect(await h.client.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 20, character: 3 } })).toEqual([]);
    await expect.poll(() => logged.join("\n")).toContain(`the checks of ${URI} stopped (it exited with code 1); starting them again`);
    expect(logged.join("\n")).toMatch(/out of memory/i);
    expect(await symbols(URI)).toHaveLength(7);
    expect(await symbols(OTHER)).toHaveLength(7);
  });

  it("after four deaths the checks stay stopped, until the file is opened again", async () => {
    for (let i = 0; i < 4; i++) expect(await hover(URI)).toBeNull();
    await expect.poll(() => logged.join("\n")).toContain("close and reopen the file to check it again");
    expect(await symbols(URI)).toEqual([]);
    expect(await symbols(OTHER)).toHaveLength(7);
    h.close(URI);
    h.open(URI, SAMPLE, 2);
    await h.waitForDiagnostics(URI, (p) => p.version === 2);
    expect(await symbols(URI)).toHaveLength(7);
  });
});
