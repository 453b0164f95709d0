/** Go to definition: from a use to the declaration it names. */
import { describe, expect, test } from "vitest";
import { generateCohort, toVcase } from "../../bench/generate";
import { collectOccurrences, declarationsOf, occurrencesOf } from "../../server/src/core/query/symbols";
import { provideDefinition } from "../../server/src/lsp/features/definition";
import { TWO_PATIENTS, URI, covered, cursor, docOf } from "./helpers";

function definition(marked: string) {
  const { doc, position } = cursor(marked);
  const found = provideDefinition(doc, { textDocument: { uri: doc.uri }, position });
  return found.map((l) => ({ uri: l.uri, text: covered(doc, l.range), line: l.range.start.line + 1 }));
}

/** TWO_PATIENTS with the cursor put before the n-th (0-based) occurrence of `word`. */
function mark(word: string, n: number, text = TWO_PATIENTS): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`no ${word} #${n}`);
  return text.slice(0, at) + "|" + text.slice(at);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("go to definition", () => {
  test("`repeats PV1` leads to PV1 of the same patient", () => {
    const p1 = lineOf(TWO_PATIENTS, "procedure PV1 vertebroplasty on 1996");
    const p2 = lineOf(TWO_PATIENTS, "procedure PV1 vertebroplasty on 1997");
    expect(definition(mark("repeats PV1", 0).replace("|repeats PV1", "repeats |PV1"))).toEqual([{ uri: URI, text: "PV1", line: p1 }]);
    expect(definition(mark("repeats PV1", 1).replace("|repeats PV1", "repeats PV|1"))).toEqual([{ uri: URI, text: "PV1", line: p2 }]);
  });

  test("an outcome's measure leads to its declaration in the study", () => {
    const declared = lineOf(TWO_PATIENTS, "measure mobility");
    expect(definition(mark("mobility 2 -> 0", 0))).toEqual([{ uri: URI, text: "mobility", line: declared }]);
    // The cursor just after the word still counts, as editors place it there.
    expect(definition(mark("pain 10 -> 2", 0).replace("|pain", "pain|"))).toEqual([{ uri: URI, text: "pain", line: lineOf(TWO_PATIENTS, "measure pain") }]);
  });

  test("a declaration leads to itself", () => {
    expect(definition(mark("P2 {", 0))).toEqual([{ uri: URI, text: "P2", line: lineOf(TWO_PATIENTS, "patient P2") }]);
  });

  test("an id declared twice leads to both", () => {
    expect(definition(`patient |P1 {}\npatient P1 {}\n`).map((d) => d.line)).toEqual([1, 2]);
  });

  test("nothing for a keyword, a level, an undeclared measure or a place past the end", () => {
    expect(definition(mark("vertebroplasty", 0))).toEqual([]);
    expect(definition(mark("T12, L1", 0))).toEqual([]);
    expect(definition(`${TWO_PATIENTS}patient P3 {\n  procedure PV1 vertebroplasty on 1998-01-01 at L3 {\n    |pian 9 -> 2\n  }\n}`)).toEqual([]);
    const doc = docOf(TWO_PATIENTS);
    expect(provideDefinition(doc, { textDocument: { uri: doc.uri }, position: { line: 500, character: 0 } })).toEqual([]);
    const partial = docOf(`patient P1 {\n  procedure PV2 vertebroplasty on 1996-06-03 at T12 repeats PV1 {`);
    expect(provideDefinition(partial, { textDocument: { uri: partial.uri }, position: { line: 1, character: 62 } })).toEqual([]);
  });
});

describe("go to definition in a registry", () => {
  test("reading only the block at the cursor, it finds the declarations the index of the whole file finds", () => {
    // Two patients with the same id, and one patient cut short, among 150.
    const text = toVcase(generateCohort(11, 150)).replace("patient P7 {", "patient P6 {").replace(/(patient P40 \{[^}]*)\}/, "$1");
    const { model, diagnostics } = docOf(text).analysis;
    expect(diagnostics.map((d) => d.code)).toContain("VC001");
    const all = collectOccurrences(model);
    expect(all.length).toBeGreaterThan(1000);
    const spans = (list: { span: { start: number } }[]) => list.map((o) => o.span.start);
    for (const o of all) {
      expect(spans(declarationsOf(model, o)), `${o.key} at ${o.span.start}`).toEqual(spans(occurrencesOf(all, o.key).filter((d) => d.isDeclaration)));
    }
    expect(declarationsOf(model, all.find((o) => o.name === "P6")!)).toHaveLength(2);
  });
});
