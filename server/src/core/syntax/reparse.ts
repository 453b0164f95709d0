/**
 * Parsing again after an edit, reading only the block the edit is in.
 *
 * parse() reads a text block by block, and what it makes of a block depends only on
 * the text from that block's start up to the next block. So when the edit lies
 * between the keyword of one block (B) and the start of the next (C), only the
 * stretch from B to C is read again; the old tree's rows before B and from C on are
 * copied, those after the edit moved by its change in length. That holds unless the
 * stretch read again does not end exactly at C, or B or C lies inside a stretch the
 * Chevrotain parser read as one, or a syntax diagnostic stands at B or C (one a place
 * may have merged it with its neighbour's), or the text was read whole: then
 * reparse() returns undefined and the caller parses the whole text.
 * test/syntax/reparse.test.ts checks every result against a full parse.
 */
import { shiftTokens } from "./block-tracker";
import { ParseResult, readStretch } from "./parse";
import { onePerPlace } from "./recovering-parse";
import type { StudyNode } from "./study-node";
import { SyntaxTree } from "./tree/syntax-tree";
import type { Span } from "./ast";
import { lastIndexAtOrBefore } from "../text/in-text-order";
import { diagnostic, type Diagnostic } from "../validation/diagnostic";

/** Characters after a block's start that an edit must leave alone: its keyword and the character after it. */
const KEYWORD_MARGIN = "patient".length + 1;

/** Characters compared at a time: comparing two slices is one comparison of memory in the engine, ten times faster than a loop over characters. */
const CHUNK = 4096;

/** How many characters from the start (`fromEnd`: from the end) the texts share, up to `limit`. */
function shared(a: string, b: string, limit: number, fromEnd: boolean): number {
  const at = (text: string, n: number, length: number) => (fromEnd ? text.slice(text.length - n - length, text.length - n) : text.slice(n, n + length));
  let n = 0;
  while (n + CHUNK <= limit && at(a, n, CHUNK) === at(b, n, CHUNK)) n += CHUNK;
  const charAt = (text: string, k: number) => text.charCodeAt(fromEnd ? text.length - 1 - k : k);
  while (n < limit && charAt(a, n) === charAt(b, n)) n++;
  return n;
}

/** Where two texts differ: from `start`, up to `oldEnd` in the old one and `newEnd` in the new. */
function changedRange(oldText: string, text: string): { start: number; oldEnd: number; newEnd: number } {
  const shorter = Math.min(oldText.length, text.length);
  const start = shared(oldText, text, shorter, false);
  const common = shared(oldText, text, shorter - start, true);
  return { start, oldEnd: oldText.length - common, newEnd: text.length - common };
}

/** The block starting last at or before `offset` (its start, -1 when none does), and where the block after it starts (the text's end when none does). */
function blockAround(old: ParseResult, offset: number, textLength: number): { start: number; next: number } {
  const patients = old.tree.patients;
  const p = lastIndexAtOrBefore(patients.count, offset, (i) => patients.start(i));
  let start = p >= 0 ? patients.start(p) : -1;
  for (const study of old.studies) if (study.start <= offset && study.start > start) start = study.start;
  let next = p + 1 < patients.count ? patients.start(p + 1) : textLength;
  for (const study of old.studies) if (study.start > start && study.start < next) next = study.start;
  return { start, next };
}

/** How many of the tree's patients start before `offset`. */
function patientsBefore(tree: SyntaxTree, offset: number): number {
  return lastIndexAtOrBefore(tree.patients.count, offset - 1, (i) => tree.patients.start(i)) + 1;
}

const inside = (stretches: readonly Span[], offset: number) => stretches.some((s) => s.start < offset && offset < s.end);

/** `d` moved along by `by`: made anew, not spread, since a diagnostic may word its message only when read (`wordedWhenRead`). */
function moved(d: Diagnostic, by: number): Diagnostic {
  const span = { start: d.span.start + by, end: d.span.end + by };
  const removeSpan = d.data?.removeSpan;
  const data = removeSpan === undefined ? d.data : { ...d.data, removeSpan: { start: removeSpan.start + by, end: removeSpan.end + by } };
  return diagnostic(d.code, span, d.message, data);
}

/**
 * The parse of `text`, which is `oldText` after one edit, from the parse of
 * `oldText`; undefined when only a full parse gives the right result. The old
 * parse's study headers and comments after the edit are moved, not copied: it must
 * not be used again.
 */
export function reparse(old: ParseResult, oldText: string, text: string): ParseResult | undefined {
  if (old.wholeText || oldText === text) return undefined;
  const edit = changedRange(oldText, text);
  // The block whose keyword (and the character after it) the edit leaves alone.
  const { start: from, next: oldTo } = blockAround(old, edit.start - KEYWORD_MARGIN, oldText.length);
  if (from === -1) return undefined;
  if (edit.oldEnd > oldTo || inside(old.damaged, from) || inside(old.damaged, oldTo)) return undefined;
  const by = text.length - oldText.length;
  const to = oldTo + by;
  const damagedElsewhere = old.damaged.filter((s) => s.start < from || s.start >= oldTo).length;
  const tree = new SyntaxTree(old.tree.words);
  tree.reserveLike(old.tree, 64);
  tree.appendPatients(old.tree, 0, patientsBefore(old.tree, from), 0);
  const read = readStretch(text, from, to, damagedElsewhere, tree);
  if (read === "whole text" || read === "misaligned") return undefined;
  const atEdge = (d: Diagnostic, a: number, z: number) => d.span.start === a || d.span.start === z;
  if (old.diagnostics.some((d) => atEdge(d, from, oldTo)) || read.diagnostics.some((d) => atEdge(d, from, to))) return undefined;
  tree.appendPatients(old.tree, patientsBefore(old.tree, oldTo), old.tree.patientCount, by);

  const after = (start: number) => start >= oldTo;
  const before = (start: number) => start < from;
  const studiesBefore = old.studies.filter((s) => before(s.start));
  const studiesAfter = old.studies.filter((s) => after(s.start));
  const commentsAfter = old.comments.filter((c) => after(c.startOffset));
  // Moved (the ones before by nothing) into the new text, which their items' values are read from.
  for (const study of studiesBefore) (study as StudyNode).move(0, text);
  for (const study of studiesAfter) (study as StudyNode).move(by, text);
  if (by !== 0) shiftTokens(commentsAfter, by);
  return new ParseResult(text, tree, {
    studies: [...studiesBefore, ...read.studies, ...studiesAfter],
    diagnostics: onePerPlace([
      ...old.diagnostics.filter((d) => before(d.span.start)),
      ...read.diagnostics,
      ...old.diagnostics.filter((d) => after(d.span.start)).map((d) => moved(d, by)),
    ]),
    comments: [...old.comments.filter((c) => before(c.startOffset)), ...read.comments, ...commentsAfter],
    damaged: [
      ...old.damaged.filter((s) => before(s.start)),
      ...read.damaged,
      ...old.damaged.filter((s) => after(s.start)).map((s) => ({ start: s.start + by, end: s.end + by })),
    ],
  });
}
