/**
 * Parsing again after an edit, reading only the block the edit is in. In a registry
 * of 10,000 patients a keystroke changes one patient; reading the other 9,999 again
 * made a tree of a million nodes for the collector to copy, on every keystroke.
 *
 * parse() reads a text block by block, left to right, and what it makes of a block
 * depends only on the text from that block's start up to the next block. So when
 * the edit lies between the keyword of one block (B) and the start of the next (C),
 * the text before B reads as before, the stretch from B to C is read again, and
 * everything from C on reads as before, moved by the edit's change in length. That
 * holds unless the stretch read again does not end exactly at C, or B or C lies
 * inside a stretch the Chevrotain parser read as one, or a syntax diagnostic stands
 * at B or C (one a place may have merged it with its neighbour's), or the text was
 * read whole: then reparse() returns undefined and the caller parses the whole
 * text. test/syntax/reparse.test.ts checks every result against a full parse.
 */
import type { Span } from "./ast";
import { shiftTokens } from "./block-tracker";
import { moveStudy, movePatient } from "./move-blocks";
import { parseResult, readStretch, type ParseResult } from "./parse";
import { onePerPlace } from "./recovering-parse";
import { lastStartingAtOrBefore } from "../text/in-text-order";
import type { Diagnostic } from "../validation/diagnostic";

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

/** Every block of the old parse, in text order. */
function blocksOf(old: ParseResult): Span[] {
  return [...old.file.studies, ...old.file.patients].sort((a, b) => a.start - b.start);
}

const inside = (stretches: readonly Span[], offset: number) => stretches.some((s) => s.start < offset && offset < s.end);

function moved(d: Diagnostic, by: number): Diagnostic {
  const span = { start: d.span.start + by, end: d.span.end + by };
  const removeSpan = d.data?.removeSpan;
  if (removeSpan === undefined) return { ...d, span };
  return { ...d, span, data: { ...d.data, removeSpan: { start: removeSpan.start + by, end: removeSpan.end + by } } };
}

/**
 * The parse of `text`, which is `oldText` after one edit, from the parse of
 * `oldText`; undefined when only a full parse gives the right result. The old
 * parse's nodes after the edit are moved, not copied: it must not be used again.
 */
export function reparse(old: ParseResult, oldText: string, text: string): ParseResult | undefined {
  if (old.wholeText || oldText === text) return undefined;
  const edit = changedRange(oldText, text);
  const blocks = blocksOf(old);
  // The block whose keyword (and the character after it) the edit leaves alone.
  const b = lastStartingAtOrBefore(blocks, edit.start - KEYWORD_MARGIN, (block) => block.start);
  if (b === -1) return undefined;
  const from = blocks[b]!.start;
  const oldTo = b + 1 < blocks.length ? blocks[b + 1]!.start : oldText.length;
  if (edit.oldEnd > oldTo || inside(old.damaged, from) || inside(old.damaged, oldTo)) return undefined;
  const by = text.length - oldText.length;
  const to = oldTo + by;
  const damagedElsewhere = old.damaged.filter((s) => s.start < from || s.start >= oldTo).length;
  const read = readStretch(text, from, to, damagedElsewhere);
  if (read === "whole text" || read === "misaligned") return undefined;
  const atEdge = (d: Diagnostic, a: number, z: number) => d.span.start === a || d.span.start === z;
  if (old.diagnostics.some((d) => atEdge(d, from, oldTo)) || read.diagnostics.some((d) => atEdge(d, from, to))) return undefined;

  const after = (start: number) => start >= oldTo;
  const before = (start: number) => start < from;
  const studiesAfter = old.file.studies.filter((s) => after(s.start));
  const patientsAfter = old.file.patients.filter((p) => after(p.start));
  const commentsAfter = old.comments.filter((c) => after(c.startOffset));
  if (by !== 0) {
    for (const study of studiesAfter) moveStudy(study, by);
    for (const patient of patientsAfter) movePatient(patient, by);
    shiftTokens(commentsAfter, by);
  }
  return parseResult(text, {
    studies: [...old.file.studies.filter((s) => before(s.start)), ...read.studies, ...studiesAfter],
    patients: [...old.file.patients.filter((p) => before(p.start)), ...read.patients, ...patientsAfter],
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
