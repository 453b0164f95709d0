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
import type { Patient, Span, Study, VcaseFile } from "./ast";
import { nextBlockLine } from "./block-lines";
import { fastParseBlocks } from "./fast-parser";
import { lex } from "./lexer";
import { FileNode } from "./nodes";
import { onePerPlace, recoverBlocks } from "./recovering-parse";
import { SyntaxTree } from "./tree/syntax-tree";
import { TreeViews } from "./tree/views";
import type { Diagnostic } from "../validation/diagnostic";

/** What a stretch of text holds besides its patients (which go into a tree): its studies, syntax diagnostics, comments, and the parts the Chevrotain parser read. */
export interface Stretch {
  readonly studies: Study[];
  /** VC001 diagnostics, in text order. */
  readonly diagnostics: Diagnostic[];
  /** Comments, in text order: for the formatter, folding and completion. */
  readonly comments: IToken[];
  /** The stretches read by the Chevrotain parser, in text order (reparse.ts needs them). */
  readonly damaged: readonly Span[];
}

/**
 * A parsed text: the patients as rows (what the checks and the figures read), with
 * views over them made on demand, and what the stretch holds besides. The tokens
 * are lexed again when asked for (formatting), not kept: they weigh more than the
 * syntax tree, and most analyses never read them.
 */
export class ParseResult implements Stretch {
  private lexed: IToken[] | undefined;
  private madeViews: TreeViews | undefined;
  private wholeFile: VcaseFile | undefined;
  readonly studies: Study[];
  readonly diagnostics: Diagnostic[];
  readonly comments: IToken[];
  readonly damaged: readonly Span[];

  /** `wholeText`: whether the whole text went through the Chevrotain parser (too damaged, or cut inside a comment). */
  constructor(private readonly text: string, readonly tree: SyntaxTree, stretch: Stretch, readonly wholeText = false) {
    ({ studies: this.studies, diagnostics: this.diagnostics, comments: this.comments, damaged: this.damaged } = stretch);
  }

  get nodes(): TreeViews {
    return (this.madeViews ??= new TreeViews(this.tree, this.text));
  }

  /** Patient `p`'s view, made over its rows when first asked for (tree/views.ts). */
  patient(p: number): Patient {
    return this.nodes.patient(p);
  }

  /** The whole text as nodes, made on first use: every patient's view, which a registry export has tens of thousands of. */
  get file(): VcaseFile {
    if (this.wholeFile === undefined) {
      const file = new FileNode(0, this.text.length);
      file.studies = this.studies;
      file.patients = this.nodes.patients();
      this.wholeFile = file;
    }
    return this.wholeFile;
  }

  get tokens(): IToken[] {
    return (this.lexed ??= lex(this.text).tokens);
  }
}

/**
 * More damaged blocks than this and the whole text goes through the Chevrotain
 * parser after all: a text that is damaged throughout (pasted from elsewhere, or
 * not a case report at all) is read twice as fast in one piece as in thousands.
 */
export const MAX_DAMAGED_BLOCKS = 64;

/**
 * The whole text through the fast parser where it can and the Chevrotain parser
 * where it must. The two give the same tree for a valid block (see fast-parser.ts).
 */
export function parse(text: string): ParseResult {
  const tree = new SyntaxTree();
  tree.reserveForText(text.length);
  const read = readStretch(text, 0, text.length, 0, tree);
  if (read === "whole text" || read === "misaligned") return parseWithRecovery(text);
  // Stretches are in text order, so this list is too; the next block's keyword, seen
  // by one stretch as lookahead, may be where the next stretch stumbles as well.
  return new ParseResult(text, tree, { ...read, diagnostics: onePerPlace(read.diagnostics) });
}

/**
 * The blocks from `from` (where a block starts) to `to` (where one starts, or the
 * text's end), as parse() reads them: valid blocks by the fast parser, a declined
 * one with what follows it up to the next block line by the Chevrotain parser.
 * "whole text" when parse() would read the whole text in one piece instead (more
 * than MAX_DAMAGED_BLOCKS with the `damagedElsewhere` outside the stretch, or a
 * stretch cut inside a comment); "misaligned" when reading does not stop exactly at
 * `to` (reparse.ts then parses the whole text). Diagnostics are not yet one a place.
 * The patients are appended to `tree` (which is of no use after "whole text" or "misaligned").
 */
export function readStretch(text: string, from: number, to: number, damagedElsewhere: number, tree: SyntaxTree): Stretch | "whole text" | "misaligned" {
  const out = { studies: [] as Study[], diagnostics: [] as Diagnostic[], comments: [] as IToken[], damaged: [] as Span[] };
  let read = fastParseBlocks(text, from, to, tree);
  for (;;) {
    append(out.studies, read.studies);
    append(out.comments, read.comments);
    if (read.declined === undefined) return read.stoppedAt === to ? out : "misaligned";
    if (damagedElsewhere + out.damaged.length + 1 > MAX_DAMAGED_BLOCKS) return "whole text";
    const { blockStart, acceptedTo } = read.declined;
    const next = nextBlockLine(text, Math.max(acceptedTo, blockStart + 1));
    const end = next?.start ?? text.length;
    if (end > to) return "misaligned";
    const recovered = recoverBlocks(text, blockStart, end, tree, next?.keywordEnd);
    // Cut inside a comment that closes further on: only the whole text reads that right.
    if (recovered.opensComment && next !== undefined) return "whole text";
    append(out.studies, recovered.studies);
    append(out.diagnostics, recovered.diagnostics);
    append(out.comments, recovered.comments);
    out.damaged.push({ start: blockStart, end });
    if (end === to) return out;
    read = fastParseBlocks(text, end, to, tree);
  }
}

/** `push(...items)` without spreading: a registry's list of patients is longer than a call may take arguments. */
function append<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}

/** The whole text through the Chevrotain parser, which recovers from syntax errors and explains them. */
export function parseWithRecovery(text: string): ParseResult {
  const tree = new SyntaxTree();
  const recovered = recoverBlocks(text, 0, text.length, tree);
  return new ParseResult(text, tree, { ...recovered, damaged: [{ start: 0, end: text.length }] }, true);
}
