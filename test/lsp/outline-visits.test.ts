/**
 * Outline and folding of the version-2 items, on test/features/v2-example.ts:
 * visits and complication kinds under the study, visit blocks and complications
 * under their procedure or patient, and a visit block written on several lines
 * folded like the other blocks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentSymbolRequest, FoldingRangeRequest, SymbolKind, type DocumentSymbol } from "vscode-languageserver/node";
import { V2_TEXT } from "../features/v2-example";
import { positionOf, startHarness, type Harness } from "./harness";

const URI = "file:///cases/visits-outline.vcase";
/** P2's 6-week visit written over four lines. */
const TEXT = V2_TEXT.replace("visit w6 on 2020-07-20 { pain 3 odi 35 }", "visit w6 on 2020-07-20 {\n      pain 3\n      odi 35\n    }");
const lineOf = (needle: string) => positionOf(TEXT, needle).line;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.open(URI, TEXT);
  await harness.waitForDiagnostics(URI);
});
afterAll(() => harness.dispose());

const named = (symbols: readonly DocumentSymbol[] | undefined) => (symbols ?? []).map((s) => [s.name, s.detail ?? ""]);

describe("document symbols", () => {
  it("the study lists its measures, visits and complication kinds in text order", async () => {
    const [study] = (await harness.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    expect(named(study!.children)).toEqual([
      ["pain", "Pain (VAS)"],
      ["odi", "Oswestry Disability Index (%)"],
      ["w6", "6 weeks · day 42 ± 14"],
      ["m6", "6 months · day 182 ± 30"],
      ["leak", "Cement leakage"],
      ["fracture", "New vertebral fracture"],
    ]);
    expect(study!.children![2]!.kind).toBe(SymbolKind.Event);
  });

  it("a procedure lists its complications and visits; a patient its own complications after its procedures", async () => {
    const symbols = (await harness.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    const p1 = symbols.find((s) => s.name === "P1")!;
    expect(named(p1.children)).toEqual([
      ["PV1", "vertebroplasty · 2020-01-06 · T12, L1"],
      ["PV2", "vertebroplasty · 2020-03-16 · L1 · repeats PV1"],
      ["complication fracture", "2020-08-03 · L2 · symptomatic"],
    ]);
    expect(named(p1.children![0]!.children)).toEqual([
      ["complication leak", "L1"],
      ["visit w6", "2020-02-17"],
    ]);
    expect(named(p1.children![1]!.children)).toEqual([
      ["visit w6", "2020-04-27"],
      ["visit m6", ""],
    ]);
    expect(p1.children![1]!.children![1]!.selectionRange.start).toEqual(positionOf(TEXT, "m6 { pain"));
  });
});

describe("folding", () => {
  it("folds a visit block of several lines up to its closing brace, and not one on a single line", async () => {
    const ranges = await harness.client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
    const visit = lineOf("visit w6 on 2020-07-20");
    expect(ranges).toContainEqual({ startLine: visit, endLine: visit + 2 });
    expect(ranges!.filter((r) => r.startLine === lineOf("visit w6 on 2020-02-17"))).toEqual([]);
  });
});
