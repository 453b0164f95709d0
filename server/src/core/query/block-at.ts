/**
 * The block (patient or study) that holds an offset, found by halving. Blocks are
 * in text order and do not overlap (syntax/parse.ts), so a hover, a completion or
 * a screen of inlay hints in a registry of 10,000 patients looks at about 14 of
 * them instead of every one.
 */
import type { Span } from "../syntax/ast";

/**
 * The index of the block whose span holds `offset` (its end counts, like a cursor
 * just after a word), or -1 when none does: between blocks, before the first.
 */
export function blockIndexAt(blocks: readonly Span[], offset: number): number {
  const i = lastStartingAtOrBefore(blocks, offset);
  return i >= 0 && offset <= blocks[i]!.end ? i : -1;
}

/** The index of the last block that starts at or before `offset`; -1 when none does. */
export function lastStartingAtOrBefore(blocks: readonly Span[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The blocks that overlap `from`..`to` (ends included): indexes `first` up to, not including, `end`. */
export function blocksWithin(blocks: readonly Span[], from: number, to: number): { first: number; end: number } {
  let first = lastStartingAtOrBefore(blocks, from);
  if (first === -1 || blocks[first]!.end < from) first++;
  let end = first;
  while (end < blocks.length && blocks[end]!.start <= to) end++;
  return { first, end };
}
