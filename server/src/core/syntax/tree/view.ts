/**
 * What every view over the rows shares (views.ts, item-views.ts): the views it
 * belongs to, its table and row, and its offsets.
 */
import type * as A from "../ast";
import { NONE, ScoreNode } from "../nodes";
import type { TreeViews } from "./views";

/** Where the rows of a table are written. */
export interface Located {
  start(row: number): number;
  end(row: number): number;
}

/**
 * A view's span is a plain copy of its offsets, not the view itself as a node's is: a
 * finding may keep a span in its data, which is sent to the editor, and a view
 * holds the whole tree.
 */
export abstract class View<Rows extends Located> implements A.Span {
  constructor(
    protected readonly views: TreeViews,
    protected readonly rows: Rows,
    protected readonly row: number,
  ) {}

  get start(): number {
    return this.rows.start(this.row);
  }

  get end(): number {
    return this.rows.end(this.row);
  }

  get span(): A.Span {
    return { start: this.start, end: this.end };
  }
}

/** `count` things made by `make` from rows `first` on; `NONE` for none. */
export function listOf<T>(first: number, count: number, make: (row: number) => T): T[] {
  if (count === 0) return NONE;
  const out = new Array<T>(count);
  for (let i = 0; i < count; i++) out[i] = make(first + i);
  return out;
}

/** A score written from `start` to `end` (-1: not written); `value` NaN for `?`. */
export function score(start: number, end: number, value: number): A.Score | undefined {
  return start < 0 ? undefined : new ScoreNode(Number.isNaN(value) ? null : value, start, end);
}
