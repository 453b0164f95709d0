/**
 * The block (patient) that holds an offset, found by halving (text/in-text-order.ts).
 * Patients are in text order and do not overlap (syntax/parse.ts), so a hover, a
 * completion or a screen of inlay hints in a registry of 10,000 patients looks at
 * about 14 of them instead of every one. The blocks are read by number (the syntax
 * tree's patient table is such a list), so no patient's node is made to find one.
 */
import { lastIndexAtOrBefore } from "../text/in-text-order";

/** Blocks in text order, by number: the syntax tree's `patients` table. */
export interface BlocksInOrder {
  readonly count: number;
  start(block: number): number;
  end(block: number): number;
}

/**
 * The index of the block whose span holds `offset` (its end counts, like a cursor
 * just after a word), or -1 when none does: between blocks, before the first.
 */
export function blockIndexAt(blocks: BlocksInOrder, offset: number): number {
  const i = lastIndexAtOrBefore(blocks.count, offset, (b) => blocks.start(b));
  return i >= 0 && offset <= blocks.end(i) ? i : -1;
}

/** The blocks that overlap `from`..`to` (ends included): indexes `first` up to, not including, `end`. */
export function blocksWithin(blocks: BlocksInOrder, from: number, to: number): { first: number; end: number } {
  let first = lastIndexAtOrBefore(blocks.count, from, (b) => blocks.start(b));
  if (first === -1 || blocks.end(first) < from) first++;
  let end = first;
  while (end < blocks.count && blocks.start(end) <= to) end++;
  return { first, end };
}
