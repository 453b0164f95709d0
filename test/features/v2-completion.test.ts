/**
 * Completion for the version-2 items, on the v2 example: declared visit ids after
 * `visit` in a procedure, declared complication kinds after `complication` in a
 * procedure or a patient, the measures inside a visit block, and a visit snippet.
 */
import { describe, expect, test } from "vitest";
import { InsertTextFormat, TextEdit, type CompletionItem } from "vscode-languageserver";
import { provideCompletion } from "../../server/src/lsp/features/completion";
import { cursor } from "./helpers";
import { V2_TEXT } from "./v2-example";

function complete(marked: string): CompletionItem[] {
  const { doc, position } = cursor(marked);
  return provideCompletion(doc, { textDocument: { uri: doc.uri }, position });
}
const labels = (marked: string) => complete(marked).map((i) => i.label);

/** V2_TEXT with `insert` written (and the cursor `|` in it) just before `before`. */
const writing = (before: string, insert: string) => V2_TEXT.replace(before, `${insert}${before}`);

describe("visit ids", () => {
  test("after `visit` in a procedure: the declared visits, with label and schedule", () => {
    const items = complete(writing("    pain 10 -> 3", "    visit |\n"));
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ["w6", "6 weeks · day 42 ± 14"],
      ["m6", "6 months · day 182 ± 30"],
    ]);
  });

  test("while the id is typed, the same list, replacing the typed part", () => {
    const items = complete(writing("    pain 10 -> 3", "    visit m|\n"));
    expect(items.map((i) => i.label)).toEqual(["w6", "m6"]);
    expect(TextEdit.is(items[0]!.textEdit) && items[0]!.textEdit.range.start.character).toBe(10);
  });

  test("in the study header a visit id is a new name: nothing offered", () => {
    expect(labels(V2_TEXT.replace("  complication leak", "  visit |\n  complication leak"))).toEqual([]);
  });
});

describe("complication kinds", () => {
  test("after `complication` in a procedure: the declared kinds with their labels", () => {
    const items = complete(writing("    pain 10 -> 3", "    complication |\n"));
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ["leak", "Cement leakage"],
      ["fracture", "New vertebral fracture"],
    ]);
  });

  test("after `complication` in a patient as well", () => {
    expect(labels(writing("  followup until", "  complication |\n"))).toEqual(["leak", "fracture"]);
  });
});

describe("the end of follow-up", () => {
  test("after its date: `lost` or `died`, with their help, then the patient's items", () => {
    const items = complete(V2_TEXT.replace("followup until 2021-01-11", "followup until 2021-01-11 |"));
    expect(items.slice(0, 2).map((i) => [i.label, i.detail])).toEqual([
      ["lost", "Lost to follow-up at that date"],
      ["died", "The patient died at that date"],
    ]);
    expect(items.map((i) => i.label)).toContain("procedure");
  });

  test("after `lost`: the patient's items, no second status", () => {
    const after = labels(V2_TEXT.replace("followup until 2021-01-11", "followup until 2021-01-11 lost |"));
    expect(after).toContain("procedure");
    expect(after).not.toContain("died");
  });
});

describe("inside a visit block", () => {
  test("where an entry starts: the declared measures not yet scored there, each with a score placeholder", () => {
    const items = complete(V2_TEXT.replace("{ pain 2 }", "{ | }"));
    expect(items.map((i) => [i.label, i.textEdit && TextEdit.is(i.textEdit) ? i.textEdit.newText : ""])).toEqual([
      ["pain", "pain ${1:score}"],
      ["odi", "odi ${1:score}"],
    ]);
    // A measure scored already at this visit is not offered again (it would be VC104).
    expect(labels(V2_TEXT.replace("{ pain 2  odi 30 }", "{ pain 2  | }"))).toEqual(["odi"]);
  });

  test("right after the opening brace, and on a block of its own lines", () => {
    expect(labels(V2_TEXT.replace("{ pain 1  odi ? }", "{ | pain 1 }"))).toEqual(["pain", "odi"]);
    expect(labels(V2_TEXT.replace("{ pain 3 odi 35 }", "{\n      pain 3\n      |\n    }"))).toEqual(["odi"]);
  });

  test("after a measure name, where the score goes: nothing", () => {
    expect(labels(V2_TEXT.replace("{ pain 2 }", "{ pain | }"))).toEqual([]);
  });

  test("after the visit block, the procedure's items again", () => {
    expect(labels(writing("    visit m6 {", "    |\n"))).toContain("cement");
  });
});

describe("the visit snippet", () => {
  test("in a procedure: the declared ids as a choice, a date and each measure's score", () => {
    const item = complete(writing("    pain 10 -> 3", "    |\n")).find((i) => i.label === "visit … { … }")!;
    expect(item.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(TextEdit.is(item.textEdit) && item.textEdit.newText).toBe("visit ${1|w6,m6|} on ${2:YYYY-MM-DD} { pain ${3:score} odi ${4:score} }");
  });

  test("with no visit declared: an id placeholder", () => {
    const text = V2_TEXT.replace(/ {2}visit \w+ "[^"]*" day \d+ window \d+\n/g, "");
    const item = complete(text.replace("    pain 10 -> 3", "    |\n    pain 10 -> 3")).find((i) => i.label === "visit … { … }")!;
    expect(TextEdit.is(item.textEdit) && item.textEdit.newText).toBe("visit ${1:id} on ${2:YYYY-MM-DD} { pain ${3:score} odi ${4:score} }");
  });
});

describe("the help beside an item keyword is the block's own", () => {
  const details = (marked: string) => new Map(complete(marked).map((i) => [i.label, i.detail]));

  test("in a procedure, `visit` and `complication` are described as the procedure's items", () => {
    const inProcedure = details(writing("    pain 10 -> 3", "    |\n"));
    expect(inProcedure.get("visit")).toBe("The scores at a follow-up visit: visit ID [on DATE] { measure score … }");
    expect(inProcedure.get("complication")).toBe("A complication: its kind, and if known its date, levels, `symptomatic` and a description");
  });

  test("in the study header, the same words are the declarations", () => {
    const inStudy = details(V2_TEXT.replace("  complication leak", "  |\n  complication leak"));
    expect(inStudy.get("visit")).toBe("A follow-up visit of the schedule: id, label, day N after the procedure, window N days");
    expect(inStudy.get("complication")).toBe("A kind of complication the cohort records: its name and a label");
  });
});
