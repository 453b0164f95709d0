/**
 * Quick fixes: each one, applied to the text, clears the diagnostic it was offered
 * for and leaves a file that parses; a diagnostic the text no longer has gets none.
 */
import { describe, expect, test } from "vitest";
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver";
import { provideCodeActions } from "../../server/src/lsp/features/code-actions";
import { toLspDiagnostic } from "../../server/src/lsp/convert";
import type { AnalyzedDocument } from "../../server/src/lsp/analyzed-document";
import { HEADER, applyWorkspaceEdit, codes, docOf } from "./helpers";

const patient = (items: string) => `${HEADER}\npatient P1 {\n${items}\n}\n`;
const PROC = (levels: string, body = "    pain 9 -> 2") => `  procedure PV1 vertebroplasty on 1996-05-14 at ${levels} {\n${body}\n  }`;

function diagnosticsOf(doc: AnalyzedDocument, code: string): Diagnostic[] {
  return doc.analysis.diagnostics.filter((d) => d.code === code).map((d) => toLspDiagnostic(doc.analysis, d));
}

function actionsFor(text: string, code: string): { doc: AnalyzedDocument; sent: Diagnostic; actions: CodeAction[] } {
  const doc = docOf(text);
  const [sent] = diagnosticsOf(doc, code);
  if (sent === undefined) throw new Error(`no ${code} in the fixture`);
  const actions = provideCodeActions(doc, { textDocument: { uri: doc.uri }, range: sent.range, context: { diagnostics: [sent] } });
  return { doc, sent, actions };
}

/** Applies the action and checks what a user would see: the diagnostic gone, the file parsing. */
function applied(doc: AnalyzedDocument, action: CodeAction, code: string): string {
  const text = applyWorkspaceEdit(doc, action.edit);
  expect(codes(text)).not.toContain(code);
  expect(codes(text)).not.toContain("VC001");
  return text;
}

describe("one quick fix per diagnostic", () => {
  test("VC102: the closest declared measure", () => {
    const text = patient(PROC("T12", "    pian 9 -> 2"));
    const { doc, sent, actions } = actionsFor(text, "VC102");
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: "Change 'pian' to 'pain'", kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [sent] });
    expect(applied(doc, actions[0]!, "VC102")).toBe(patient(PROC("T12")));
  });

  test("VC701 and VC711: the closest declared visit, the closest complication kind", () => {
    const v2 = (body: string) => patient(PROC("T12", `    pain 9 -> 2\n${body}`)).replace("}\n\npatient", '  visit w6 day 42\n  complication leak\n}\n\npatient');
    const visit = actionsFor(v2("    visit w5 { pain 2 }"), "VC701");
    expect(visit.actions.map((a) => [a.title, a.isPreferred])).toEqual([["Change 'w5' to 'w6'", true]]);
    expect(applied(visit.doc, visit.actions[0]!, "VC701")).toBe(v2("    visit w6 { pain 2 }"));
    const kind = actionsFor(v2("    complication leek"), "VC711");
    expect(kind.actions.map((a) => a.title)).toEqual(["Change 'leek' to 'leak'"]);
    expect(applied(kind.doc, kind.actions[0]!, "VC711")).toBe(v2("    complication leak"));
  });

  test("VC303: the range written forwards", () => {
    const { doc, actions } = actionsFor(patient(PROC("L1-T11")), "VC303");
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([["Write the range as T11-L1", true]]);
    expect(applied(doc, actions[0]!, "VC303")).toBe(patient(PROC("T11-L1")));
  });

  test("VC304: the repeated level removed", () => {
    const { doc, actions } = actionsFor(patient(PROC("T12, L1, T12")), "VC304");
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([["Remove the repeated T12", true]]);
    expect(applied(doc, actions[0]!, "VC304")).toBe(patient(PROC("T12, L1")));
  });

  test("VC405: the sex value in its proper case", () => {
    const { doc, actions } = actionsFor(patient(`  sex f\n${PROC("T12")}`), "VC405");
    expect(actions.map((a) => a.title)).toEqual(["Write sex 'F'"]);
    expect(applied(doc, actions[0]!, "VC405")).toBe(patient(`  sex F\n${PROC("T12")}`));
  });

  test("VC404: keep either value, neither preferred; the emptied line goes too", () => {
    const text = patient(`  age 78\n  sex F\n  age 80\n${PROC("T12")}`);
    const { doc, actions } = actionsFor(text, "VC404");
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([
      ["Remove 'age 80'", false],
      ["Keep 'age 80', remove the other age (line 8)", false],
    ]);
    expect(applied(doc, actions[0]!, "VC404")).toBe(patient(`  age 78\n  sex F\n${PROC("T12")}`));
    expect(applied(doc, actions[1]!, "VC404")).toBe(patient(`  sex F\n  age 80\n${PROC("T12")}`));
  });

  test("VC404 on a line shared with other items removes just the field", () => {
    const text = patient(`  age 78 sex F age 80 // second visit\n${PROC("T12")}`);
    const { doc, actions } = actionsFor(text, "VC404");
    expect(applied(doc, actions[0]!, "VC404")).toBe(patient(`  age 78 sex F // second visit\n${PROC("T12")}`));
  });
});

describe("stale or foreign requests", () => {
  test("a diagnostic whose range no longer matches the text gets no fix", () => {
    const { doc, sent } = actionsFor(patient(PROC("T12", "    pian 9 -> 2")), "VC102");
    const moved = { ...sent, range: { start: { ...sent.range.start, character: sent.range.start.character + 1 }, end: sent.range.end } };
    expect(provideCodeActions(doc, { textDocument: { uri: doc.uri }, range: moved.range, context: { diagnostics: [moved] } })).toEqual([]);
    const fixed = docOf(patient(PROC("T12")));
    expect(provideCodeActions(fixed, { textDocument: { uri: fixed.uri }, range: sent.range, context: { diagnostics: [sent] } })).toEqual([]);
  });

  test("stale data is not trusted: the fix comes from the current text", () => {
    const { doc, sent } = actionsFor(patient(PROC("T12", "    pian 9 -> 2")), "VC102");
    const stale = { ...sent, data: { suggestion: "mobility" } };
    const [action] = provideCodeActions(doc, { textDocument: { uri: doc.uri }, range: sent.range, context: { diagnostics: [stale] } });
    expect(action?.title).toBe("Change 'pian' to 'pain'");
  });

  test("diagnostics without a fix, and requests for other kinds, get nothing", () => {
    const { doc, sent } = actionsFor(patient(PROC("T13")), "VC301");
    expect(provideCodeActions(doc, { textDocument: { uri: doc.uri }, range: sent.range, context: { diagnostics: [sent] } })).toEqual([]);
    const other = actionsFor(patient(PROC("L1-T11")), "VC303");
    const refactor = { textDocument: { uri: other.doc.uri }, range: other.sent.range, context: { diagnostics: [other.sent], only: [CodeActionKind.Refactor] } };
    expect(provideCodeActions(other.doc, refactor)).toEqual([]);
  });
});
