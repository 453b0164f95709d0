/** Completion: what is offered at each kind of place, including while the text is half typed. */
import { describe, expect, test } from "vitest";
import { CompletionItemKind, InsertTextFormat, TextEdit, type CompletionItem } from "vscode-languageserver";
import { completionContext } from "../../server/src/core/query/completion-context";
import { provideCompletion } from "../../server/src/lsp/features/completion";
import { HEADER, TWO_PATIENTS, applyEdits, codes, cursor, docOf } from "./helpers";

function complete(marked: string): CompletionItem[] {
  const { doc, position } = cursor(marked);
  return provideCompletion(doc, { textDocument: { uri: doc.uri }, position });
}
const labels = (marked: string) => complete(marked).map((i) => i.label);

/** Every item replaces the word being typed with a plain TextEdit. */
function editOf(item: CompletionItem): TextEdit {
  if (!TextEdit.is(item.textEdit)) throw new Error(`${item.label} has no TextEdit`);
  return item.textEdit;
}

const ALL_LEVELS = [
  "C1", "C2", "C3", "C4", "C5", "C6", "C7",
  "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
  "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5",
];

const PROC_HEAD = "procedure PV1 vertebroplasty on 1996-05-14 at";

describe("keywords valid at the place", () => {
  test("top level: study and patient, and a patient block", () => {
    expect(labels("|")).toEqual(["study", "patient", 'study "Title" { … }', "patient P1 { … }"]);
    expect(labels(`${HEADER}\n|`)).toEqual(["study", "patient", "patient P1 { … }"]);
  });

  test("in the study header: reference, design, measure", () => {
    expect(labels(`study "S" {\n  |\n}`)).toEqual(["reference", "design", "measure", "complication", "visit"]);
    expect(labels(`study "S" {\n  reference "PMID 1"\n  |\n}`)).toEqual(["reference", "design", "measure", "complication", "visit"]);
  });

  test("along a measure: range, then better and responder, then lower or higher", () => {
    expect(labels(`study "S" {\n  measure pain "Pain" |`)).toEqual(["range"]);
    expect(labels(`study "S" {\n  measure pain |`)).toEqual(["range"]);
    expect(labels(`study "S" {\n  measure |`)).toEqual([]);
    expect(labels(`study "S" {\n  measure pain range 0..10 |`)).toEqual(["better", "responder", "reference", "design", "measure", "complication", "visit"]);
    expect(labels(`study "S" {\n  measure pain range 0..10 better |`)).toEqual(["lower", "higher"]);
    expect(labels(`study "S" {\n  measure pain range 0..10 better lower |`)).toEqual(["responder", "reference", "design", "measure", "complication", "visit"]);
    expect(labels(`study "S" {\n  measure pain range 0..10 responder 3 |`)).toEqual(["reference", "design", "measure", "complication", "visit"]);
  });

  test("in a patient: its items, without the single-valued fields already given", () => {
    expect(labels(`patient P1 {\n  |\n}`)).toEqual(["age", "sex", "etiology", "procedure", "recurrence", "complication", "followup", "note", "procedure PV1 { … }"]);
    expect(labels(`patient P1 {\n  age 78\n  sex F\n  |\n}`)).toEqual(["etiology", "procedure", "recurrence", "complication", "followup", "note", "procedure PV1 { … }"]);
  });

  test("in a procedure body: the measures not yet scored, cement and note, and a visit block", () => {
    const items = complete(`${HEADER}patient P1 {\n  ${PROC_HEAD} T12 {\n    |\n  }\n}`);
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ["pain", "Pain (11-point scale)"],
      ["mobility", "Mobility impairment (5-point scale)"],
      ["cement", expect.any(String)],
      ["complication", expect.any(String)],
      ["visit", expect.any(String)],
      ["note", expect.any(String)],
      ["visit … { … }", "The scores at a follow-up visit"],
    ]);
    expect(editOf(items[0]!).newText).toBe("pain ${1:before} -> ${2:after}");
    expect(items[0]!.insertTextFormat).toBe(InsertTextFormat.Snippet);
    const after = labels(`${HEADER}patient P1 {\n  ${PROC_HEAD} T12 {\n    pain 9 -> 2\n    |\n  }\n}`);
    expect(after).toEqual(["mobility", "cement", "complication", "visit", "note", "visit … { … }"]);
  });

  test("after cement N: ml; after a recurrence date: at, or the next patient item", () => {
    expect(labels(`patient P1 {\n  ${PROC_HEAD} T12 {\n    cement 4 |`)).toEqual(["ml"]);
    expect(labels(`patient P1 {\n  recurrence |`)).toEqual(["on"]);
    expect(labels(`patient P1 {\n  recurrence on 1996-05-22 |`).slice(0, 3)).toEqual(["at", "age", "sex"]);
  });

  test("along a procedure header: on, at, repeats", () => {
    expect(labels(`patient P1 {\n  procedure PV1 vertebroplasty |`)).toEqual(["on"]);
    expect(labels(`patient P1 {\n  procedure PV1 vertebroplasty on |`)).toEqual(["day"]);
    expect(labels(`patient P1 {\n  procedure PV1 vertebroplasty on 1996-05-14 |`)).toEqual(["at"]);
    expect(labels(`patient P1 {\n  procedure PV1 vertebroplasty on day 12 |`)).toEqual(["at"]);
    expect(labels(`patient P1 {\n  ${PROC_HEAD} T12, L1 |`)).toEqual(["repeats"]);
  });
});

