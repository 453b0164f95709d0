/**
 * What may follow the tokens of a generic item's statement (an item of the
 * language description with a `list`, such as `complication leak at L1`), read from
 * the item's parts: the keywords that may come next, and whether the item could
 * end here (then a new item of the block may follow).
 */
import type { IToken } from "chevrotain";
import type { Part, ValueToken } from "../language/grammar";
import { isType, keywordOf } from "../syntax/block-tracker";

export interface ItemTail {
  /** Keywords that may come next. */
  readonly words: string[];
  /** Whether the statement is a whole item already. */
  readonly complete: boolean;
}

/** Where reading stopped: at token `at`, or at the end of the tokens with what was expected there. */
type Read = { readonly at: number } | { readonly tail: ItemTail } | undefined;

const VALUE_TOKENS: Record<ValueToken, readonly string[]> = {
  IDENT: ["Identifier"],
  NUMBER: ["NumberLiteral"],
  STRING: ["StringLiteral"],
  DATE: ["DateLiteral"],
  LEVELS: ["Level"],
  SCORE: ["NumberLiteral", "Question"],
};

/** How many tokens from `at` a value of kind `token` takes (0: none there). */
function valueLength(token: ValueToken, tokens: readonly IToken[], at: number): number {
  if (token === "DATE" && keywordOf(tokens[at]) === "day") return isType(tokens[at + 1], "NumberLiteral") ? 2 : 1;
  if (!VALUE_TOKENS[token].some((name) => isType(tokens[at], name))) return 0;
  if (token !== "LEVELS") return 1;
  let end = at + 1;
  while ((isType(tokens[end], "Minus") || isType(tokens[end], "Comma")) && isType(tokens[end + 1], "Level")) end += 2;
  return end - at;
}

function startsWith(part: Part, token: IToken | undefined): boolean {
  if (token === undefined) return false;
  if (typeof part === "string") return keywordOf(token) === part || token.image === part;
  if ("optional" in part) return part.optional.length > 0 && startsWith(part.optional[0]!, token);
  if ("oneOf" in part) return part.oneOf.some((alternative) => alternative.length > 0 && startsWith(alternative[0]!, token));
  if ("block" in part) return isType(token, "LCurly");
  if ("many" in part) return part.many.parts.length > 0 && startsWith(part.many.parts[0]!, token);
  return valueLength(part.token, [token], 0) > 0;
}

/** The keywords `part` may begin with (`lost` or `died` for a choice of the two). */
function firstWords(part: Part): string[] {
  if (typeof part === "string") return /^[a-z]+$/.test(part) ? [part] : [];
  if ("optional" in part) return part.optional.length > 0 ? firstWords(part.optional[0]!) : [];
  if ("oneOf" in part) return part.oneOf.flatMap((alternative) => (alternative.length > 0 ? firstWords(alternative[0]!) : []));
  if ("token" in part && part.token === "DATE") return ["day"];
  return [];
}

/** Reads `parts` from token `at`; `offered`: optional keywords skipped at the end of the tokens. */
function read(parts: readonly Part[], tokens: readonly IToken[], at: number, offered: string[]): Read {
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const optional = typeof part === "object" && "optional" in part;
    if (at >= tokens.length) {
      offered.push(...firstWords(part));
      if (!optional) return { tail: { words: offered, complete: false } };
      continue;
    }
    if (optional) {
      if (!startsWith(part, tokens[at])) continue;
      const inner = read(part.optional, tokens, at, []);
      if (inner === undefined || "tail" in inner) return inner;
      at = inner.at;
    } else if (typeof part === "string") {
      if (!startsWith(part, tokens[at])) return undefined;
      at++;
    } else if ("token" in part) {
      const length = valueLength(part.token, tokens, at);
      if (length === 0) return undefined;
      at += length;
    } else if ("oneOf" in part) {
      const chosen = part.oneOf.find((alternative) => alternative.length > 0 && startsWith(alternative[0]!, tokens[at]));
      const inner = chosen && read(chosen, tokens, at, []);
      if (inner === undefined || "tail" in inner) return inner;
      at = inner.at;
    } else return undefined;
  }
  return at >= tokens.length && offered.length > 0 ? { tail: { words: offered, complete: true } } : { at };
}

/** What may follow `tokens`, written after the item's keyword; undefined when they do not read as the item. */
export function itemTail(parts: readonly Part[], tokens: readonly IToken[]): ItemTail | undefined {
  const offered: string[] = [];
  const result = read(parts, tokens, 0, offered);
  if (result === undefined) return undefined;
  if ("tail" in result) return result.tail;
  return result.at === tokens.length ? { words: offered, complete: true } : undefined;
}
