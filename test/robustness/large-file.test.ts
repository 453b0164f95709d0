/**
 * A file too large for live checking (over `vcase.maxFileSizeMB`, 20 MB by default):
 * a real 25 MB cohort opened in the server gets exactly one diagnostic saying so
 * and pointing to `vcase check`, quickly, without being analysed; requests on it
 * answer at once with nothing, and an edit keeps it that way. Under `npm run fuzz`
 * the command line also checks a 50,000-patient file and its time is printed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentSymbolRequest, FoldingRangeRequest, HoverRequest } from "vscode-languageserver/node";
import { startHarness, type Harness } from "../lsp/harness";
import { largeCohort, REPORTING } from "./fuzz-support";

const ROOT = join(__dirname, "..", "..");
const MB = 1024 * 1024;
const URI = "file:///cases/export.vcase";

let h: Harness;
let big: string;
beforeAll(async () => {
  big = largeCohort(Math.ceil((25.5 * MB) / 290)); // about 300 bytes a patient
  h = await startHarness(); // default settings: the 20 MB limit
});
afterAll(() => h?.dispose());

describe("a 25 MB file in the editor", { timeout: 120_000 }, () => {
  it("gets one diagnostic that says it is too large and how to check it, within seconds", async () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(25 * MB);
    const started = performance.now();
    h.open(URI, big);
    const published = await h.waitForDiagnostics(URI, () => true, 0, 60_000);
    const elapsed = performance.now() - started;
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]!.message).toMatch(/too large for live checking/);
    expect(published.diagnostics[0]!.message).toContain("vcase check /cases/export.vcase");
    expect(published.diagnostics[0]!.range.start).toEqual({ line: 0, character: 0 });
    // Not analysed: analysing 25 MB takes many seconds (see the command-line timing).
    expect(elapsed).toBeLessThan(10_000);
    if (REPORTING) console.log(`large file: 25 MB opened, one diagnostic after ${elapsed.toFixed(0)} ms`);
  });

  it("answers requests on it at once, with nothing", async () => {
    const textDocument = { uri: URI };
    const started = performance.now();
    expect(await h.client.sendRequest(HoverRequest.type, { textDocument, position: { line: 10, character: 3 } })).toBeNull();
    expect(await h.client.sendRequest(DocumentSymbolRequest.type, { textDocument })).toEqual([]);
    expect(await h.client.sendRequest(FoldingRangeRequest.type, { textDocument })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("after an edit, is still one diagnostic", async () => {
    const from = h.diagnostics.length;
    h.change(URI, 2, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: "  note \"edited\"\n" }]);
    const published = await h.waitForDiagnostics(URI, (p) => p.version === 2, from, 60_000);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]!.message).toMatch(/too large/);
  });
});

/** 50,000 patients under `npm run fuzz`; a smaller cohort keeps `npm test` quick but runs the same check. */
const CLI_PATIENTS = REPORTING ? 50_000 : 2_000;

describe("the command line on a large generated file", () => {
  it(`checks ${CLI_PATIENTS} patients with no diagnostics, and reports the time`, { timeout: 600_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "vcase-large-"));
    try {
      const file = join(dir, "cohort.vcase");
      const text = largeCohort(CLI_PATIENTS);
      writeFileSync(file, text);
      const started = performance.now();
      const result = spawnSync(process.execPath, [join(ROOT, "bin", "vcase.js"), "check", file], { encoding: "utf8", maxBuffer: 64 * MB });
      const seconds = (performance.now() - started) / 1000;
      console.log(`large file: vcase check on ${CLI_PATIENTS} patients (${(Buffer.byteLength(text) / MB).toFixed(1)} MB) took ${seconds.toFixed(1)} s`);
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe("");
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
