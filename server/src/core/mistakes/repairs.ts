/**
 * What the natural mistakes' repairs change in the patients recovery read of a
 * stretch. The rows are written by the tree builder (../syntax/tree/tree-builder.ts)
 * as the Chevrotain parser reads; when a mistake has a repair, the stretch is read
 * again and the builder asks these as it finishes each node: a number recovery
 * half-read is not kept (4 of `4,5`), the outcomes of a line are not kept, a
 * procedure's or a recurrence's levels are the intended ones (`L1-2`: L1–L2), an
 * unquoted etiology is text. Each repair is found by where it is written.
 */
import type { LevelItem, Span } from "../syntax/ast";

interface Levels {
  /** Where the list is written, and its length in characters. */
  readonly start: number;
  readonly length: number;
  readonly items: readonly LevelItem[];
}

/** The last of `items` that `holds`. */
function last<T>(items: readonly T[], holds: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (holds(items[i]!)) return items[i];
  return undefined;
}

export class Repairs {
  private readonly unread: number[] = [];
  private readonly outcomeLines: Span[] = [];
  private readonly levelLists: Levels[] = [];
  private readonly etiologies: Span[] = [];

  /** Whether a repair was asked for: only then is the stretch read again. */
  get any(): boolean {
    return this.unread.length + this.outcomeLines.length + this.levelLists.length + this.etiologies.length > 0;
  }

  /** The number written at `start` is not kept: recovery read only part of it. */
  unreadNumber(start: number): void {
    this.unread.push(start);
  }

  /** The outcomes written from `start` to `end` (a line) are not the author's scores. */
  dropOutcomes(start: number, end: number): void {
    this.outcomeLines.push({ start, end });
  }

  /** The levels written at `start` (`length` characters) are `items`. */
  replaceLevels(start: number, length: number, items: readonly LevelItem[]): void {
    this.levelLists.push({ start, length, items });
  }

  /** The words at `span` are an etiology written without its double quotes. */
  quoteEtiology(span: Span): void {
    this.etiologies.push(span);
  }

  keepsNumber(start: number): boolean {
    return !this.unread.includes(start);
  }

  keepsOutcome(start: number): boolean {
    return !this.outcomeLines.some((line) => line.start <= start && start < line.end);
  }

  /** The levels of the procedure written from `start` to `end`, when it holds a list repaired (the last repair asked for, when two are). */
  procedureLevels(start: number, end: number): readonly LevelItem[] | undefined {
    return last(this.levelLists, (l) => start <= l.start && l.start <= end)?.items;
  }

  /** The levels of the recurrence written from `start` to `end`, when a list repaired follows it on its line. */
  recurrenceLevels(start: number, end: number): readonly LevelItem[] | undefined {
    return last(this.levelLists, (l) => start <= l.start && l.start <= end + l.length)?.items;
  }

  /** Where the etiology of the field written from `start` to `end` is written without its double quotes, if it is. */
  unquotedEtiology(start: number, end: number): Span | undefined {
    return last(this.etiologies, (s) => start < s.start && s.start <= end + 1);
  }
}

/** The repairs of a stretch no mistake asked to repair. */
export const NO_REPAIRS = new Repairs();
