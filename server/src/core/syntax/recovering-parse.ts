/**
 * The Chevrotain path of parse(): a stretch of text through the parser that recovers
 * from syntax errors and explains them (parser.ts), with every syntax problem as one
 * VC001 diagnostic. Characters no token matches and strings left open are reported
 * here too, so a stray keystroke gives exactly one diagnostic at the place it was typed.
 *
 * The stretch is the whole text, or (parse.ts) the damaged blocks of a text whose
 * other blocks the fast parser read. A stretch that stops before the end of the text
 * is followed by the keyword that starts the next block (`lookaheadEnd`): the parser
 * then sees what a block cut short is followed by, and says "`patient` is not a
 * patient item" rather than "the file ends"; what it reads of that next block is
 * dropped, since the fast parser reads that block.
 */
import type { IRecognitionException, IToken } from "chevrotain";
import type { Span, Study } from "./ast";
import { shiftTokens, tokenEnd } from "./block-tracker";
import { lex, type LexedText } from "./lexer";
import { isReadableNumber, VcaseParser } from "./parser";
import { explainMistakes } from "../mistakes/explain";
import { NO_REPAIRS, Repairs } from "../mistakes/repairs";
import { saysWhatWasExpected } from "./syntax-error-messages";
import { NumberLiteral, UnterminatedString } from "./tokens";
import type { SyntaxTree } from "./tree/syntax-tree";
import { lastStartingAtOrBefore } from "../text/in-text-order";
import { diagnostic, type Diagnostic } from "../validation/diagnostic";

export interface RecoveredBlocks {
  readonly studies: Study[];
  /** VC001 diagnostics, in text order. */
  readonly diagnostics: Diagnostic[];
  readonly comments: IToken[];
  /**
   * A `/*` in the stretch that the stretch does not close. When the stretch stops
   * before the end of the text, the comment may close further on, and then the
   * stretch was cut inside a comment: parse.ts reads the whole text instead.
   */
  readonly opensComment: boolean;
}

/** One parser for the whole process: Chevrotain parsers are built once and reused. */
let sharedParser: VcaseParser | undefined;

function tokenSpan(token: IToken | undefined): Span | undefined {
  if (token === undefined || !Number.isFinite(token.startOffset) || token.tokenType.name === "EOF") return undefined;
  return { start: token.startOffset, end: tokenEnd(token) };
}

function describeCharacters(text: string): string {
  const shown = [...text].map((c) => (c.trim() === "" || c < " " ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : c));
  return shown.join("");
}

/** The lexer's offsets moved by `by`: a stretch is lexed on its own (here, and for completion), but its tree, diagnostics and tokens are in the text's offsets. */
export function shiftOffsets(lexed: LexedText, by: number): void {
  shiftTokens(lexed.tokens, by);
  shiftTokens(lexed.comments, by);
  for (const run of lexed.unknown) {
    run.start += by;
    run.end += by;
  }
}

/** Characters written for an arrow: `=>`, `>`, `→`, `⇒`, a dash other than the hyphen before `>`. */
const ARROW_LOOK_ALIKE = /^(?:=+>|>|\u2192|\u21d2|[\u2013\u2014\u2212]+>?)$/;

/** Whether the stray characters at `run` stand where an outcome's arrow belongs: after a score (`pain 8 => 2`). */
function isArrowLookAlike(text: string, run: Span): boolean {
  return ARROW_LOOK_ALIKE.test(text.slice(run.start, run.end)) && /[0-9?][ \t]*$/.test(text.slice(Math.max(0, run.start - 8), run.start));
}

/** The lexical problems: characters no token matches, strings left open, numbers too large to read. */
function lexicalDiagnostics(text: string, lexed: LexedText): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const run of lexed.unknown) {
    const chars = describeCharacters(text.slice(run.start, run.end));
    const message = chars === "/*"
      ? "`/*` opens a comment that is never closed; add `*/` where the comment ends, or remove it."
      : isArrowLookAlike(text, run)
        ? `\`${chars}\` is not an arrow in .vcase: write \`->\` (a hyphen and \`>\`), as in \`pain 9 -> 2\`.`
        : `\`${chars}\` is not part of the .vcase language here; remove it, or put it inside double quotes or a comment.`;
    diagnostics.push(diagnostic("VC001", run, message));
  }
  for (const token of lexed.tokens) {
    if (token.tokenType === UnterminatedString) {
      diagnostics.push(diagnostic("VC001", tokenSpan(token)!, "This text has no closing double quote; text in double quotes must end on the same line."));
    }
    if (token.tokenType === NumberLiteral && !isReadableNumber(token.image)) {
      diagnostics.push(diagnostic("VC001", tokenSpan(token)!, "This number is too large to be a score, age, volume or day count: numbers have at most 15 digits before the decimal point."));
    }
  }
  return diagnostics;
}

/**
 * Whether a run of stray characters lies between `from` and `to`: the last run that
 * starts before `to` is the only one that can (runs are in text order).
 */
function strayBetween(unknown: readonly Span[], from: number, to: number): boolean {
  const run = unknown[lastStartingAtOrBefore(unknown, to - 1, (r) => r.start)];
  return run !== undefined && run.start >= from && run.end <= to;
}

/**
 * Where a stumble is shown, when not on the token found: when the message says what
 * was expected after the token before (`visit w6 day` then a new line) and that token
 * ends an earlier line, the item stops there, and that is the line an author reads
 * for it: the squiggle goes on the token before. A message about the token found
 * (`agee` is not a patient item, `patient` where a `}` is missing) stays on it.
 */
