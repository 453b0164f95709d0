/**
 * Go to definition, find references and rename of visit ids and complication
 * kinds, on the v2 example: each its own namespace, apart from measures; the
 * measures written in visit blocks are uses of the measure.
 */
import { describe, expect, test } from "vitest";
import { ResponseError } from "vscode-languageserver";
import { provideDefinition } from "../../server/src/lsp/features/definition";
import { provideReferences } from "../../server/src/lsp/features/references";
import { provideRename } from "../../server/src/lsp/features/rename";
import { applyWorkspaceEdit, codes, covered, cursor } from "./helpers";
import { V2_TEXT } from "./v2-example";

/** V2_TEXT with the cursor put `delta` characters into the first occurrence of `needle`. */
function at(needle: string, delta = 1, text = V2_TEXT): string {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle}`);
  return text.slice(0, i + delta) + "|" + text.slice(i + delta);
}

const lineOf = (needle: string) => V2_TEXT.slice(0, V2_TEXT.indexOf(needle)).split("\n").length;

function definition(marked: string) {
  const { doc, position } = cursor(marked);
  return provideDefinition(doc, { textDocument: { uri: doc.uri }, position }).map((l) => `${l.range.start.line + 1}:${covered(doc, l.range)}`);
}

function references(marked: string, includeDeclaration = true) {
  const { doc, position } = cursor(marked);
  return provideReferences(doc, { textDocument: { uri: doc.uri }, position, context: { includeDeclaration } }).map(
    (l) => `${l.range.start.line + 1}:${covered(doc, l.range)}`,
  );
}

function rename(marked: string, newName: string): string {
  const { doc, position } = cursor(marked);
  return applyWorkspaceEdit(doc, provideRename(doc, { textDocument: { uri: doc.uri }, position, newName }));
}

function refusal(marked: string, newName: string): string {
  const { doc, position } = cursor(marked);
  try {
    provideRename(doc, { textDocument: { uri: doc.uri }, position, newName });
  } catch (e) {
    if (e instanceof ResponseError) return e.message;
    throw e;
  }
  throw new Error(`renaming to ${newName} was not refused`);
}

describe("go to definition", () => {
  test("a visit block's id leads to the visit declared in the study", () => {
    expect(definition(at("w6 on 2020-07-20"))).toEqual([`${lineOf('visit w6 "6 weeks"')}:w6`]);
    expect(definition(at("m6 { pain"))).toEqual([`${lineOf('visit m6 "6 months"')}:m6`]);
  });

  test("a complication in a procedure or a patient leads to its kind", () => {
    expect(definition(at("leak at L2"))).toEqual([`${lineOf('complication leak "')}:leak`]);
    expect(definition(at("fracture on 2020"))).toEqual([`${lineOf('complication fracture "')}:fracture`]);
  });

  test("a measure inside a visit block leads to the measure", () => {
    expect(definition(at("odi 35"))).toEqual([`${lineOf("measure odi")}:odi`]);
  });
});

describe("find references", () => {
  test("a visit: its declaration and its three blocks, in text order", () => {
    expect(references(at('w6 "6 weeks"'))).toEqual([
      `${lineOf('visit w6 "6 weeks"')}:w6`,
      `${lineOf("w6 on 2020-02-17")}:w6`,
      `${lineOf("w6 on 2020-04-27")}:w6`,
      `${lineOf("w6 on 2020-07-20")}:w6`,
    ]);
    expect(references(at("w6 on 2020-04-27"), false)).toHaveLength(3);
  });

  test("a complication kind: declaration and occurrences in procedures", () => {
    expect(references(at("leak at L1"))).toEqual([
      `${lineOf('complication leak "')}:leak`,
      `${lineOf("leak at L1")}:leak`,
      `${lineOf("leak at L2")}:leak`,
    ]);
  });

  test("a measure's references include its scores in visit blocks", () => {
    // Declaration, 2 outcomes, 2 visit scores (P1 PV1 w6, P2 w6); the `odi ?` at m6 is written too.
    expect(references(at("measure odi", 9))).toEqual([
      `${lineOf("measure odi")}:odi`,
      `${lineOf("odi 64 -> 40")}:odi`,
      `${lineOf("odi 30")}:odi`,
      `${lineOf("odi ?")}:odi`,
      `${lineOf("odi 35")}:odi`,
    ]);
  });
});

describe("rename", () => {
  test("a visit id: the declaration and every block, nothing else", () => {
    const renamed = rename(at("w6 on 2020-02-17"), "week6");
    expect(renamed).toBe(V2_TEXT.replace(/\bw6\b/g, "week6"));
    expect(renamed).toContain('"6 weeks"');
    expect(codes(renamed)).toEqual(codes(V2_TEXT));
  });

  test("a complication kind, from the declaration", () => {
    const renamed = rename(at('fracture "New'), "new_fracture");
    expect(renamed).toBe(V2_TEXT.replace(/\bfracture\b(?!")/g, "new_fracture"));
    expect(renamed).toContain('"New vertebral fracture"'); // the label is not a use
    expect(codes(renamed)).toEqual(codes(V2_TEXT));
  });

  test("a visit may take a measure's name: separate namespaces", () => {
    const renamed = rename(at('m6 "6 months"'), "pain");
    expect(renamed).toBe(V2_TEXT.replace(/\bm6\b/g, "pain"));
    expect(codes(renamed)).toEqual(codes(V2_TEXT));
  });

  test("refused: another declared visit, a keyword, a level", () => {
    expect(refusal(at("w6 on 2020-02-17"), "m6")).toBe(
      `The study already declares a visit m6 (line ${lineOf('visit m6 "6 months"')}); each visit needs its own id.`,
    );
    expect(refusal(at('leak "Cement'), "fracture")).toBe(
      `The study already declares a complication fracture (line ${lineOf('complication fracture "')}); each kind of complication needs its own name.`,
    );
    expect(refusal(at("leak at L1"), "symptomatic")).toBe("'symptomatic' is a word of the .vcase language and cannot be a complication kind; choose another name.");
    expect(refusal(at("w6 on 2020-02-17"), "L1")).toContain("would be read as a vertebral level");
  });

  test("refused: a kind written where nothing declares it", () => {
    const text = V2_TEXT.replace("complication leak at L2", "complication leek at L2");
    expect(refusal(at("leak at L1", 1, text), "leek")).toBe(
      `Line ${lineOf("leak at L2")} has 'complication leek', which nothing declares yet; renaming leak to leek would make it refer to leak. Correct that line first, or choose another name.`,
    );
  });
});
