/**
 * Completion over the protocol, for a client that declares snippet support (VS Code)
 * and one that does not (eglot without yasnippet): the second gets plain text it can
 * insert as it stands.
 */
import { afterEach, describe, expect, test } from "vitest";
import { CompletionRequest, InsertTextFormat, TextEdit, type CompletionItem } from "vscode-languageserver/node";
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