describe("values", () => {
  test("after `at`: every level, in column order, with its region", () => {
    const items = complete(`patient P1 {\n  ${PROC_HEAD} |`);
    expect(items.map((i) => i.label)).toEqual(ALL_LEVELS);
    expect(items.find((i) => i.label === "T12")!.detail).toBe("thoracic");
    expect(items.find((i) => i.label === "S2")!.detail).toBe("sacral");
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    expect(sorted.map((i) => i.label)).toEqual(ALL_LEVELS);
  });

  test("after `,`: the levels not listed yet; after `T11-`: the levels below T11", () => {
    expect(labels(`patient P1 {\n  ${PROC_HEAD} T12, |`)).toEqual(ALL_LEVELS.filter((l) => l !== "T12"));
    expect(labels(`patient P1 {\n  ${PROC_HEAD} T9-T11, |`)).toEqual(ALL_LEVELS.filter((l) => !["T9", "T10", "T11"].includes(l)));
    expect(labels(`patient P1 {\n  ${PROC_HEAD} T11-|`)).toEqual(["T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5"]);
    expect(labels(`patient P1 {\n  recurrence on 1996-05-22 at |`)).toEqual(ALL_LEVELS);
  });

  test("after `repeats`: only the earlier procedures of the same patient", () => {
    const text = `patient P1 {
  procedure PV1 vertebroplasty on 1996-05-14 at T12 {}
  procedure PV2 vertebroplasty on 1996-06-14 at T12 repeats PV1 {}
  procedure PV3 vertebroplasty on 1996-07-14 at T12 repeats |
  procedure PV4 vertebroplasty on 1996-08-14 at T12 {}
}
patient P2 {
  procedure PV9 vertebroplasty on 1996-05-14 at T12 {}
}`;
    const items = complete(text);
    expect(items.map((i) => i.label)).toEqual(["PV1", "PV2"]);
    expect(items[0]!.detail).toBe("vertebroplasty on 1996-05-14 at T12");
    expect(labels(`patient P1 {\n  ${PROC_HEAD} T12 repeats |`)).toEqual([]);
  });

  test("after `sex`: the six sex values", () => {
    expect(labels(`patient P1 {\n  sex |\n}`)).toEqual(["F", "M", "female", "male", "other", "unknown"]);
  });

  test("after `better`: lower and higher", () => {
    expect(labels(`study "S" {\n  measure m range 0..4 better |\n}`)).toEqual(["lower", "higher"]);
  });
});

describe("the word being typed", () => {
  test("is replaced by the chosen item", () => {
    const { doc, position } = cursor(`patient P1 {\n  se|\n}`);
    const sex = provideCompletion(doc, { textDocument: { uri: doc.uri }, position }).find((i) => i.label === "sex")!;
    expect(applyEdits(doc, [editOf(sex)])).toBe(`patient P1 {\n  sex\n}`);
  });

  test("a level half typed still gets levels", () => {
    const { doc, position } = cursor(`patient P1 {\n  ${PROC_HEAD} T1|`);
    const items = provideCompletion(doc, { textDocument: { uri: doc.uri }, position });
    expect(items.map((i) => i.label)).toEqual(ALL_LEVELS);
    const t12 = items.find((i) => i.label === "T12")!;
    expect(applyEdits(doc, [editOf(t12)])).toBe(`patient P1 {\n  ${PROC_HEAD} T12`);
  });

  test("a keyword typed in full is still offered", () => {
    expect(labels(`patient P1 {\n  recurrence|`)).toContain("recurrence");
  });
});

