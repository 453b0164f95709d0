/**
 * The scanner of the fast parser (fast-parser.ts): the lexical rules of tokens.ts,
 * written out by hand over character codes. It makes no token objects: the parser
 * reads the current token from `kind`, `start` and `end` (and `value` for a number),
 * then calls `next()`.
 *
 * It must cut the text exactly where the Chevrotain lexer does. That lexer takes the
 * first pattern of ALL_TOKENS that matches, except that a keyword or a level gives
 * way to a longer identifier (`ageing`, `T12a`). So: a run of identifier characters
 * is a keyword if it is exactly one, else a level if it is C, T, L or S and digits,
 * else an identifier; four, two and two digits joined by `-` are a date before they
 * are numbers; `-` before a digit starts a number, before `>` an arrow.
 *
 * Whatever the Chevrotain path would report — a character no token matches, a string
 * left open, a comment never closed, a number too large to read — throws BAIL, and
 * the text goes to the Chevrotain parser, which explains it.
 *
 * The characters are read from a copy of the text's UTF-16 code units in a typed
 * array (`CodeUnits`), not with `text.charCodeAt`: the engine checks how a string is
 * stored at every `charCodeAt`, and reading a typed array made scanning about a
 * third faster, the copy included.
 */
import { EOF, type IToken, type TokenType } from "chevrotain";
import { CodeUnits } from "./code-units";
import * as T from "./tokens";
import { hashOfUnits, type WordTable } from "./tree/words";

/**
 * The kinds of token, one per token type of tokens.ts (an unterminated string is
 * never one: it bails); the keywords follow from FirstKeyword on, in the order of
 * tokens.ts's KEYWORDS (see kwTok).
 */
export const enum Tok {
  Eof, Identifier, Level, NumberLiteral, StringLiteral, DateLiteral,
  Arrow, DotDot, Minus, Question, LCurly, RCurly, Comma, FirstKeyword,
}

/** The token type of tokens.ts that each kind stands for (for tests and debugging). */
export const TOKEN_TYPES: readonly TokenType[] = [
  EOF, T.Identifier, T.Level, T.NumberLiteral, T.StringLiteral, T.DateLiteral,
  T.Arrow, T.DotDot, T.Minus, T.Question, T.LCurly, T.RCurly, T.Comma, ...T.KEYWORDS,
];

/** The kind of keyword `word`. */
export function kwTok(word: string): Tok {
  const index = T.KEYWORD_WORDS.indexOf(word);
  if (index < 0) throw new Error(`\`${word}\` is not a keyword of the language description`);
  return (Tok.FirstKeyword + index) as Tok;
}

/** Thrown at the first thing the fast path does not accept; caught by the fast parser, which stops there. */
export const BAIL: unique symbol = Symbol("not for the fast parser");

/** Each keyword and its kind. */
const KEYWORDS: readonly (readonly [string, Tok])[] = T.KEYWORD_WORDS.map((word) => [word, kwTok(word)] as const);

/**
 * The keywords by first letter and length, slot (first - 97) * 16 + length: the
 * words in KEYWORD_WORDS and their kinds in KEYWORD_KINDS (two words share a slot:
 * `reference` and `responder`).
 */
const KEYWORD_WORDS: (readonly string[] | undefined)[] = [];
const KEYWORD_KINDS: (readonly Tok[] | undefined)[] = [];
for (let slot = 0; slot < 26 * 16; slot++) {
  const here = KEYWORDS.filter(([word]) => (word.charCodeAt(0) - 97) * 16 + word.length === slot);
  KEYWORD_WORDS.push(here.length > 0 ? here.map(([word]) => word) : undefined);
  KEYWORD_KINDS.push(here.length > 0 ? here.map(([, kind]) => kind) : undefined);
}

