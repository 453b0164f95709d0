/**
 * What a keyword means, for hover: the whole form of the item it starts or belongs
 * to, its one-line help and an example, all read from the language description
 * (language/grammar.ts), so a new item is explained the day it is added.
 */
import { BLOCK_NAMES, GRAMMAR, KEYWORDS, WORD_HELP, type Item, type Part } from "../language/grammar";
import type { Span } from "../syntax/ast";

export interface KeywordHelp {
  readonly word: string;
  readonly span: Span;
  /** The item as a pattern: `measure NAME ["LABEL"] range MIN..MAX [better lower|higher] [responder N]`. */
  readonly form: string;
  readonly help: string;
  readonly example: string;
}

/** What the text in double quotes of an item without a field name is. */
const STRING_NAMES: Record<string, string> = { study: "title", measure: "label" };
const VALUE_NAMES: Record<string, string> = { NUMBER: "N", STRING: '"TEXT"', DATE: "DATE", LEVELS: "LEVELS", SCORE: "SCORE" };

function valueName(part: Extract<Part, { token: string }>, item: Item): string {
  if (part.token === "IDENT") return (part.role ?? "name").split(" ").pop()!.toUpperCase();
  if (part.token === "STRING") return `"${(part.field ?? STRING_NAMES[item.keyword ?? ""] ?? "text").toUpperCase()}"`;
  if (part.token === "NUMBER" && item.keyword === "age") return "YEARS";
  return VALUE_NAMES[part.token]!;
}

function formOf(parts: readonly Part[], item: Item): string {
  let scores = 0;
  return parts
    .map((part) => {
      if (typeof part === "string") return part;
      if ("token" in part) return part.token === "SCORE" ? (scores++ === 0 ? "BEFORE" : "AFTER") : valueName(part, item);
      if ("optional" in part) return `[${formOf(part.optional, item)}]`;
      if ("oneOf" in part) return part.oneOf.map((alternative) => formOf(alternative, item)).join("|");
      return "{ … }";
    })
    .join(" ")
    .replace(/N \.\. N/, "MIN..MAX");
}

/** The item's whole form, as an author writes it. */
export function itemForm(item: Item): string {
  return item.keyword === undefined ? formOf(item.parts, item).replace(/^NAME/, "MEASURE") : `${item.keyword} ${formOf(item.parts, item)}`;
}

function mentions(parts: readonly Part[], word: string): boolean {
  return parts.some((part) =>
    typeof part === "string" ? part === word
      : "optional" in part ? mentions(part.optional, word)
        : "oneOf" in part ? part.oneOf.some((alternative) => mentions(alternative, word))
          : "token" in part && part.token === "DATE" && word === "day",
  );
}

/** The item a keyword starts, or else the first item whose parts hold it. */
function itemOf(word: string): Item | undefined {
  for (const block of BLOCK_NAMES) for (const item of GRAMMAR[block]) if (item.keyword === word) return item;
  for (const block of BLOCK_NAMES) for (const item of GRAMMAR[block]) if (mentions(item.parts, word)) return item;
  return undefined;
}

/** Whether `offset` on its line is inside double quotes or a `//` comment. */
function inTextOrComment(text: string, offset: number): boolean {
  let quoted = false;
  for (let i = text.lastIndexOf("\n", offset - 1) + 1; i < offset; i++) {
    if (text[i] === '"' && text[i - 1] !== "\\") quoted = !quoted;
    else if (!quoted && text[i] === "/" && text[i + 1] === "/") return true;
  }
  return quoted;
}

/** The keyword under `offset`, with what it means; undefined elsewhere. */
export function keywordHelpAt(text: string, offset: number): KeywordHelp | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && /[A-Za-z0-9_]/.test(text[start - 1]!)) start--;
  while (end < text.length && /[A-Za-z0-9_]/.test(text[end]!)) end++;
  const word = text.slice(start, end);
  if (!KEYWORDS.includes(word) || inTextOrComment(text, start)) return undefined;
  const item = itemOf(word);
  if (item === undefined) return undefined;
  const help = item.keyword === word ? item.help : (WORD_HELP[word] ?? item.help);
  return { word, span: { start, end }, form: itemForm(item), help, example: item.example };
}
