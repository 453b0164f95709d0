/**
 * The fast scanner reads a copy of the text's code units (syntax/code-units.ts),
 * one array kept from text to text. Whatever the text holds and whatever was read
 * before it, the copy must be the text's own code units, so that the fast parser
 * reads exactly what the text says.
 */
import { describe, expect, it } from "vitest";
import { CodeUnits } from "../../server/src/core/syntax/code-units";
import { parse } from "../../server/src/core/syntax/parse";
import { reparse } from "../../server/src/core/syntax/reparse";
import { plainTree } from "./plain-tree";

function codeUnitsOf(text: string, from = 0, end = text.length): number[] {
  const out: number[] = [];
  for (let i = from; i < end; i++) out.push(text.charCodeAt(i));
  return out;
}

const PATIENT = (id: string, note: string): string =>
  `patient ${id} {\n  age 70\n  note "${note}"\n  procedure PV1 vertebroplasty on 2020-01-01 at L1 {\n    pain 8 -> 2\n  }\n}\n`;

describe("the code units the fast scanner reads", () => {
  it("are the text's own, for accents, characters outside the BMP, a lone surrogate and NUL", () => {
    const text = 'note "Müller – ≥ 3 \u{1F9B4} \ud800 x\u0000y"';
    const units = new CodeUnits().load(text, 0, text.length);
    expect([...units.subarray(0, text.length)]).toEqual(codeUnitsOf(text));
    expect(units[text.length]).toBe(0);
  });

  it("are the new text's after a longer text with other characters, and only the part asked for is copied", () => {
    const units = new CodeUnits();
    const long = "ü".repeat(10_000);
    units.load(long, 0, long.length);
    const short = "patient P1 { age 70 }";
    const array = units.load(short, 8, 12);
    expect([...array.subarray(8, 12)]).toEqual(codeUnitsOf(short, 8, 12));
    expect(array[12]).toBe(0);
  });

  it("are not kept at the size of a much longer text read before", () => {
    const units = new CodeUnits();
    const long = "x".repeat(400_000);
    expect(units.load(long, 0, long.length).length).toBeGreaterThan(400_000);
    expect(units.load("patient P1 {}", 0, 13).length).toBeLessThan(10_000);
  });

  it("give the tree of the text, not of an earlier one, when a shorter text is parsed after a longer one", () => {
    const first = PATIENT("P1", "Ärztin Zoë") + PATIENT("P2", "long ".repeat(200));
    const second = PATIENT("Q1", "x");
    parse(first);
    const parsed = parse(second);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.patient(0).id?.text).toBe("Q1");
    expect(parsed.patient(0).notes.map((n) => n.value)).toEqual(["x"]);
  });

  it("give, when one block is read again after an edit, what a full parse of the edited text gives", () => {
    const before = PATIENT("P1", "a") + "/* a comment\nthat spans lines */\n" + PATIENT("P2", "b") + PATIENT("P3", "Zoë");
    const parsedBefore = parse(before);
    const at = before.indexOf('"a"') + 1;
    const after = before.slice(0, at) + "é" + before.slice(at);
    const again = reparse(parsedBefore, before, after);
    const full = parse(after);
    expect(again).toBeDefined();
    expect(plainTree(again!.file)).toStrictEqual(plainTree(full.file));
    expect(again!.patient(0).notes.map((n) => n.value)).toEqual(["éa"]);
  });
});
