/**
 * The fast path of parse(): a hand-written recursive-descent parser for text that is
 * syntactically valid, building exactly the tree the Chevrotain parser builds.
 *
 * Why two parsers. The Chevrotain parser (parser.ts) recovers from syntax errors and
 * explains each in words a clinician reads (VC001); that costs about a microsecond a
 * token, most of a second on a cohort of 10,000 patients. Most texts it is given
 * have no syntax error at all. This parser reads those, an order of magnitude faster
 * and into a smaller tree, and gives up (declines the block) at the first thing it
 * does not accept, whereupon parse() hands the text to the Chevrotain parser, which
 * says what is wrong. So this parser never explains or recovers; it only has to agree.
 * test/syntax/fast-parser.test.ts keeps the two in step: on any text, either both
 * accept it with deep-equal trees, or this one declines and the other reports VC001.
 *
 * This file reads the file block by block (the rule `file` of parser.ts). The
 * scanner (fast-scanner.ts) holds the current token; study headers are built as
 * nodes (fast-study.ts); patients are written as rows of the syntax tree
 * (fast-patient.ts), and generic items as rows too (fast-item.ts), by the tree
 * builder both parsers drive (tree/tree-builder.ts).
 */
import type { IToken } from "chevrotain";
import type * as A from "./ast";
import { FastPatientReader } from "./fast-patient";
import { BAIL, Scanner, Tok, kwTok } from "./fast-scanner";
import { FastStudyReader } from "./fast-study";
import * as N from "./nodes";
import { SyntaxTree } from "./tree/syntax-tree";
import { TreeBuilder } from "./tree/tree-builder";
import { TreeViews } from "./tree/views";

/** The keywords this reader meets (../language/grammar.ts). */
const KW_STUDY = kwTok("study");
const KW_PATIENT = kwTok("patient");

export interface FastParseResult {
  readonly file: A.VcaseFile;
  readonly comments: IToken[];
}

/**
 * The blocks the fast parser read from an offset on, up to the first block it
 * declined (the patients as rows of the tree it was given, the studies as nodes);
 * with that block's place when there is one, so that parse() can hand just the
 * damaged part to the Chevrotain parser and read on.
 */
export interface FastBlocks {
  readonly studies: A.Study[];
  /** The comments before the declined block (all of them when none was declined). */
  readonly comments: IToken[];
  /** Where reading stopped when no block was declined: the end of the text, or the first token at or after `to`. */
  readonly stoppedAt: number;
  readonly declined?: {
    /** Where the declined block (or the stray text between blocks) starts. */
    readonly blockStart: number;
    /** Where the last token the parser accepted ends: the problem is at or after it. */
    readonly acceptedTo: number;
  };
}

/**
 * One parser for the whole process, as for Chevrotain: its optimised code stays
 * valid only while objects of its shapes live, and a new one per text would let a
 * collection between two texts throw that code away.
 */
let shared: FastParser | undefined;

/** The tree of a syntactically valid text, as nodes; undefined for any other text. */
export function fastParse(text: string): FastParseResult | undefined {
  const tree = new SyntaxTree();
  const read = fastParseBlocks(text, 0, text.length, tree);
  if (read.declined !== undefined) return undefined;
  const file = new N.FileNode(0, text.length);
  file.studies = read.studies;
  file.patients = new TreeViews(tree, text).patients();
  return { file, comments: read.comments };
}

/**
 * The blocks of `text` from offset `from` (where a block or the text's end begins) to
 * the first block declined, or to the first block that starts at or after `to`; the
 * patients appended to `tree`, with no row left of a patient declined part-way.
 */
export function fastParseBlocks(text: string, from: number, to: number, tree: SyntaxTree): FastBlocks {
  return (shared ??= new FastParser()).parseBlocks(text, from, to, tree);
}

class FastParser {
  private readonly s = new Scanner();
  private readonly studyReader = new FastStudyReader(this.s);
  private readonly patientReader = new FastPatientReader(this.s);
  private readonly builder = new TreeBuilder();

  parseBlocks(text: string, from: number, to: number, tree: SyntaxTree): FastBlocks {
    const s = this.s;
    // Where the block being read starts: if the scanner gives up before the first
    // token, that is `from` itself.
    let blockStart = from;
    let patients = tree.patientCount;
    const studies: A.Study[] = [];
    const builder = this.builder;
    builder.begin(tree);
    try {
      s.begin(text, from, to);
      // The rule `file` of parser.ts, one block at a time.
      for (;;) {
        blockStart = s.start;
        patients = tree.patientCount;
        if (s.kind === Tok.Eof || s.start >= to) break;
        if (s.kind === KW_STUDY) studies.push(this.studyReader.study(builder));
        else if (s.kind === KW_PATIENT) this.patientReader.patient(builder);
        else throw BAIL;
      }
      return { studies, comments: s.comments, stoppedAt: s.start };
    } catch (e) {
      if (e !== BAIL) throw e;
      tree.rollback(patients);
      return {
        studies,
        comments: s.comments.filter((c) => c.startOffset < blockStart),
        stoppedAt: blockStart,
        declined: { blockStart, acceptedTo: Math.max(s.prevEnd, blockStart) },
      };
    } finally {
      s.finish();
      builder.end();
    }
  }
}
