/**
 * Text → syntax tree, with every syntax problem as one VC001 diagnostic. Valid text
 * takes a fast path (fast-parser.ts); the rest goes through Chevrotain (parser.ts).
 * Characters no token matches and strings left open are reported here too, so a
 * stray keystroke gives exactly one diagnostic at the place it was typed.
 */
import type { IRecognitionException, IToken } from "chevrotain";
import type { Span, VcaseFile } from "./ast";
import { fastParse } from "./fast-parser";
import { lex } from "./lexer";
import { FileNode } from "./nodes";
import { isReadableNumber, VcaseParser } from "./parser";
import { NumberLiteral, UnterminatedString } from "./tokens";
import { diagnostic, type Diagnostic } from "../validation/diagnostic";

export interface ParseResult {
  readonly file: VcaseFile;
  /** VC001 diagnostics, in text order. */
  readonly diagnostics: Diagnostic[];
  /** Comments, for the formatter and folding. */
  readonly comments: IToken[];
  /** The tokens, for completion and formatting: lexed again on first use. */
  readonly tokens: IToken[];
}

/** One parser for the whole process: Chevrotain parsers are built once and reused. */
let sharedParser: VcaseParser | undefined;

function tokenSpan(token: IToken | undefined): Span | undefined {
  if (token === undefined || !Number.isFinite(token.startOffset) || token.tokenType.name === "EOF") return undefined;
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

function errorSpan(error: IRecognitionException, textLength: number): Span {
  const previous = (error as { previousToken?: IToken }).previousToken;
  return tokenSpan(error.token) ?? tokenSpan(previous) ?? { start: textLength, end: textLength };
}

function describeCharacters(text: string): string {
  const shown = [...text].map((c) => (c.trim() === "" || c < " " ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : c));
  return shown.join("");
}

/**
 * The tokens are lexed again when asked for (completion, formatting), not kept:
 * they weigh more than the syntax tree, and most analyses never read them.
 */
function withTokensOnDemand(text: string, result: Omit<ParseResult, "tokens">): ParseResult {
  let tokens: IToken[] | undefined;
  return {
    ...result,
    get tokens() {
      return (tokens ??= lex(text).tokens);
    },
  };
}

/**
 * A valid text through the fast parser; any other (or any it declines) through the
 * Chevrotain parser, which recovers from syntax errors and explains them. Both give
 * the same tree (see fast-parser.ts).
 */
export function parse(text: string): ParseResult {
  const fast = fastParse(text);
  if (fast === undefined) return parseWithRecovery(text);
  return withTokensOnDemand(text, { file: fast.file, diagnostics: [], comments: fast.comments });
}

/** Every text through the Chevrotain parser, which recovers from syntax errors and explains them. */
export function parseWithRecovery(text: string): ParseResult {
  const lexed = lex(text);
  const parser = (sharedParser ??= new VcaseParser());
  parser.input = lexed.tokens;
  // Recovery throws an exception per syntax error; their stack traces are never read,
  // and on a large damaged file capturing them took most of the time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let file: ReturnType<VcaseParser["file"]>;
  try {
    file = parser.file();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const diagnostics: Diagnostic[] = [];
  for (const run of lexed.unknown) {
    const chars = describeCharacters(text.slice(run.start, run.end));
    const message = chars === "/*"
      ? "`/*` opens a comment that is never closed; add `*/` where the comment ends, or remove it."
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
  let lastErrorToken = -1;
  for (const error of parser.errors) {
    // A token the parser already stumbled on often makes the next rule stumble too
    // (`pain 9 -> x mobility …`): report the first stumble only.
    const previous = (error as { previousToken?: IToken }).previousToken;
    if (previous !== undefined && previous.startOffset === lastErrorToken) continue;
    lastErrorToken = error.token.startOffset;
    diagnostics.push(diagnostic("VC001", errorSpan(error, text.length), error.message));
  }
  // The shared parser would otherwise hold this text's tokens until the next parse.
  parser.input = [];
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  const deduped = diagnostics.filter((d, i) => i === 0 || d.span.start !== diagnostics[i - 1]!.span.start);
  dropGhostOutcomes(file?.patients ?? []);
  const tree = new FileNode(0, text.length);
  if (file !== undefined) {
    tree.studies = file.studies;
    tree.patients = file.patients;
  }
  return withTokensOnDemand(text, {
    file: tree,
    diagnostics: deduped,
    comments: lexed.comments,
  });
}

/**
 * An outcome with neither score is what recovery leaves of a word that stood where a
 * score belonged (`pain 9 -> x`); the syntax error already names it, so it is not
 * kept as an outcome of its own.
 */
function dropGhostOutcomes(patients: VcaseFile["patients"]): void {
  for (const patient of patients) {
    for (const procedure of patient.procedures) {
      if (procedure.outcomes.some((o) => o.before === undefined && o.after === undefined)) {
        (procedure as { outcomes: typeof procedure.outcomes }).outcomes = procedure.outcomes.filter(
          (o) => o.before !== undefined || o.after !== undefined,
        );
      }
    }
  }
}
