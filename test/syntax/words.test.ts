/**
 * The word table (syntax/tree/words.ts) numbers every id and name of a text: the
 * same text is always the same number, different texts never share one, however
 * the table was grown or made room in beforehand.
 */
import { describe, expect, it } from "vitest";
import { WordTable } from "../../server/src/core/syntax/tree/words";

const ids = (count: number): string[] => Array.from({ length: count }, (_, i) => `P${i + 1}`);

describe("the word table", () => {
  it("gives each word one number, growing as words come", () => {
    const words = new WordTable();
    const numbers = ids(5000).map((id) => words.internText(id));
    expect(new Set(numbers).size).toBe(5000);
    expect(ids(5000).map((id) => words.internText(id))).toEqual(numbers);
    expect(numbers.map((n) => words.text(n))).toEqual(ids(5000));
  });

  it("keeps the words it holds when room is made for more, and finds them by their text", () => {
    const words = new WordTable();
    const early = ids(40).map((id) => words.internText(id));
    words.reserve(10_000);
    const late = ids(3000).map((id) => words.internText(id));
    expect(late.slice(0, 40)).toEqual(early);
    expect(words.count).toBe(3000);
    expect(words.find("P2999")).toBe(late[2998]);
    expect(words.find("P3001")).toBe(-1);
  });

  it("reads a word from inside a longer text, by where it is written", () => {
    const words = new WordTable();
    words.reserve(16);
    const source = "patient P12 { } patient P12 { }";
    const first = words.intern(source, 8, 11);
    expect(words.intern(source, 24, 27)).toBe(first);
    expect(words.text(first)).toBe("P12");
  });
});
