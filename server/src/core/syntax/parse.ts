/**
 * Text → syntax tree, with every syntax problem as one VC001 diagnostic.
 *
 * Blocks (studies and patients) that are valid take a fast path (fast-parser.ts).
 * A block the fast parser declines goes, with whatever follows it up to the next
 * line that starts a block, through the Chevrotain parser (recovering-parse.ts),
 * which recovers and explains; then the fast parser reads on. So one mistyped line
 * in a registry of 10,000 patients is explained without re-reading the 9,999 other
 * patients the slow way, and a block cut short never swallows the blocks after it.
 */
import type { IToken } from "chevrotain";
import type { Patient, Study, VcaseFile } from "./ast";
import { nextBlockLine } from "./block-lines";
import { fastParseBlocks } from "./fast-parser";
import { lex } from "./lexer";
import { FileNode } from "./nodes";
import { onePerPlace, recoverBlocks } from "./recovering-parse";
import type { Diagnostic } from "../validation/diagnostic";

export interface ParseResult {
  readonly file: VcaseFile;
  /** VC001 diagnostics, in text order. */
  readonly diagnostics: Diagnostic[];
  /** Comments, in text order: for the formatter, folding and completion. */
  readonly comments: IToken[];
  /** The tokens, for the formatter: lexed again on first use. (Completion lexes only the block around the cursor.) */
  readonly tokens: IToken[];
}

/**
 * The tokens are lexed again when asked for (formatting), not kept:
 * they weigh more than the syntax tree, and most analyses never read them. A class
 * rather than an object literal with a getter, for the reason given in analyze.ts.
 */
class Parsed implements ParseResult {
  private lexed: IToken[] | undefined;

  constructor(
    private readonly text: string,
    readonly file: VcaseFile,
    readonly diagnostics: Diagnostic[],
    readonly comments: IToken[],
  ) {}

  get tokens(): IToken[] {
    return (this.lexed ??= lex(this.text).tokens);
  }
}

function result(text: string, studies: Study[], patients: Patient[], diagnostics: Diagnostic[], comments: IToken[]): ParseResult {
  const file = new FileNode(0, text.length);
  file.studies = studies;
  file.patients = patients;
  return new Parsed(text, file, diagnostics, comments);
}

/**
 * More damaged blocks than this and the whole text goes through the Chevrotain
 * parser after all: a text that is damaged throughout (pasted from elsewhere, or
 * not a case report at all) is read twice as fast in one piece as in thousands.
 */
const MAX_DAMAGED_BLOCKS = 64;

/**
 * The whole text through the fast parser where it can and the Chevrotain parser
 * where it must. The two give the same tree for a valid block (see fast-parser.ts).
 */
export function parse(text: string): ParseResult {
  let read = fastParseBlocks(text, 0);
  if (read.declined === undefined) return result(text, read.studies, read.patients, [], read.comments);
  const studies: Study[] = [];
  const patients: Patient[] = [];
  const diagnostics: Diagnostic[] = [];
  const comments: IToken[] = [];
  for (let damaged = 1; ; damaged++) {
    append(studies, read.studies);
    append(patients, read.patients);
    append(comments, read.comments);
    if (read.declined === undefined) break;
    if (damaged > MAX_DAMAGED_BLOCKS) return parseWithRecovery(text);
    const { blockStart, acceptedTo } = read.declined;
    const next = nextBlockLine(text, Math.max(acceptedTo, blockStart + 1));
    const to = next?.start ?? text.length;
    const recovered = recoverBlocks(text, blockStart, to, next?.keywordEnd);
    // Cut inside a comment that closes further on: only the whole text reads that right.
    if (recovered.opensComment && next !== undefined) return parseWithRecovery(text);
    append(studies, recovered.studies);
    append(patients, recovered.patients);
    append(diagnostics, recovered.diagnostics);
    append(comments, recovered.comments);
    if (next === undefined) break;
    read = fastParseBlocks(text, to);
  }
  // Stretches are in text order, so this list is too; the next block's keyword, seen
  // by one stretch as lookahead, may be where the next stretch stumbles as well.
  return result(text, studies, patients, onePerPlace(diagnostics), comments);
}

/** `push(...items)` without spreading: a registry's list of patients is longer than a call may take arguments. */
function append<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}

/** The whole text through the Chevrotain parser, which recovers from syntax errors and explains them. */
export function parseWithRecovery(text: string): ParseResult {
  const recovered = recoverBlocks(text, 0, text.length);
  return result(text, recovered.studies, recovered.patients, recovered.diagnostics, recovered.comments);
}
