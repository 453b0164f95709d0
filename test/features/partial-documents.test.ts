/**
 * Every editing feature on text cut off anywhere (the user is typing) and at any
 * position, including past the end: an answer, never an exception.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { provideCodeActions } from "../../server/src/lsp/features/code-actions";
import { provideCompletion } from "../../server/src/lsp/features/completion";
import { provideDefinition } from "../../server/src/lsp/features/definition";
import { provideFormatting } from "../../server/src/lsp/features/formatting";
import { provideReferences } from "../../server/src/lsp/features/references";
import { prepareRename, provideRename } from "../../server/src/lsp/features/rename";
import { toLspDiagnostic } from "../../server/src/lsp/convert";
import { ResponseError } from "vscode-languageserver";
import { TWO_PATIENTS, docOf } from "./helpers";

const SOURCE = `${readFileSync("samples/repeat-vertebroplasty.vcase", "utf8")}\n${TWO_PATIENTS}`;

test("cut anywhere, asked anywhere", () => {
  fc.assert(
    fc.property(
      fc.nat({ max: SOURCE.length }),
      fc.nat({ max: SOURCE.length }),
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 0, max: 200 }),
      (cutAt, removeFrom, line, character) => {
        // A prefix of the text, with a slice of it removed: unclosed blocks, half words, stray tokens.
        const text = SOURCE.slice(0, Math.min(removeFrom, cutAt)) + SOURCE.slice(Math.min(removeFrom + 40, cutAt), cutAt);
        const doc = docOf(text);
        const textDocument = { uri: doc.uri };
        for (const position of [{ line, character }, doc.document.positionAt(text.length), doc.document.positionAt(cutAt >> 1)]) {
          expect(Array.isArray(provideCompletion(doc, { textDocument, position }))).toBe(true);
          provideDefinition(doc, { textDocument, position });
          provideReferences(doc, { textDocument, position, context: { includeDeclaration: true } });
          prepareRename(doc, { textDocument, position });
          try {
            provideRename(doc, { textDocument, position, newName: "renamed_1" });
          } catch (e) {
            expect(e).toBeInstanceOf(ResponseError);
          }
        }
        const formatting = provideFormatting(doc, { textDocument, options: { tabSize: 2, insertSpaces: true } });
        if (doc.analysis.parsed.diagnostics.length > 0) expect(formatting).toEqual([]);
        const diagnostics = doc.analysis.diagnostics.map((d) => toLspDiagnostic(doc.analysis, d));
        provideCodeActions(doc, { textDocument, range: { start: { line: 0, character: 0 }, end: { line, character } }, context: { diagnostics } });
      },
    ),
    { numRuns: 150 },
  );
});
