/**
 * The block (patient or study) that holds an offset, found by halving
 * (text/in-text-order.ts). Blocks are in text order and do not overlap
 * (syntax/parse.ts), so a hover, a completion or a screen of inlay hints in a
 * registry of 10,000 patients looks at about 14 of them instead of every one.
 */
import type { Span } from "../syntax/ast";
import { lastStartingAtOrBefore } from "../text/in-text-order";

const startOf = (block: Span) => block.start;

/**
 * The index of the block whose span holds `offset` (its end counts, like a cursor
 * just after a word), or -1 when none does: between blocks, before the first.
 */
export function blockIndexAt(blocks: readonly Span[], offset: number): number {
  const i = lastStartingAtOrBefore(blocks, offset, startOf);
  return i >= 0 && offset <= blocks[i]!.end ? i : -1;
}

/** The blocks that overlap `from`..`to` (ends included): indexes `first` up to, not including, `end`. */
export function blocksWithin(blocks: readonly Span[], from: number, to: number): { first: number; end: number } {
  let first = lastStartingAtOrBefore(blocks, from, startOf);
  if (first === -1 || blocks[first]!.end < from) first++;
  let end = first;
  while (end < blocks.length && blocks[end]!.start <= to) end++;
  return { first, end };
}
