/**
 * Rename: the edits applied to the text give the file the author meant (every use
 * renamed, nothing else touched, no new diagnostic), and a name that cannot be used
 * is refused with a reason.
 */
import { describe, expect, test } from "vitest";
import { ErrorCodes, LSPErrorCodes, ResponseError } from "vscode-languageserver";
import { prepareRename, provideRename } from "../../server/src/lsp/features/rename";
import { TWO_PATIENTS, applyWorkspaceEdit, codes, covered, cursor, docOf } from "./helpers";

function rename(marked: string, newName: string): string {
  const { doc, position } = cursor(marked);
  return applyWorkspaceEdit(doc, provideRename(doc, { textDocument: { uri: doc.uri }, position, newName }));
}

function refusal(marked: string, newName: string): ResponseError<unknown> {
  const { doc, position } = cursor(marked);
  try {
    provideRename(doc, { textDocument: { uri: doc.uri }, position, newName });
  } catch (e) {
    if (e instanceof ResponseError) return e;
    throw e;
  }
  throw new Error(`renaming to ${newName} was not refused`);
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describe("rename applied", () => {
  test("a measure: the declaration and every outcome, and nothing else", () => {
    const renamed = rename(TWO_PATIENTS.replace("measure pain", "measure pa|in"), "back_pain");
    expect(renamed).toBe(TWO_PATIENTS.replace(/\bpain\b/g, "back_pain"));
    expect(count(renamed, /\bback_pain\b/g)).toBe(5); // the declaration and four outcomes
    expect(renamed).toContain(`"Pain (11-point scale)"`); // the label is not a use
    expect(codes(renamed)).toEqual(codes(TWO_PATIENTS));
  });

  test("from an outcome, the same edit", () => {
    expect(rename(TWO_PATIENTS.replace("pain 8 -> 1", "|pain 8 -> 1"), "ache")).toBe(TWO_PATIENTS.replace(/\bpain\b/g, "ache"));
  });

  test("a procedure: its id and its `repeats`, in its own patient only", () => {
    const renamed = rename(TWO_PATIENTS.replace("repeats PV1 {\n    pain 10 -> 3", "repeats PV|1 {\n    pain 10 -> 3"), "first");
    const [p1, p2] = TWO_PATIENTS.split("patient P2");
    expect(renamed).toBe(p1!.replace(/\bPV1\b/g, "first") + "patient P2" + p2);
    expect(codes(renamed)).toEqual(codes(TWO_PATIENTS));
  });

  test("a patient id", () => {
    const renamed = rename(TWO_PATIENTS.replace("patient P2", "patient |P2"), "P_07");
    expect(renamed).toBe(TWO_PATIENTS.replace("patient P2", "patient P_07"));
    expect(codes(renamed)).toEqual(codes(TWO_PATIENTS));
  });

  test("a copied block keeps its duplicate id apart: renaming the copy renames the copy alone", () => {
    const text = `${TWO_PATIENTS}\npatient P2 {\n  procedure PV1 vertebroplasty on 1999-01-01 at L4 {\n    pain 7 -> 1\n  }\n}\n`;
    expect(codes(text)).toContain("VC401");
    const at = text.lastIndexOf("patient P2") + "patient ".length;
    const renamed = rename(text.slice(0, at) + "|" + text.slice(at), "P3");
    expect(renamed).toBe(text.slice(0, at) + "P3" + text.slice(at + 2));
    expect(codes(renamed)).not.toContain("VC401");
  });

  test("to the same name: no change", () => {
    expect(rename(TWO_PATIENTS.replace("patient P2", "patient |P2"), "P2")).toBe(TWO_PATIENTS);
  });
});

describe("prepare rename", () => {
  test("on a name: its range and the name", () => {
    const { doc, position } = cursor(TWO_PATIENTS.replace("repeats PV1", "repeats |PV1"));
    const prepared = prepareRename(doc, { textDocument: { uri: doc.uri }, position });
    expect(prepared?.placeholder).toBe("PV1");
    expect(covered(doc, prepared!.range)).toBe("PV1");
  });

  test("elsewhere: nothing to rename", () => {
    for (const marked of [
      TWO_PATIENTS.replace("patient P2", "pat|ient P2"),
      TWO_PATIENTS.replace("at T12, L1", "at T|12, L1"),
      TWO_PATIENTS.replace(`"PMID`, `"PM|ID`),
    ]) {
      const { doc, position } = cursor(marked);
      expect(prepareRename(doc, { textDocument: { uri: doc.uri }, position })).toBeNull();
      expect(provideRename(doc, { textDocument: { uri: doc.uri }, position, newName: "x" })).toBeNull();
    }
    const doc = docOf(TWO_PATIENTS);
    expect(prepareRename(doc, { textDocument: { uri: doc.uri }, position: { line: 999, character: 4 } })).toBeNull();
  });
});

describe("a name that cannot be used is refused, with the reason", () => {
  const onPain = TWO_PATIENTS.replace("measure pain", "measure |pain");
  const onPV1 = TWO_PATIENTS.replace("procedure PV1 vertebroplasty on 1996", "procedure |PV1 vertebroplasty on 1996");
  const onP1 = TWO_PATIENTS.replace("patient P1", "patient |P1");

  test.each([
    ["back pain", "'back pain' cannot be a measure name"],
    ["2nd", "'2nd' cannot be a measure name"],
    ["pain-score", "no spaces, hyphens or dots"],
    ["", "Write the new measure name"],
  ])("not an identifier: %j", (name, message) => {
    const e = refusal(onPain, name);
    expect(e.code).toBe(ErrorCodes.InvalidParams);
    expect(e.message).toContain(message);
  });

  test("a keyword", () => {
    const e = refusal(onPV1, "repeats");
    expect(e.code).toBe(ErrorCodes.InvalidParams);
    expect(e.message).toBe("'repeats' is a word of the .vcase language and cannot be a procedure id; choose another name.");
  });

  test.each(["T12", "L6", "C1", "S12"])("read as a vertebral level: %s", (name) => {
    const e = refusal(onP1, name);
    expect(e.code).toBe(ErrorCodes.InvalidParams);
    expect(e.message).toContain(`'${name}' would be read as a vertebral level`);
  });

  test("an id or name already taken", () => {
    const patient = refusal(onP1, "P2");
    expect(patient.code).toBe(LSPErrorCodes.RequestFailed);
    expect(patient.message).toBe("There is already a patient P2 (line 20); each patient needs its own id.");
    const procedure = refusal(onPV1, "PV2");
    expect(procedure.message).toBe("Patient P1 already has a procedure PV2 (line 15); the procedures of a patient need different ids.");
    const measure = refusal(onPain, "mobility");
    expect(measure.message).toBe("The study already declares a measure mobility (line 4); each measure needs its own name.");
  });

  test("a procedure id of another patient is free", () => {
    const text = TWO_PATIENTS.replace("procedure PV2 vertebroplasty on 1996-06-03 at T12 repeats PV1", "procedure PV3 vertebroplasty on 1996-06-03 at T12 repeats PV1");
    const at = text.indexOf("PV3");
    expect(rename(text.slice(0, at) + "|" + text.slice(at), "PV2")).toBe(TWO_PATIENTS);
  });

  test("a name already written where nothing declares it would be merged, so it is refused", () => {
    const text = TWO_PATIENTS.replace("pain 8 -> 1", "ache 8 -> 1").replace("repeats PV1 {\n    pain 10 -> 3", "repeats PV0 {\n    pain 10 -> 3");
    expect(refusal(text.replace("measure pain", "measure |pain"), "ache").message).toContain(
      "has an outcome of 'ache', which nothing declares yet",
    );
    expect(refusal(text.replace("procedure PV1 vertebroplasty on 1996", "procedure |PV1 vertebroplasty on 1996"), "PV0").message).toContain(
      "has 'repeats PV0', which nothing declares yet",
    );
  });
});
