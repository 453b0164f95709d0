/** Find references: every place a patient, procedure or measure is written. */
import { describe, expect, test } from "vitest";
import { provideReferences } from "../../server/src/lsp/features/references";
import { TWO_PATIENTS, covered, cursor } from "./helpers";

function references(marked: string, includeDeclaration: boolean) {
  const { doc, position } = cursor(marked);
  return provideReferences(doc, { textDocument: { uri: doc.uri }, position, context: { includeDeclaration } }).map(
    (l) => `${l.range.start.line + 1}:${covered(doc, l.range)}`,
  );
}

const linesOf = (needle: RegExp) =>
  TWO_PATIENTS.split("\n").flatMap((line, i) => (needle.test(line) ? [i + 1] : []));

describe("find references", () => {
  test("a measure: its declaration and every outcome, in text order", () => {
    const marked = TWO_PATIENTS.replace("measure mobility", "measure mobi|lity");
    const outcomes = linesOf(/^\s+mobility \d/).map((l) => `${l}:mobility`);
    const declaration = `${linesOf(/measure mobility/)[0]}:mobility`;
    expect(outcomes).toHaveLength(2);
    expect(references(marked, true)).toEqual([declaration, ...outcomes]);
    expect(references(marked, false)).toEqual(outcomes);
  });

  test("from an outcome, the same set", () => {
    const marked = TWO_PATIENTS.replace("mobility 2 -> 0", "|mobility 2 -> 0");
    expect(references(marked, true)).toHaveLength(3);
  });

  test("a procedure: its id and the `repeats` naming it, in its own patient only", () => {
    const marked = TWO_PATIENTS.replace("procedure PV1 vertebroplasty on 1996", "procedure |PV1 vertebroplasty on 1996");
    const declared = linesOf(/procedure PV1 vertebroplasty on 1996/)[0];
    const repeat = linesOf(/on 1996-06-03 at T12 repeats PV1/)[0];
    expect(references(marked, true)).toEqual([`${declared}:PV1`, `${repeat}:PV1`]);
    expect(references(marked, false)).toEqual([`${repeat}:PV1`]);
  });

  test("a patient: its id; nothing on a keyword", () => {
    expect(references(TWO_PATIENTS.replace("patient P2", "patient P|2"), true)).toEqual([`${linesOf(/patient P2/)[0]}:P2`]);
    expect(references(TWO_PATIENTS.replace("patient P2", "pat|ient P2"), true)).toEqual([]);
  });
});