describe("an incomplete document", () => {
  test("an unclosed patient before the next one: the cursor is still in the patient", () => {
    expect(labels(`${TWO_PATIENTS}patient P3 {\n  age 80\n  |\npatient P4 {\n}`)).toContain("procedure");
  });

  test("a missing `}` of a procedure does not hide the next patient item", () => {
    const text = `patient P1 {\n  ${PROC_HEAD} T12 {\n    pain 9 -> 2\n  recurrence on 1996-05-22 at T12\n  |`;
    expect(labels(text)).toContain("note");
    expect(labels(text)).not.toContain("cement");
  });

  test("no suggestions inside a comment, a string or a number", () => {
    expect(labels(`// patient |`)).toEqual([]);
    expect(labels(`/* a | */`)).toEqual([]);
    expect(labels(`patient P1 {\n  note "at |"\n}`)).toEqual([]);
    expect(labels(`patient P1 {\n  note "open |`)).toEqual([]);
    expect(labels(`patient P1 {\n  age 7|`)).toEqual([]);
  });

  test("a position past the end, or on a line that does not exist, does not throw", () => {
    const doc = docOf(`patient P1 {\n  sex `);
    expect(provideCompletion(doc, { textDocument: { uri: doc.uri }, position: { line: 1, character: 99 } }).map((i) => i.label)).toContain("F");
    expect(() => provideCompletion(doc, { textDocument: { uri: doc.uri }, position: { line: 40, character: 3 } })).not.toThrow();
    expect(completionContext(doc.analysis, 10_000).expects).toEqual([{ kind: "sex" }]);
  });
});

describe("snippets and fresh ids", () => {
  test("a new patient gets the next free id", () => {
    const items = complete(`${TWO_PATIENTS}\n|`);
    expect(items.map((i) => i.label)).toContain("patient P3 { … }");
    expect(labels(`${TWO_PATIENTS}\npatient |`)).toEqual(["P3"]);
    expect(labels(`patient P1 {}\npatient P7 {}\npatient |`)).toEqual(["P8"]);
    expect(labels(`patient P1 {}\npatient P2|`)).toEqual(["P2"]);
  });

  test("a new procedure gets an id its patient does not use", () => {
    const items = labels(`${TWO_PATIENTS.replace("  recurrence on", "  |\n  recurrence on")}`);
    expect(items).toContain("procedure PV3 { … }");
    expect(labels(`patient P1 {\n  procedure PV1 vertebroplasty on 1996-05-14 at T12 {}\n  procedure |`)).toEqual(["PV2"]);
  });

  test("a snippet left as inserted is flagged, never read as data", () => {
    for (const marked of [`${HEADER}\n|`, `${HEADER}patient P1 {\n  age 80\n  |\n}`]) {
      const { doc, position } = cursor(marked);
      const snippet = provideCompletion(doc, { textDocument: { uri: doc.uri }, position }).find((i) => i.kind === CompletionItemKind.Snippet)!;
      const edit = editOf(snippet);
      const asInserted = edit.newText
        .replace(/\$\{\d+:([^}]*)\}/g, "$1")
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, "$1")
        .replace(/\$0/g, "")
        .replace(/\t/g, "  ");
      expect(asInserted).not.toContain("$");
      const text = applyEdits(doc, [{ range: edit.range, newText: asInserted }]);
      expect(codes(text)).toContain("VC001");
    }
  });
});

describe("getting started", () => {
  test("an empty file is offered a whole study header and a patient block, which parse once filled in", () => {
    const items = complete("|");
    const study = items.find((i) => i.label === 'study "Title" { … }')!;
    expect(study.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(editOf(study).newText).toBe('study "${1:Title}" {\n\tdesign "${2:retrospective case series}"\n\tmeasure ${3:pain} "${4:Pain (11-point scale)}" range ${5:0}..${6:10} better ${7|lower,higher|}\n\t$0\n}');
    const header = 'study "Title" {\n\tdesign "retrospective case series"\n\tmeasure pain "Pain (11-point scale)" range 0..10 better lower\n\t\n}';
    expect(codes(header)).toEqual([]);
    expect(items.find((i) => i.label === "patient P1 { … }")).toBeDefined();
  });

  test("after `study`, its title and braces", () => {
    const items = complete("study |");
    expect(items.map((i) => i.label)).toEqual(['"Title" { … }']);
    expect(editOf(items[0]!).newText).toBe('"${1:Title}" {\n\t$0\n}');
  });
});
