/**
 * The lexer: one shared Chevrotain lexer that tracks offsets only (line and column
 * are derived later from a LineIndex), which keeps large files linear. It is built
 * on first use (about 20 ms): valid text is read by the fast path (fast-parser.ts),
 * so a server that opens only valid files never needs it.
 */
import { Lexer, type IToken } from "chevrotain";
import { ALL_TOKENS } from "./tokens";

let vcaseLexer: Lexer | undefined;

export interface LexedText {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  /** Runs of characters no token matches: [start, end) offsets. */
  readonly unknown: { start: number; end: number }[];
}

export function lex(text: string): LexedText {
  vcaseLexer ??= new Lexer([...ALL_TOKENS], { positionTracking: "onlyOffset", ensureOptimizations: true });
  const result = vcaseLexer.tokenize(text);
  return {
    tokens: result.tokens,
    comments: result.groups["comments"] ?? [],
    unknown: result.errors.map((e) => ({ start: e.offset, end: e.offset + e.length })),
  };
}