function lineEndSpan(text: string, error: IRecognitionException, found: Span, previous: IToken | undefined): Span | undefined {
  const before = tokenSpan(previous);
  if (before === undefined || !saysWhatWasExpected(error.message) || !breaksLine(text, before.end, found.start)) return undefined;
  return before;
}

/** Whether a line ends between `from` and `to`: only the gap is read, so a long line with many stumbles is not read again for each. */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * The parser's errors, the first of each stumble only: a token the parser already
 * stumbled on often makes the next rule stumble too (`pain 9 -> x mobility …`).
 * A stumble right after stray characters is theirs, already reported where they
 * stand (`pain 8 => 2`: the `=>`, not a missing `->` before `2`). Errors that arise
 * after the stretch's end (in the next block's keyword, read as lookahead) are not
 * the stretch's.
 */
function parserDiagnostics(text: string, errors: IRecognitionException[], to: number, unknown: readonly Span[], lineEnds: Map<Diagnostic, Span>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let lastErrorToken = -1;
  for (const error of errors) {
    const previous = (error as { previousToken?: IToken }).previousToken;
    if (previous !== undefined && Number.isFinite(previous.startOffset) && previous.startOffset >= to) continue;
    if (previous !== undefined && previous.startOffset === lastErrorToken) continue;
    const previousEnd = previous !== undefined && Number.isFinite(previous.startOffset) ? tokenEnd(previous) : 0;
    if (Number.isFinite(error.token.startOffset) && strayBetween(unknown, previousEnd, error.token.startOffset)) continue;
    lastErrorToken = error.token.startOffset;
    const found = tokenSpan(error.token);
    const d = diagnostic("VC001", found ?? tokenSpan(previous) ?? { start: to, end: to }, error.message);
    const lineEnd = found === undefined ? undefined : lineEndSpan(text, error, found, previous);
    if (lineEnd !== undefined) lineEnds.set(d, lineEnd);
    diagnostics.push(d);
  }
  return diagnostics;
}

/**
 * The first diagnostic at each place of a list in text order: a stray mark and the
 * parser's stumble over it, or two stretches' views of the keyword between them,
 * are one problem to the reader.
 */
export function onePerPlace(sorted: readonly Diagnostic[]): Diagnostic[] {
  return sorted.filter((d, i) => i === 0 || d.span.start !== sorted[i - 1]!.span.start);
}

/** `tokens` through the shared parser, the patients written into `tree`: the studies, undefined when recovery gave up on the whole stretch. */
function read(parser: VcaseParser, text: string, tokens: IToken[], tree: SyntaxTree, repairs: Repairs): Study[] | undefined {
  parser.input = tokens;
  parser.source = text;
  parser.builder.begin(tree, repairs);
  // Recovery throws an exception per syntax error; their stack traces are never read,
  // and on a large damaged file capturing them took most of the time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const studies = parser.file();
    parser.builder.finishPatient(-1);
    return studies;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    parser.builder.end();
    parser.source = "";
  }
}

/**
 * The blocks of `text` from `from` to `to` through the Chevrotain parser, with the
 * text up to `lookaheadEnd` (the keyword of the next block) given as what follows;
 * the patients appended to `tree`. When a natural mistake has a repair, the stretch
 * is read a second time with the repairs (../mistakes/repairs.ts): they are known
 * only once the parser has stumbled, and a damaged stretch is small.
 */
export function recoverBlocks(text: string, from: number, to: number, tree: SyntaxTree, lookaheadEnd = to): RecoveredBlocks {
  const lexed = lex(from === 0 && lookaheadEnd === text.length ? text : text.slice(from, lookaheadEnd));
  if (from > 0) shiftOffsets(lexed, from);
  const parser = (sharedParser ??= new VcaseParser());
  const first = tree.patientCount;
  const studies = read(parser, text, lexed.tokens, tree, NO_REPAIRS);
  // A stumble shown at the end of the line before is explained (../mistakes) where it was found: the
  // mistake that caused it may be on the found token's line (`on` then `15/03/2021` on the next).
  const lineEnds = new Map<Diagnostic, Span>();
  const raw = [...lexicalDiagnostics(text, lexed), ...parserDiagnostics(text, parser.errors, to, lexed.unknown, lineEnds)];
  const repairs = new Repairs();
  const explained = explainMistakes(text, raw, parser.errors, to, { studies: studies ?? [], patients: repairs });
  const diagnostics = explained.map((d) => (lineEnds.has(d) ? { ...d, span: lineEnds.get(d)! } : d));
  if (repairs.any) {
    tree.rollback(first);
    read(parser, text, lexed.tokens, tree, repairs);
  }
  // The shared parser would otherwise hold this text's tokens until the next parse.
  parser.input = [];
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  // What was read of the next block's keyword, as lookahead, is not the stretch's.
  let kept = tree.patientCount;
  while (kept > first && (studies === undefined || tree.patients.start(kept - 1) >= to)) kept--;
  tree.rollback(kept);
  return {
    studies: (studies ?? []).filter((s) => s.start < to),
    diagnostics: onePerPlace(diagnostics),
    comments: lexed.comments.filter((c) => c.startOffset < to),
    opensComment: lexed.unknown.some((run) => text.startsWith("/*", run.start) && run.start < to),
  };
}
