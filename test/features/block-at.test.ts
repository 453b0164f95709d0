import { describe, expect, it } from "vitest";
import { blockIndexAt, blocksWithin } from "../../server/src/core/query/block-at";
import { parse } from "../../server/src/core/syntax/parse";

const text = [
  "patient A {",
  "  age 70",
  "}",
  "",
  "patient B {",
  "  age 71",
  "}",
  "patient C { age 72 }",
].join("\n");

describe("blockIndexAt", () => {
  const parsed = parse(text);
  const patients = parsed.file.patients;
  const rows = parsed.tree.patients;
  const linear = (offset: number) => patients.findIndex((p) => offset >= p.start && offset <= p.end);

  it("finds the same patient as a search through every one, at every offset", () => {
    for (let offset = -1; offset <= text.length + 1; offset++) expect(blockIndexAt(rows, offset), `offset ${offset}`).toBe(linear(offset));
  });

  it("counts a block's end, and nothing between blocks", () => {
    expect(blockIndexAt(rows, patients[0]!.end)).toBe(0);
    expect(blockIndexAt(rows, patients[0]!.end + 1)).toBe(-1);
    expect(blockIndexAt(parse("").tree.patients, 0)).toBe(-1);
  });
});

describe("blocksWithin", () => {
  const parsed = parse(text);
  const patients = parsed.file.patients;
  const linear = (from: number, to: number) => patients.flatMap((p, i) => (p.end >= from && p.start <= to ? [i] : []));
  const range = (r: { first: number; end: number }) => Array.from({ length: r.end - r.first }, (_, k) => r.first + k);

  it("gives the blocks a search through every one gives, for every range", () => {
    for (let from = 0; from <= text.length; from += 3) {
      for (let to = from; to <= text.length + 2; to += 5) expect(range(blocksWithin(parsed.tree.patients, from, to)), `${from}..${to}`).toEqual(linear(from, to));
    }
  });
});
