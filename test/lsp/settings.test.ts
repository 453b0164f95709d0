/**
 * Settings with effect: `vcase.checks.futureDates` turns VC204 off,
 * `vcase.maxFileSizeMB` stops live analysis of a large file with one clear
 * diagnostic; settings are asked per document, cached, dropped on close and
 * refreshed on didChangeConfiguration.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DiagnosticSeverity, DocumentSymbolRequest, HoverRequest } from "vscode-languageserver/node";
import { positionOf, startHarness, type Harness } from "./harness";

const SAMPLE = readFileSync(join(__dirname, "../../samples/repeat-vertebroplasty.vcase"), "utf8");
const FUTURE = 'study "S" {\n  measure pain range 0..10\n}\npatient P1 {\n  procedure A vertebroplasty on 2999-01-01 at L1 {\n    pain 8 -> 2\n  }\n}\n';
const codes = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.map((d) => d.code);

let h: Harness;
afterEach(() => h.dispose());

describe("vcase.checks.futureDates", () => {
  it("flags a date after today by default", async () => {
    h = await startHarness();
    h.open("file:///future.vcase", FUTURE);
    expect(codes(await h.waitForDiagnostics("file:///future.vcase"))).toEqual(["VC204"]);
  });

  it("set to false, no longer flags it, from the next settings change on", async () => {
    h = await startHarness();
    h.open("file:///future.vcase", FUTURE);
    expect(codes(await h.waitForDiagnostics("file:///future.vcase"))).toEqual(["VC204"]);
    const from = h.diagnostics.length;
    h.changeSettings({ checks: { futureDates: false } });
    const after = await h.waitForDiagnostics("file:///future.vcase", () => true, from);
    expect(after).toMatchObject({ version: 1, diagnostics: [] });
  });

  it("is honoured by a client that only pushes settings", async () => {
    h = await startHarness({ configuration: false });
    h.changeSettings({ checks: { futureDates: false } });
    h.open("file:///future.vcase", FUTURE);
    expect(codes(await h.waitForDiagnostics("file:///future.vcase"))).toEqual([]);
    expect(h.configurationRequests()).toBe(0);
  });
});

describe("vcase.maxFileSizeMB", () => {
  it("a larger file gets one diagnostic at the top pointing to the command line, and no analysis", async () => {
    h = await startHarness({ settings: { maxFileSizeMB: 0.001 } }); // about 1 kB; the sample is larger
    const uri = "file:///cases/big%20series.vcase";
    h.open(uri, SAMPLE.replace("pain 9 -> 2", "pain 99 -> 2"));
    const published = await h.waitForDiagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    const [d] = published.diagnostics;
    expect(d!.range.start).toEqual({ line: 0, character: 0 });
    expect(d!.severity).toBe(DiagnosticSeverity.Warning);
    expect(d!.message).toContain("too large for live checking: the limit is 0.001 MB");
    expect(d!.message).toContain('run ‘vcase check "/cases/big series.vcase"’ in a terminal');
    // No analysis: no hover, no outline.
    expect(await h.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(SAMPLE, "patient P1", 9) })).toBeNull();
    expect(await h.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
  });

  it("a file under the limit is checked as usual", async () => {
    h = await startHarness({ settings: { maxFileSizeMB: 1 } });
    h.open("file:///small.vcase", FUTURE);
    expect(codes(await h.waitForDiagnostics("file:///small.vcase"))).toEqual(["VC204"]);
  });
});

describe("settings per document", () => {
  it("are asked once per open document, and asked again after close and after a change", async () => {
    h = await startHarness();
    h.open("file:///a.vcase", SAMPLE);
    await h.waitForDiagnostics("file:///a.vcase");
    await h.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: "file:///a.vcase" } });
    await h.client.sendRequest(HoverRequest.type, { textDocument: { uri: "file:///a.vcase" }, position: { line: 11, character: 2 } });
    expect(h.configurationRequests()).toBe(1);

    h.close("file:///a.vcase");
    await h.waitForDiagnostics("file:///a.vcase", (p) => p.diagnostics.length === 0 && p.version === undefined);
    h.open("file:///a.vcase", FUTURE);
    await h.waitForDiagnostics("file:///a.vcase", (p) => p.diagnostics.length > 0);
    expect(h.configurationRequests()).toBe(2);

    const from = h.diagnostics.length;
    h.changeSettings({ checks: { futureDates: false } });
    await h.waitForDiagnostics("file:///a.vcase", () => true, from);
    expect(h.configurationRequests()).toBe(3);
  });
});