/** What an ASCII character can start (anything else, and any other character, starts nothing). */
const enum Starts { Nothing, Space, Word, Level, Digit, Minus, Dot, Quote, Slash, Mark }
const STARTS = new Uint8Array(128);
/** The token of a one-character mark. */
const MARK = new Uint8Array(128);
/** [A-Za-z0-9_]: what an identifier continues with. */
const WORD_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) STARTS[c] = /[CTLS]/.test(ch) ? Starts.Level : Starts.Word;
  if (/[0-9]/.test(ch)) STARTS[c] = Starts.Digit;
  if (/[ \t\r\n\f\v]/.test(ch)) STARTS[c] = Starts.Space;
  if (/[A-Za-z0-9_]/.test(ch)) WORD_PART[c] = 1;
}
STARTS[45] = Starts.Minus;
STARTS[46] = Starts.Dot;
STARTS[34] = Starts.Quote;
STARTS[47] = Starts.Slash;
for (const [mark, token] of [["?", Tok.Question], ["{", Tok.LCurly], ["}", Tok.RCurly], [",", Tok.Comma]] as const) {
  STARTS[mark.charCodeAt(0)] = Starts.Mark;
  MARK[mark.charCodeAt(0)] = token;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Strings longer than this are not interned: they are notes, rarely repeated. */
const INTERN_MAX_LENGTH = 64;
const INTERN_SLOTS = 4096;
const INTERN_PROBES = 8;

export class Scanner {
  /** The current token. */
  kind = Tok.Eof;
  start = 0;
  end = 0;
  /** A number's value (NumberLiteral only). */
  value = 0;
  /** Whether a string has a backslash escape (StringLiteral only). */
  escaped = false;
  /** Where the token before the current one ended: the end of a node just read. */
  prevEnd = 0;
  /** The comments, as the Chevrotain lexer gives them (formatter, folding, completion). */
  comments: IToken[] = [];
  text = "";
  /** The text's code units, from where reading began up to `limit`, where a 0 follows. */
  private codes: Uint16Array = new Uint16Array(1);
  /** Where reading ends: the end of the text, or of the line where the caller's stretch ends. */
  private limit = 0;
  private readonly units = new CodeUnits();

  /** Short strings already made, so that `T12` or `vertebroplasty` is one string however often it occurs. */
  private readonly interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);

  /**
   * Starts on `text`, at its first token from offset `from` on. Reading will go no
   * further than the end of the line at `to`: the caller stops at the first token
   * that starts at or after `to`, so only that line's code units are copied.
   */
  begin(text: string, from = 0, to = text.length): void {
    const lineEnd = to >= text.length ? -1 : text.indexOf("\n", to);
    this.limit = lineEnd === -1 ? text.length : lineEnd + 1;
    this.codes = this.units.load(text, from, this.limit);
    this.text = text;
    this.comments = [];
    this.start = this.end = this.prevEnd = from;
    this.next();
  }

  /** Lets go of the text and of what was made from it. */
  finish(): void {
    this.text = "";
    this.comments = [];
    this.interned.fill(undefined);
  }

  /** Moves to the next token, skipping whitespace and comments. */
  next(): void {
    const codes = this.codes;
    let pos = (this.prevEnd = this.end);
    for (;;) {
      let c = codes[pos]!;
      while (c === 32) c = codes[++pos]!;
      switch (c < 128 ? STARTS[c] : c === 0xa0 || c === 0xfeff ? Starts.Space : Starts.Nothing) {
        case Starts.Space:
          pos++;
          continue;
        case Starts.Word:
          this.word(pos);
          return;
        case Starts.Level:
          this.levelOrWord(pos);
          return;
        case Starts.Digit:
          if (this.isDate(pos)) this.set(Tok.DateLiteral, pos, pos + 10);
          else this.number(pos);
          return;
        case Starts.Minus: {
          const d = codes[pos + 1]!;
          if (isDigit(d)) this.number(pos);
          else if (d === 62 /* > */) this.set(Tok.Arrow, pos, pos + 2);
          else this.set(Tok.Minus, pos, pos + 1);
          return;
        }
        case Starts.Dot:
          if (codes[pos + 1]! !== 46) throw BAIL;
          this.set(Tok.DotDot, pos, pos + 2);
          return;
        case Starts.Mark:
          this.set(MARK[c] as Tok, pos, pos + 1);
          return;
        case Starts.Quote:
          this.string(pos);
          return;
        case Starts.Slash:
          pos = this.comment(pos);
          // A block comment may close past the lines copied: reading stops there.
          if (pos > this.limit) {
            this.set(Tok.Eof, pos, pos);
            return;
          }
          continue;
        default:
          if (pos >= this.limit) {
            this.set(Tok.Eof, pos, pos);
            return;
          }
          throw BAIL;
      }
    }
  }

  private set(kind: Tok, start: number, end: number): void {
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  /** Where the identifier characters from `pos` end. */
  private wordEnd(pos: number): number {
    const codes = this.codes;
    for (let c = codes[pos]!; c < 128 && WORD_PART[c] !== 0; c = codes[++pos]!);
    return pos;
  }

  /** An identifier or keyword: `[A-Za-z_][A-Za-z0-9_]*`, a keyword only if it is all of it. */
  private word(start: number): void {
    const end = this.wordEnd(start + 1);
    this.set(this.keywordAt(start, end), start, end);
  }

  /** The keyword that the word from `start` to `end` is, or Identifier. */
  private keywordAt(start: number, end: number): Tok {
    const first = this.codes[start]!;
    if (first < 97 || end - start >= 16) return Tok.Identifier;
    const slot = (first - 97) * 16 + end - start;
    const words = KEYWORD_WORDS[slot];
    if (words === undefined) return Tok.Identifier;
    for (let i = 0; i < words.length; i++) if (this.isAt(words[i]!, start)) return KEYWORD_KINDS[slot]![i]!;
    return Tok.Identifier;
  }

  /** Whether `word` is at `start` (its first character already known to be). */
  private isAt(word: string, start: number): boolean {
    for (let i = 1; i < word.length; i++) if (this.codes[start + i]! !== word.charCodeAt(i)) return false;
    return true;
  }

  /** After C, T, L or S: a level (`T12`) if only digits follow, else an identifier (`T12a`, `Sex`). */
  private levelOrWord(start: number): void {
    const codes = this.codes;
    let pos = start + 1;
    while (isDigit(codes[pos]!)) pos++;
    const end = this.wordEnd(pos);
    this.set(end === pos && pos > start + 1 ? Tok.Level : Tok.Identifier, start, end);
  }

  /** `\d{4}-\d{2}-\d{2}` at `pos`. */
  private isDate(pos: number): boolean {
    const codes = this.codes;
    return (
      isDigit(codes[pos + 1]!) && isDigit(codes[pos + 2]!) && isDigit(codes[pos + 3]!) &&
      codes[pos + 4]! === 45 && isDigit(codes[pos + 5]!) && isDigit(codes[pos + 6]!) &&
      codes[pos + 7]! === 45 && isDigit(codes[pos + 8]!) && isDigit(codes[pos + 9]!)
    );
  }

  /** The value of the `count` digits at `pos` (a date's year, month or day). */
  digitsAt(pos: number, count: number): number {
    let value = 0;
    for (let i = pos; i < pos + count; i++) value = value * 10 + this.codes[i]! - 48;
    return value;
  }

  /**
   * A number, `-?\d+(?:\.\d+)?`, and its value. A whole number of up to 15
   * significant digits is exact in the digit loop; a decimal N/10^k is exact by one
   * division when N is a safe integer and 10^k exact (k ≤ 22), since the division
   * rounds correctly as Number() does; anything else goes through Number().
   * More than 15 digits before the point is a number parse.ts reports: bail.
   */
  private number(start: number): void {
    const codes = this.codes;
    const negative = codes[start]! === 45;
    let pos = negative ? start + 1 : start;
    let value = 0;
    let significant = 0;
    for (let c = codes[pos]!; isDigit(c); c = codes[++pos]!) {
      value = value * 10 + (c - 48);
      if (significant > 0 || c !== 48) significant++;
    }
    if (significant > 15) throw BAIL;
    if (codes[pos]! === 46 && isDigit(codes[pos + 1]!)) {
      let decimals = 0;
      for (let c = codes[++pos]!; isDigit(c); c = codes[++pos]!) {
        value = value * 10 + (c - 48);
        decimals++;
      }
      value = decimals <= 22 && value <= Number.MAX_SAFE_INTEGER ? value / 10 ** decimals : Number(this.text.slice(negative ? start + 1 : start, pos));
    }
    this.value = negative ? -value : value;
    this.set(Tok.NumberLiteral, start, pos);
  }

  /** `"…"` on one line, with backslash escapes; one left open bails. */
  private string(start: number): void {
    const codes = this.codes;
    const limit = this.limit;
    let escaped = false;
    let pos = start + 1;
    for (;;) {
      const c = codes[pos]!;
      if (c === 34) break;
      if (c === 92 /* \ */) {
        escaped = true;
        pos++;
        const d = codes[pos]!;
        if (d === 10 || d === 13 || pos >= limit) throw BAIL;
      } else if (c === 10 || c === 13 || pos >= limit) throw BAIL;
      pos++;
    }
    this.escaped = escaped;
    this.set(Tok.StringLiteral, start, pos + 1);
  }

  /** A `//` or `/* … *\/` comment at `start`, kept in `comments`; returns where it ends. */
  private comment(start: number): number {
    const text = this.text;
    const codes = this.codes;
    const second = codes[start + 1]!;
    let end: number;
    if (second === 47) {
      end = start + 2;
      for (let c = codes[end]!; end < this.limit && c !== 10 && c !== 13; c = codes[++end]!);
    } else if (second === 42) {
      const close = text.indexOf("*/", start + 2);
      if (close === -1) throw BAIL;
      end = close + 2;
    } else throw BAIL;
    const tokenType = second === 47 ? T.LineComment : T.BlockComment;
    this.comments.push({ image: text.slice(start, end), startOffset: start, tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType });
    return end;
  }

  /** Reads past the current token, which must be of kind `kind`. */
  consume(kind: Tok): void {
    if (this.kind !== kind) throw BAIL;
    this.next();
  }

  /** The current token's word number in `words`, made if new. */
  wordNumber(words: WordTable): number {
    return words.intern(this.text, this.start, this.end, hashOfUnits(this.codes, this.start, this.end));
  }

  /** The text from `start` to `end`, one string for all its occurrences when short. */
  intern(start: number, end: number): string {
    const text = this.text;
    const length = end - start;
    if (length > INTERN_MAX_LENGTH) return text.slice(start, end);
    const hash = hashOfUnits(this.codes, start, end);
    const table = this.interned;
    for (let probe = 0; probe < INTERN_PROBES; probe++) {
      const slot = (hash + probe) & (INTERN_SLOTS - 1);
      const known = table[slot];
      if (known === undefined) return (table[slot] = text.slice(start, end));
      if (known.length === length && text.startsWith(known, start)) return known;
    }
    return text.slice(start, end);
  }

  /** A string's value: the text between the quotes, each `\x` read as `x`. */
  stringValue(): string {
    const start = this.start + 1;
    const end = this.end - 1;
    if (!this.escaped) return this.intern(start, end);
    const text = this.text;
    const codes = this.codes;
    let out = "";
    let from = start;
    for (let i = start; i < end; i++) {
      if (codes[i]! !== 92) continue;
      const next = codes[i + 1]!;
      // parser.ts unescapes with /\\(.)/g, and `.` matches no line separator: `\` stays before one.
      if (next !== 0x2028 && next !== 0x2029) {
        out += text.slice(from, i);
        from = i + 1;
      }
      i++;
    }
    return out + text.slice(from, end);
  }
}
