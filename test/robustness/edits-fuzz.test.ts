/**
 * The edits the server proposes never damage a file, on files built from the
 * grammar and on damaged samples: formatting is idempotent and keeps what the file
 * says (the syntax tree without offsets, and its diagnostics); a rename the server
 * accepts leaves the parse as it was (a name for a name), and on text that parses,
 * every quick fix gives text that still parses, with one diagnostic fewer of the
 * code it fixes. On any text, the edits apply (none overlap) and nothing throws.
 *
 * Runs per property: a third of `VCASE_FUZZ_RUNS` (see fuzz-support.ts).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { ResponseError, type TextEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { formatText } from "../../server/src/core/format/format";
import { parse } from "../../server/src/core/syntax/parse";
import { analyzeDocument, type AnalyzedDocument } from "../../server/src/lsp/analyzed-document";
import { toLspDiagnostic, toRange } from "../../server/src/lsp/convert";
import { provideCodeActions } from "../../server/src/lsp/features/code-actions";
import { prepareRename, provideRename } from "../../server/src/lsp/features/rename";
import { fcParams, loadCorpus, REPORTING, RUNS, TIMEOUT_MS, TODAY } from "./fuzz-support";
import { grammarFile, mutatedSample } from "./text-arbitraries";
import { plainTree } from "../syntax/plain-tree";

const URI = "file:///fuzz/edits.vcase";
const corpus = loadCorpus();
// Weighted towards text that parses: the formatter leaves text with a syntax error alone.
const anyText = fc.oneof(
  { weight: 3, arbitrary: grammarFile },
  { weight: 1, arbitrary: mutatedSample(corpus) },
  { weight: 1, arbitrary: fc.constantFrom(...corpus.map((c) => c.text)) },
);

const docOf = (text: string, version = 1): AnalyzedDocument => analyzeDocument(TextDocument.create(URI, "vcase", version, text), { today: TODAY });
const apply = (doc: AnalyzedDocument, edits: readonly TextEdit[]) => TextDocument.applyEdits(doc.document, [...edits]);
const syntaxErrors = (text: string) => parse(text).diagnostics.length;
const codes = (doc: AnalyzedDocument) => doc.analysis.diagnostics.map((d) => d.code).sort();

/** The syntax tree with every offset removed: what the file says, not where it says it. */
function meaning(text: string): unknown {
  return plainTree(parse(text).file, { offsets: false });
}

/** Each input here is analysed several times over: a third of the core's count. */
const EDIT_RUNS = Math.ceil(RUNS / 3);

const tried = { formatted: 0, renamed: 0, refused: 0, fixes: 0 };

afterAll(() => {
  if (REPORTING) console.log(`edits fuzz: ${tried.formatted} files formatted, ${tried.renamed} renames applied (${tried.refused} refused), ${tried.fixes} quick fixes applied`);
});

describe("edits on any file", { timeout: TIMEOUT_MS }, () => {
  it("formatting is idempotent and keeps the syntax tree and the diagnostics", () => {
    let formatted = 0;
    const property = fc.property(anyText, fc.constantFrom("  ", "    ", "\t"), (text, indent) => {
      if (syntaxErrors(text) > 0) return; // the formatter leaves such text alone (formatting.test.ts)
      formatted++;
      const once = formatText(text, { indent });
      expect(formatText(once, { indent })).toBe(once);
      expect(meaning(once)).toEqual(meaning(text));
      expect(codes(docOf(once))).toEqual(codes(docOf(text)));
    });
    fc.assert(property, fcParams(21, EDIT_RUNS));
    tried.formatted += formatted;
    expect(formatted).toBeGreaterThan(0);
  });

  it("a rename the server accepts leaves the syntax errors as they were", () => {
    const newName = fc.constantFrom("P9", "renamed_1", "_x", "P1", "PV1", "pain", "mobility", "pian", "P 1", "", "patient", "T12", "9x", "a-b", "é");
    let renamed = 0;
    const property = fc.property(anyText, fc.array(fc.tuple(fc.nat(), newName), { minLength: 1, maxLength: 3 }), (text, picks) => {
      const doc = docOf(text);
      const occurrences = doc.occurrences;
      if (occurrences.length === 0) return;
      const before = syntaxErrors(text);
      for (const [index, name] of picks) {
        const position = doc.document.positionAt(occurrences[index % occurrences.length]!.span.start);
        expect(prepareRename(doc, { textDocument: { uri: URI }, position })).not.toBeNull();
        let edit;
        try {
          edit = provideRename(doc, { textDocument: { uri: URI }, position, newName: name });
        } catch (e) {
          if (!(e instanceof ResponseError)) throw e;
          tried.refused++;
          continue;
        }
        const after = apply(doc, edit?.changes?.[URI] ?? []);
        renamed++;
        // A name replaced by a name: the parser reads the same structure, errors and all.
        expect(syntaxErrors(after)).toBe(before);
      }
    });
    fc.assert(property, fcParams(22, EDIT_RUNS));
    tried.renamed += renamed;
    expect(renamed).toBeGreaterThan(0);
  });

  it("every quick fix applies; on text that parses, the result parses and has one diagnostic fewer of its code", () => {
    let fixes = 0;
    const property = fc.property(anyText, (text) => {
      const doc = docOf(text);
      const before = syntaxErrors(text);
      for (const d of doc.analysis.diagnostics.filter((x) => x.code !== "VC001").slice(0, 8)) {
        const sent = toLspDiagnostic(doc.analysis, d);
        const range = toRange(doc.analysis, d.span);
        for (const action of provideCodeActions(doc, { textDocument: { uri: URI }, range, context: { diagnostics: [sent] } })) {
          const after = apply(doc, action.edit?.changes?.[URI] ?? []);
          fixes++;
          // Next to a syntax error, removing a line changes how the parser recovers, so
          // counts are only compared on text that parses.
          if (before > 0) continue;
          expect(syntaxErrors(after)).toBe(0);
          const count = (x: AnalyzedDocument) => x.analysis.diagnostics.filter((y) => y.code === d.code).length;
          expect(count(docOf(after, 2)), `${action.title} on ${d.code}`).toBeLessThan(count(doc));
        }
      }
    });
    fc.assert(property, fcParams(23, EDIT_RUNS));
    tried.fixes += fixes;
    expect(fixes).toBeGreaterThan(0);
  });
});
