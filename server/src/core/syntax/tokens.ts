/**
 * The tokens of the .vcase language (spec §2). Each token has a LABEL in the words
 * a clinician reads, used by the syntax-error messages ("expected a date …").
 * Order matters: longer and more specific patterns come first, and keywords fall
 * back to identifiers (`longer_alt`) so `ageing` is an identifier, not `age` + `ing`.
 */
import { Lexer, createToken, type TokenType } from "chevrotain";
import { KEYWORDS as KEYWORD_LIST } from "../language/grammar";

/** The keyword words, for completion, renaming and the formatter. */
export const KEYWORD_WORDS: readonly string[] = KEYWORD_LIST;

export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: "a name" });

function keyword(word: string): TokenType {
  return createToken({ name: `Kw_${word}`, pattern: word, longer_alt: Identifier, label: `\`${word}\`` });
}

// A block comment, slash-star to star-slash. A regular expression would search the
// rest of the text for the closing star-slash at every opening that never closes,
// which is quadratic on pasted text full of them; this remembers, for the text being
// lexed (known by Chevrotain's token array), the offset after which no closing
// exists. An opening that never closes is then no comment, and its characters are
// reported as stray.
let lexedTokens: unknown;
let noCloseFrom = Infinity;
function matchBlockComment(text: string, offset: number, tokens: unknown[]): RegExpExecArray | null {
  if (text.charCodeAt(offset) !== 47 || text.charCodeAt(offset + 1) !== 42) return null;
  if (tokens !== lexedTokens) {
    lexedTokens = tokens;
    noCloseFrom = Infinity;
  }
  if (offset >= noCloseFrom) return null;
  const close = text.indexOf("*/", offset + 2);
  if (close === -1) {
    noCloseFrom = offset;
    return null;
  }
  return [text.slice(offset, close + 2)] as unknown as RegExpExecArray;
}

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\r\n]*/, group: "comments" });
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: { exec: matchBlockComment },
  group: "comments",
  line_breaks: true,
  start_chars_hint: ["/"],
});
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  label: "text in double quotes",
});
/** A string whose closing quote is missing: parsed as a string, reported once as VC001. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*/,
  categories: [StringLiteral],
  label: "text in double quotes",
});
export const DateLiteral = createToken({ name: "DateLiteral", pattern: /\d{4}-\d{2}-\d{2}/, label: "a date (YYYY-MM-DD)" });
export const Level = createToken({
  name: "Level",
  pattern: /[CTLS]\d+/,
  longer_alt: Identifier,
  label: "a vertebral level such as T12",
  start_chars_hint: ["C", "T", "L", "S"],
});
export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /-?\d+(?:\.\d+)?/, label: "a number" });
export const Arrow = createToken({ name: "Arrow", pattern: "->", label: "`->`" });
export const DotDot = createToken({ name: "DotDot", pattern: "..", label: "`..`" });
export const Minus = createToken({ name: "Minus", pattern: "-", label: "`-`" });
export const Question = createToken({ name: "Question", pattern: "?", label: "`?`" });
export const LCurly = createToken({ name: "LCurly", pattern: "{", label: "`{`" });
export const RCurly = createToken({ name: "RCurly", pattern: "}", label: "`}`" });
export const Comma = createToken({ name: "Comma", pattern: ",", label: "`,`" });

/** The keyword tokens, one per keyword of the language description (../language/grammar.ts). */
export const KEYWORDS: readonly TokenType[] = KEYWORD_WORDS.map(keyword);

const BY_WORD = new Map(KEYWORDS.map((t, i) => [KEYWORD_WORDS[i]!, t]));

/** The token of keyword `word`; throws for a word the description does not have. */
export function kw(word: string): TokenType {
  const type = BY_WORD.get(word);
  if (type === undefined) throw new Error(`\`${word}\` is not a keyword of the language description`);
  return type;
}

export const ALL_TOKENS: readonly TokenType[] = [
  WhiteSpace, LineComment, BlockComment, StringLiteral, UnterminatedString, DateLiteral,
  ...KEYWORDS,
  Level, Identifier, NumberLiteral, Arrow, DotDot, Minus, Question, LCurly, RCurly, Comma,
];
