/**
 * Document symbols, folding ranges and inlay hints over the protocol, on the seed
 * sample. Expected lines and days are read off the sample by hand.
 */
import { describe, expect, it } from "vitest";
import {
  DocumentSymbolRequest,
  FoldingRangeKind,
  FoldingRangeRequest,
  InlayHintRequest,
  SymbolKind,
  type DocumentSymbol,
} from "vscode-languageserver/node";
import { positionOf, SAMPLE, SAMPLE_URI, serverWithSample } from "./harness";

const URI = SAMPLE_URI;
const lineOf = (needle: string, nth = 0) => positionOf(SAMPLE, needle, 0, nth).line;
const server = serverWithSample();

describe("document symbols", () => {
  it("the study with its measures, then patients with their procedures", async () => {
    const symbols = (await server().client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(["Repeat percutaneous vertebroplasty at previously treated levels", "P1", "P2", "P3", "P4", "P5", "P6"]);
    const [study, p1] = symbols;
    expect(study!.kind).toBe(SymbolKind.Namespace);
    expect(study!.children!.map((m) => [m.name, m.detail])).toEqual([
      ["pain", "Pain (11-point scale)"],
      ["mobility", "Mobility impairment (5-point scale)"],
    ]);
    expect(p1!.children!.map((p) => [p.name, p.detail])).toEqual([
      ["PV1", "vertebroplasty · 1993-11-08 · T12, L1"],
      ["PV2", "vertebroplasty · 1993-11-24 · L1 · repeats PV1"],
    ]);
    expect(p1!.range.start.line).toBe(lineOf("patient P1"));
    expect(p1!.selectionRange.start).toEqual(positionOf(SAMPLE, "P1 {"));
  });

  it("keeps a block whose name a syntax error left out", async () => {
    const text = "patient {\n  age 70\n}\n";
    server().open("file:///broken.vcase", text);
    await server().waitForDiagnostics("file:///broken.vcase");
    const symbols = (await server().client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: "file:///broken.vcase" } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(["patient"]);
  });
});

describe("folding", () => {
  it("folds the header comment and every block up to its closing brace", async () => {
    const ranges = await server().client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
    expect(ranges).toContainEqual({ startLine: 0, endLine: lineOf("study ") - 2, kind: FoldingRangeKind.Comment });
    expect(ranges).toContainEqual({ startLine: lineOf("study "), endLine: lineOf("patient P1") - 3 });
    expect(ranges).toContainEqual({ startLine: lineOf("patient P1"), endLine: lineOf("patient P2") - 3 });
    expect(ranges).toContainEqual({ startLine: lineOf("procedure PV1"), endLine: lineOf("recurrence on 1993") - 2 });
    // 1 comment + 1 study + 6 patients + 12 procedures.
    expect(ranges).toHaveLength(20);
  });

  it("folds a block comment", async () => {
    const text = "/* first\n   second\n   third */\npatient P1 {\n}\n";
    server().open("file:///comment.vcase", text);
    await server().waitForDiagnostics("file:///comment.vcase");
    const ranges = await server().client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: "file:///comment.vcase" } });
    expect(ranges).toEqual([{ startLine: 0, endLine: 2, kind: FoldingRangeKind.Comment }]);
  });

  it("folds runs of `//` lines, which a blank line, a block comment or a comment after code ends", async () => {
    const text = [
      "// one", // 0: a run of two
      "// two",
      "", // 2: a blank line ends the run
      "// alone", // 3: one line, no fold
      "/* a */", // 4: a block comment on one line, no fold, and it ends any run
      "// three", // 5: a run of two
      "// four",
      "patient P1 { // after code", // 7: not a run's line
      "  // five", // 8: a run of two, inside the block
      "  // six",
      "}",
      "",
    ].join("\n");
    server().open("file:///runs.vcase", text);
    await server().waitForDiagnostics("file:///runs.vcase");
    const ranges = await server().client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: "file:///runs.vcase" } });
    expect(ranges).toEqual([
      { startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment },
      { startLine: 5, endLine: 6, kind: FoldingRangeKind.Comment },
      { startLine: 7, endLine: 9 },
      { startLine: 8, endLine: 9, kind: FoldingRangeKind.Comment },
    ]);
  });
});

describe("inlay hints", () => {
  const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

  it("shows the days since the repeated procedure after a repeat's date, and since the treated procedure after a recurrence's", async () => {
    const hints = (await server().client.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: whole }))!;
    const at = (date: string) => hints.find((x) => x.position.line === lineOf(date) && x.position.character === positionOf(SAMPLE, date, date.length).character);
    // P1: 1993-11-08 → recurrence 1993-11-16 (8 days) → repeat 1993-11-24 (16 days).
    expect(at("1993-11-16")?.label).toBe("+8 d");
    expect(at("1993-11-24")?.label).toBe("+16 d");
    // P2: 1995-03-14 → 1995-08-28 (167 days) → 1995-09-12 (182 days).
    expect(at("1995-08-28")?.label).toBe("+167 d");
    expect(at("1995-09-12")?.label).toBe("+182 d");
    expect(at("1995-09-12")?.tooltip).toContain("after PV1 (1995-03-14)");
    // One per recurrence and one per repeat; none after an initial procedure's date.
    expect(hints).toHaveLength(12);
    expect(at("1993-11-08")).toBeUndefined();
  });

  it("only in the range asked for", async () => {
    const line = lineOf("recurrence on 1993");
    const hints = await server().client.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: { start: { line, character: 0 }, end: { line, character: 80 } } });
    expect(hints!.map((x) => x.label)).toEqual(["+8 d"]);
  });
});
