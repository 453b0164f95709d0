/**
 * Completion over the protocol, for a client that declares snippet support (VS Code)
 * and one that does not (eglot without yasnippet): the second gets plain text it can
 * insert as it stands.
 */
import { afterEach, describe, expect, test } from "vitest";
import { CompletionItemKind, CompletionRequest, InsertTextFormat, TextEdit, type CompletionItem } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze } from "../../server/src/core/analyze";
import { startHarness, type Harness } from "./harness";

const URI = "file:///cases/new.vcase";
const TEXT = `study "S" {
  measure pain "Pain" range 0..10 better lower
}
patient P1 {
  procedure PV1 vertebroplasty on 2001-02-03 at L1 {
    
  }
}
`;

let harness: Harness | undefined;
afterEach(() => harness?.dispose());

async function completeWith(snippetSupport: boolean, position: { line: number; character: number }): Promise<CompletionItem[]> {
  harness = await startHarness({ snippetSupport });
  harness.open(URI, TEXT);
  await harness.waitForDiagnostics(URI);
  const result = await harness.client.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

const newText = (item: CompletionItem | undefined) => (TextEdit.is(item?.textEdit) ? item.textEdit.newText : undefined);

describe("completion and the client's snippet support", () => {
  test("a client with snippet support gets the measure as a snippet", async () => {
    const items = await completeWith(true, { line: 5, character: 4 });
    const pain = items.find((i) => i.label === "pain");
    expect(newText(pain)).toBe("pain ${1:before} -> ${2:after}");
    expect(pain?.insertTextFormat).toBe(InsertTextFormat.Snippet);
  });

  test("a client without snippet support gets plain text, with no tab stops", async () => {
    const items = await completeWith(false, { line: 5, character: 4 });
    const pain = items.find((i) => i.label === "pain");
    expect(newText(pain)).toBe("pain before -> after");
    expect(pain?.insertTextFormat).toBe(InsertTextFormat.PlainText);
    const procedure = items.find((i) => i.label === "procedure PV2 { … }");
    expect(procedure).toBeUndefined(); // inside a procedure block: no nested procedure
    for (const item of items) {
      expect(item.insertTextFormat).toBe(InsertTextFormat.PlainText);
      expect(newText(item)).not.toMatch(/\$/);
    }
  });

  test("the patient block, without snippet support, reads `sex sex` where the choice stood", async () => {
    const items = await completeWith(false, { line: 8, character: 0 });
    const patient = items.find((i) => i.label === "patient P2 { … }");
    expect(newText(patient)).toBe("patient P2 {\n\tage age\n\tsex sex\n\tetiology etiology\n\t\n}");
    expect(patient?.insertTextFormat).toBe(InsertTextFormat.PlainText);
  });

  test("with snippet support, sex is offered as a short choice list", async () => {
    const items = await completeWith(true, { line: 8, character: 0 });
    const patient = items.find((i) => i.label === "patient P2 { … }");
    expect(newText(patient)).toContain("\tsex ${3|sex,F,M,other,unknown|}\n");
    expect(patient?.insertTextFormat).toBe(InsertTextFormat.Snippet);
  });
});

describe("a snippet inserted and left as offered", () => {
  /** Every snippet completion offers at `position`, inserted there as a client without snippet support would. */
  async function insertedSnippets(position: { line: number; character: number }): Promise<{ label: string; text: string }[]> {
    const items = await completeWith(false, position);
    const snippets = items.filter((i) => i.kind === CompletionItemKind.Snippet);
    expect(snippets.length).toBeGreaterThan(0);
    const document = TextDocument.create(URI, "vcase", 1, TEXT);
    return snippets.map((item) => ({ label: item.label, text: TextDocument.applyEdits(document, [item.textEdit as TextEdit]) }));
  }

  test.each([
    ["the patient block, at the top level", { line: 8, character: 0 }, ["Fill in the age in years, e.g. age 78.", "Fill in the sex: F, M, female, male, other or unknown.", 'Fill in the etiology: a word such as osteoporosis, or text in double quotes such as "multiple myeloma".']],
    [
      "the procedure block, in a patient",
      { line: 7, character: 0 },
      [
        "Fill in the date as year-month-day (e.g. 2021-03-15), or day N.",
        "Fill in the vertebral levels, e.g. T12, or T11-L1 for a range.",
        "Fill in the score before the procedure (a number, or ? if it was not recorded).",
        "Fill in the score after the procedure (a number, or ? if it was not recorded).",
      ],
    ],
  ])("%s: one 'fill in' per placeholder, no field given twice", async (_, position, fillIns) => {
    for (const { text } of await insertedSnippets(position)) {
      const errors = analyze(text, { today: "2024-06-01" }).diagnostics.filter((d) => d.code !== "VC503");
      expect(errors.map((d) => [d.code, d.message])).toEqual(fillIns.map((m) => ["VC001", m]));
    }
  });
});
