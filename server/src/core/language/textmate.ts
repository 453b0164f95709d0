/**
 * The TextMate grammar's keyword patterns, derived from the language description
 * (grammar.ts). The grammar's structure (strings, comments, the procedure block,
 * outcomes, values) is written by hand in syntaxes/vcase.tmLanguage.json; the
 * patterns below, which list keywords, are rewritten by
 * scripts/generate-grammar.mjs, and a test fails when the committed file is stale.
 */
import { GRAMMAR, KEYWORDS, OPENING_KEYWORDS, itemKeywords } from "./grammar";

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Rule[];
  [key: string]: unknown;
}

const alternation = (words: readonly string[]): string => `(?:${words.join("|")})`;

/** The words written after an item's keyword in its header (`on`, `at`, `repeats`): not names. */
function headerWords(block: "patient" | "study", keyword: string): string[] {
  const parts = GRAMMAR[block].find((item) => item.keyword === keyword)?.parts ?? [];
  const words: string[] = [];
  const visit = (ps: readonly unknown[]): void => {
    for (const p of ps) {
      if (typeof p === "string" && /^[a-z]+$/.test(p)) words.push(p);
      else if (p !== null && typeof p === "object" && "optional" in p) visit((p as { optional: unknown[] }).optional);
    }
  };
  visit(parts);
  return [...new Set(words)];
}

/** `text`, the grammar file, with its keyword patterns derived from the description; as the file should read. */
export function withDerivedKeywords(text: string): string {
  const grammar = JSON.parse(text) as { repository: Record<string, Rule> };
  const repo = grammar.repository;
  const patientLevel = [...itemKeywords("top"), ...itemKeywords("patient")];
  const procedureHeader = alternation(headerWords("patient", "procedure"));
  repo.procedure!.begin = `\\b(procedure)\\b(?:\\s+(?!${procedureHeader}\\b)([A-Za-z_][A-Za-z0-9_]*)(?:\\s+(?!${procedureHeader}\\b)([A-Za-z_][A-Za-z0-9_]*))?)?`;
  repo.procedure!.end = `(?<=\\})|(?=^\\s*${alternation([...new Set(patientLevel)])}\\b)`;
  repo["measure-declaration"]!.match = `\\b(measure)\\b(?:\\s+(?!${alternation(headerWords("study", "measure").filter((w) => w !== "lower" && w !== "higher"))}\\b)([A-Za-z_][A-Za-z0-9_]*))?`;
  repo.outcome!.match = `(?:^|(?<=\\{))\\s*(?!${alternation(KEYWORDS)}\\b)([A-Za-z_][A-Za-z0-9_]*)(?=\\s+(?:-?[0-9]|\\?))`;
  repo["visit-score"]!.match = `\\b(?!${alternation(KEYWORDS)}\\b)([A-Za-z_][A-Za-z0-9_]*)(?=\\s+(?:-?[0-9]|\\?))`;
  const [control, other] = repo.keywords!.patterns!;
  control!.match = `\\b${alternation(OPENING_KEYWORDS)}\\b`;
  other!.match = `\\b${alternation(KEYWORDS.filter((w) => !OPENING_KEYWORDS.includes(w)))}\\b`;
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
