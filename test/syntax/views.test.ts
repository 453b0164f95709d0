/**
 * The typed views over the syntax tree's rows (server/src/core/syntax/tree/views.ts):
 * what a patient's view reads, written out by hand; the same view and lists each
 * time; and the plain form the tests compare trees by (plain-tree.ts) tells two
 * trees apart when one value differs.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parse, parseWithRecovery } from "../../server/src/core/syntax/parse";
import { plainTree } from "./plain-tree";

const TEXT = `study "S" {
  measure pain range 0..10
  complication leak "Cement leakage"
  visit w6 day 42
}
patient P1 {
  age 78
  sex F
  etiology "multiple myeloma"
  procedure PV1 vertebroplasty on 2020-01-06 at T11-L1, L3 {
    pain 9 -> ?
    cement 4.5 ml
    complication leak at L1
    visit w6 { pain 2 }
    note "first"
  }
  procedure PV2 vertebroplasty on day 40 at L2 repeats PV1 {
  }
  recurrence on day 30
  followup until 2021-01-11 lost
  note "seen twice"
}
`;

/** The offsets of the `n`-th (from 0) occurrence of `written` in `text`. */
function at(written: string, n = 0, text = TEXT): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= n; i++) start = text.indexOf(written, start + 1);
  if (start < 0) throw new Error(`${written} is not in the text`);
  return { start, end: start + written.length };
}

const word = (text: string, n = 0) => ({ text, ...at(text, n) });
const keyword = (text: string, n = 0) => ({ start: at(text, n).start, end: at(text, n).start + text.split(" ")[0]!.length });
const level = (text: string, n = 0) => ({ text, region: text[0], number: Number(text.slice(1)), ...at(text, n) });

describe("a patient's view", () => {
  it("reads every part of the patient from the rows", () => {
    const patient = plainTree(parse(TEXT).patient(0)) as Record<string, unknown>;
    const procedures = patient.procedures as Record<string, unknown>[];
    expect(patient.id).toEqual(word("P1"));
    expect(patient.keyword).toEqual(keyword("patient P1"));
    expect(patient.fields).toEqual([
      { name: "age", keyword: keyword("age 78"), value: { value: 78, text: "78", ...at("78") }, ...at("age 78") },
      { name: "sex", keyword: keyword("sex F"), value: word("F"), ...at("sex F") },
      { name: "etiology", keyword: keyword("etiology"), value: { value: "multiple myeloma", ...at('"multiple myeloma"') }, ...at('etiology "multiple myeloma"') },
    ]);
    expect(patient.notes).toEqual([{ value: "seen twice", ...at('"seen twice"') }]);
    expect(procedures.map((p) => [(p.id as { text: string }).text, (p.kind as { text: string }).text])).toEqual([
      ["PV1", "vertebroplasty"],
      ["PV2", "vertebroplasty"],
    ]);
    const [first, second] = procedures as [Record<string, unknown>, Record<string, unknown>];
    expect(first.date).toEqual({ kind: "calendar", text: "2020-01-06", year: 2020, month: 1, day: 6, ...at("2020-01-06") });
    expect(first.levels).toEqual([
      { from: level("T11"), to: level("L1"), ...at("T11-L1") },
      { from: level("L3"), to: undefined, ...at("L3") },
    ]);
    expect(first.repeats).toBeUndefined();
    expect(first.outcomes).toEqual([{ measure: word("pain", 1), before: { value: 9, ...at("9") }, after: { value: null, ...at("?") }, ...at("pain 9 -> ?") }]);
    expect(first.cements).toEqual([{ keyword: keyword("cement"), volume: { value: 4.5, text: "4.5", ...at("4.5") }, ...at("cement 4.5 ml") }]);
    expect(first.notes).toEqual([{ value: "first", ...at('"first"') }]);
    expect((first.complications as { kind: { text: string } }[]).map((c) => c.kind.text)).toEqual(["leak"]);
    expect((first.visits as { id: { text: string } }[]).map((v) => v.id.text)).toEqual(["w6"]);
    expect(second.date).toEqual({ kind: "day", value: { value: 40, text: "40", ...at("40") }, ...at("day 40") });
    expect(second.repeats).toEqual(word("PV1", 1));
    expect([second.outcomes, second.cements, second.notes, second.complications, second.visits]).toEqual([[], [], [], [], []]);
    expect(patient.recurrences).toEqual([{ keyword: keyword("recurrence"), date: { kind: "day", value: { value: 30, text: "30", ...at("30") }, ...at("day 30") }, levels: [], ...at("recurrence on day 30") }]);
    expect(patient.complications).toEqual([]);
    expect((patient.followups as { status: { text: string } }[]).map((f) => f.status.text)).toEqual(["lost"]);
  });

  it("is the same view, with the same lists, each time it is asked for", () => {
    const parsed = parse(TEXT);
    const patient = parsed.patient(0);
    expect(parsed.patient(0)).toBe(patient);
    expect(parsed.file.patients[0]).toBe(patient);
    expect(patient.procedures).toBe(patient.procedures);
    expect(patient.procedures[0]!.levels).toBe(patient.procedures[0]!.levels);
    expect(patient.procedures[0]!.visits).toBe(patient.procedures[0]!.visits);
  });

  it("reads the same whichever parser read the text", () => {
    expect(plainTree(parse(TEXT).file)).toStrictEqual(plainTree(parseWithRecovery(TEXT).file));
  });
});

describe("a view of what a natural mistake's repair changed", () => {
  const damaged = `patient P1 {
  etiology osteoporotic fracture
  procedure PV1 vertebroplasty on 2020-01-06 at L1-2 {
  }
}
`;

  it("reads an etiology written without quotes as its words", () => {
    const etiology = parse(damaged).patient(0).fields[0]!;
    expect(etiology.value).toMatchObject({ value: "osteoporotic fracture" });
  });

  it("reads `L1-2` as the range L1-L2, the second level as the row holds it", () => {
    const [item] = parse(damaged).patient(0).procedures[0]!.levels;
    expect([item!.from.text, item!.to?.text, item!.to?.region, item!.to?.number]).toEqual(["L1", "L2", "L", 2]);
  });
});

describe("a view's span", () => {
  it("is its offsets as plain data, so a finding that keeps one can be sent to the editor as JSON", () => {
    const text = TEXT.replace("  sex F\n", "  sex F\n  sex M\n");
    const duplicate = analyze(text).diagnostics.find((d) => d.data?.removeSpan !== undefined);
    expect(duplicate?.data?.removeSpan).toEqual(at("sex M", 0, text));
    expect(JSON.parse(JSON.stringify(duplicate))).toMatchObject({ data: { removeSpan: at("sex M", 0, text) } });
    const field = parse(TEXT).patient(0).fields[1]!;
    expect(field.span).toEqual(at("sex F"));
  });
});

describe("the plain form trees are compared by", () => {
  it("tells apart two trees that differ in one value the views read", () => {
    const other = TEXT.replace("pain 9 -> ?", "pain 8 -> ?");
    expect(plainTree(parse(other).file)).not.toStrictEqual(plainTree(parse(TEXT).file));
    expect(plainTree(parse(other).file, { offsets: false })).not.toStrictEqual(plainTree(parse(TEXT).file, { offsets: false }));
    // What a deep equality of the views themselves would not do reliably: their fields are a tree and a row.
    expect(plainTree(parse(TEXT.replace("lost", "died")).file)).not.toStrictEqual(plainTree(parse(TEXT).file));
  });
});
