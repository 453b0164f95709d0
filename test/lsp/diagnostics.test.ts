/**
 * Diagnostics over the protocol: published after didOpen and after incremental
 * edits, tagged with the document version they were computed from, never for a
 * superseded version, and cleared on close.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DiagnosticSeverity, DocumentSymbolRequest } from "vscode-languageserver/node";
import { positionOf, startHarness, type Harness } from "./harness";

const SAMPLE = readFileSync(join(__dirname, "../../samples/repeat-vertebroplasty.vcase"), "utf8");
const URI = "file:///cases/sample.vcase";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.dispose());

describe("diagnostics", () => {
  it("publishes the clean sample's (empty) diagnostics for version 1 after didOpen", async () => {
    h.open(URI, SAMPLE, 1);
    const published = await h.waitForDiagnostics(URI);
    expect(published.version).toBe(1);
    expect(published.diagnostics).toEqual([]);
  });

  it("after an incremental edit, publishes the new problem for the new version", async () => {
    h.open(URI, SAMPLE, 1);
    await h.waitForDiagnostics(URI, (p) => p.version === 1);
    // P1's first pain score 9 becomes 11 on a 0..10 scale.
    const start = positionOf(SAMPLE, "pain 9 -> 2", 5);
    h.change(URI, 2, [{ range: { start, end: { line: start.line, character: start.character + 1 } }, text: "11" }]);
    const published = await h.waitForDiagnostics(URI, (p) => p.version === 2);
    expect(published.diagnostics).toHaveLength(1);
    const [d] = published.diagnostics;
    expect(d).toMatchObject({ code: "VC101", severity: DiagnosticSeverity.Error, source: "vcase" });
    expect(d!.range).toEqual({ start, end: { line: start.line, character: start.character + 2 } });
  });

  it("never publishes a version an edit has superseded", async () => {
    // The server waits for this document's settings before its first analysis;
    // an edit arrives during that wait.
    const release = h.holdConfiguration();
    h.open(URI, "patient P1 {\n  age 200\n}\n", 1);
    await h.until(() => h.configurationRequests() === 1, "the server to ask for settings");
    h.change(URI, 2, [{ text: SAMPLE }]);
    // The edit must have reached the server before the settings arrive.
    await h.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: "file:///other.vcase" } });
    release();
    const published = await h.waitForDiagnostics(URI, (p) => p.version === 2);
    expect(published.diagnostics).toEqual([]);
    expect(h.diagnostics.filter((p) => p.uri === URI).map((p) => p.version)).toEqual([2]);
  });

  it("a burst of keystrokes is checked once, for the last version", async () => {
    h.dispose();
    h = await startHarness({ debounceMs: 300 });
    h.open(URI, "", 1);
    await h.waitForDiagnostics(URI, (p) => p.version === 1);
    const from = h.diagnostics.length;
    let text = "";
    const typed = 'study "S" {\n  measure pain range 0..10\n}\npatient P1 {\n  age 130\n}\n';
    for (let i = 0; i < typed.length; i++) {
      const end = positionOf(text + "\u0000", "\u0000");
      h.change(URI, i + 2, [{ range: { start: end, end }, text: typed[i]! }]);
      text += typed[i];
      // Let the server take each keystroke on its own, as it would from an editor.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const last = typed.length + 1;
    const published = await h.waitForDiagnostics(URI, (p) => p.version === last, from);
    expect(published.diagnostics.map((d) => d.code).sort()).toEqual(["VC403", "VC503"]);
    expect(h.diagnostics.slice(from).filter((p) => p.uri === URI).map((p) => p.version)).toEqual([last]);
  });

  it("publishes a document just opened at once: the pause after edits does not apply", async () => {
    // With a pause of an hour, only a publication that skips it can arrive in time.
    h.dispose();
    h = await startHarness({ debounceMs: 3_600_000 });
    h.open(URI, "patient P1 {\n  age 200\n}\n", 1);
    const opened = await h.waitForDiagnostics(URI, (p) => p.version === 1);
    expect(opened.diagnostics.map((d) => d.code)).toContain("VC403");

    // An edit does wait for the pause: once the server has answered a request sent
    // after the edit (and so has the edit), version 2 is known but not published.
    h.change(URI, 2, [{ text: SAMPLE }]);
    await h.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.diagnostics.filter((p) => p.uri === URI).map((p) => p.version)).toEqual([1]);

    // Closed and opened again, it is a new document: published at once.
    h.close(URI);
    await h.waitForDiagnostics(URI, (p) => p.diagnostics.length === 0 && p.version === undefined);
    const from = h.diagnostics.length;
    h.open(URI, SAMPLE, 5);
    expect(await h.waitForDiagnostics(URI, (p) => p.version === 5, from)).toMatchObject({ diagnostics: [] });

    // A first version superseded before it was published: its successor is still
    // the document's first publication, and goes out at once.
    const other = "file:///cases/other.vcase";
    const asked = h.configurationRequests();
    const release = h.holdConfiguration();
    h.open(other, "patient P1 {\n  age 200\n}\n", 1);
    await h.until(() => h.configurationRequests() === asked + 1, "the server to ask for the new document's settings");
    h.change(other, 2, [{ text: SAMPLE }]);
    await h.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: "file:///unopened.vcase" } });
    release();
    expect(await h.waitForDiagnostics(other, (p) => p.version === 2)).toMatchObject({ diagnostics: [] });
    expect(h.diagnostics.filter((p) => p.uri === other).map((p) => p.version)).toEqual([2]);
  });

  it("clears the diagnostics when the document is closed", async () => {
    h.open(URI, "patient P1 {\n  age 200\n}\n", 1);
    const opened = await h.waitForDiagnostics(URI);
    expect(opened.diagnostics.length).toBeGreaterThan(0);
    const from = h.diagnostics.length;
    h.close(URI);
    const closed = await h.waitForDiagnostics(URI, () => true, from);
    expect(closed.diagnostics).toEqual([]);
  });

  it("keeps documents apart", async () => {
    h.open("file:///a.vcase", "patient A {\n  age 200\n}\n", 1);
    h.open("file:///b.vcase", SAMPLE, 7);
    const a = await h.waitForDiagnostics("file:///a.vcase");
    const b = await h.waitForDiagnostics("file:///b.vcase");
    expect(a.diagnostics.map((d) => d.code)).toContain("VC403");
    expect(b).toMatchObject({ version: 7, diagnostics: [] });
  });

  it("sends messages as plain text, with no Markdown backticks for the Problems panel", async () => {
    h.open(URI, 'study "S" {\n  measure pain "Pain (VAS)" 0-10\n}\npatient P1 {\n  agee 70\n}\n', 1);
    const published = await h.waitForDiagnostics(URI, (p) => p.version === 1);
    expect(published.diagnostics.filter((d) => d.code === "VC001").map((d) => d.message)).toEqual([
      "Write the range as \u2018range 0..10\u2019: the scale takes the word range, then its lowest and highest score with two dots between.",
      "‘agee’ is not a patient item; expected ‘age’, ‘sex’, ‘etiology’, ‘procedure’, ‘recurrence’, ‘complication’, ‘followup’, ‘note’, or ‘}’ to close the patient. Did you mean ‘age’?",
    ]);
  });
});
