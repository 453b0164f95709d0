/**
 * The tokens of the .vcase language (spec §2). Each token has a LABEL in the words
 * a clinician reads, used by the syntax-error messages ("expected a date …").
 * Order matters: longer and more specific patterns come first, and keywords fall
 * back to identifiers (`longer_alt`) so `ageing` is an identifier, not `age` + `ing`.
 */
import { Lexer, createToken, type TokenType } from "chevrotain";

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

export const Study = keyword("study");
export const Reference = keyword("reference");
export const Design = keyword("design");
export const Measure = keyword("measure");
export const Range = keyword("range");
export const Better = keyword("better");
export const Lower = keyword("lower");
export const Higher = keyword("higher");
export const Responder = keyword("responder");
export const Patient = keyword("patient");
export const Age = keyword("age");
export const Sex = keyword("sex");
export const Etiology = keyword("etiology");
export const Procedure = keyword("procedure");
export const On = keyword("on");
export const At = keyword("at");
export const Repeats = keyword("repeats");
export const Recurrence = keyword("recurrence");
export const Cement = keyword("cement");
export const Ml = keyword("ml");
export const Note = keyword("note");
export const Day = keyword("day");

export const KEYWORDS: readonly TokenType[] = [
  Study, Reference, Design, Measure, Range, Better, Lower, Higher, Responder, Patient, Age, Sex,
  Etiology, Procedure, On, At, Repeats, Recurrence, Cement, Ml, Note, Day,
];

/** The keyword words, for completion and the formatter. */
export const KEYWORD_WORDS: readonly string[] = KEYWORDS.map((t) => t.name.slice(3));

export const ALL_TOKENS: readonly TokenType[] = [
  WhiteSpace, LineComment, BlockComment, StringLiteral, UnterminatedString, DateLiteral,
  ...KEYWORDS,
  Level, Identifier, NumberLiteral, Arrow, DotDot, Minus, Question, LCurly, RCurly, Comma,
];
