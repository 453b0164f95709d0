/**
 * The items of one kind of list of a study header (its references, designs, measures),
 * collected by the fast parser (fast-study.ts) while it reads their node, then
 * handed over in an array of exactly their size: a list grown by push reserves room
 * for more. An empty one is the shared frozen `NONE` of nodes.ts. (The lists of
 * patients are ranges of rows in the syntax tree's tables: tree/rows.ts.)
 */
import { NONE } from "./nodes";

/** One per kind of list: no rule nests in itself, so a kind's list is never filled twice at once. */
export class ItemList<T> {
  private readonly items: T[] = [];
  private count = 0;

  add(item: T): void {
    this.items[this.count++] = item;
  }

  /** Forgets the items (after a text the parser declined, some are left). */
  clear(): void {
    this.items.length = 0;
    this.count = 0;
  }

  /** The items added since the last take, in an array of exactly their size; `NONE` for none. */
  take(): T[] {
    if (this.count === 0) return NONE;
    return this.takeFresh();
  }

  /** The same, but a fresh array even for none (the lists of a file and a study). */
  takeFresh(): T[] {
    const out = this.items.slice(0, this.count);
    this.count = 0;
    return out;
  }
}
