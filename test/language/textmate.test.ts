// The TextMate grammar's keyword patterns are derived from the language description:
// the committed file must be what scripts/generate-grammar.mjs writes.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KEYWORDS } from "../../server/src/core/language/grammar";
import { withDerivedKeywords } from "../../server/src/core/language/textmate";

const file = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "syntaxes/vcase.tmLanguage.json");

describe("syntaxes/vcase.tmLanguage.json", () => {
  const committed = readFileSync(file, "utf8");

  it("is up to date with the language description (run node scripts/generate-grammar.mjs)", () => {
    expect(committed).toBe(withDerivedKeywords(committed));
  });

  it("colours every keyword of the description as a keyword", () => {
    const grammar = JSON.parse(committed) as { repository: { keywords: { patterns: { match: string }[] } } };
    const patterns = grammar.repository.keywords.patterns.map((p) => new RegExp(p.match));
    for (const word of KEYWORDS) expect(patterns.some((p) => p.test(word)), word).toBe(true);
    expect(patterns.some((p) => p.test("pain"))).toBe(false);
  });

  it("fails the staleness check when a keyword pattern was edited by hand", () => {
    const edited = committed.replace("|cement|", "|");
    expect(edited).not.toBe(committed);
    expect(edited).not.toBe(withDerivedKeywords(edited));
  });
});
