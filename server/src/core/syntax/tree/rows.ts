/**
 * The storage of one kind of node in the syntax tree (syntax-tree.ts): rows of a
 * fixed number of 32-bit integers (offsets, word numbers, row numbers in other
 * tables), and for the kinds that hold numbers, a few 64-bit floats per row too.
 *
 * Why rows and not objects. A cohort of 10,000 patients is about half a million
 * nodes. As objects they weighed 27 MB on the engine's heap, and its young
 * collector copied them once or twice before they settled: more time than the
 * whole analysis without it. Rows live in typed arrays, outside the collected heap,
 * and a whole table of them is one allocation. The editor features read them
 * through typed views (views.ts), which copy nothing.
 *
 * Rows are appended in text order, and every node's rows are contiguous with those
 * of the other nodes of its block, so the rows of a run of patients are one range
 * of each table (marks.ts). Each table declares what its columns hold (columns.ts);
 * its `Layout` says which are offsets into the text and which are row numbers in
 * other tables, so that `appendShifted` can copy the rows of blocks from another
 * tree, moved along the text and renumbered, without knowing what they mean. An
 * integer column holds one more than its value: 0, a new row's, is "absent" (-1).
 */

/** The tables of a syntax tree, by number: what a reference column points into. */
export const enum Table {
  Patients, Procedures, Outcomes, LevelItems, Dates, Numbers,
  /** The strings of the generic items (a complication's text, a visit's label). */
  ItemStrings,
  /** The levels of the generic items (a recurrence's, a complication's): apart, since a procedure's own are one range of LevelItems. */
  ItemLevels,
  /** The tables of the generic items follow, one per item of each block (item-tables.ts). */
  Items,
}

/** How wide a table's rows are, and which of their integers are offsets and row numbers. */
export interface Layout {
  readonly width: number;
  readonly floatWidth: number;
  readonly offsets: readonly number[];
  /** The columns that hold row numbers, with the table each points into. */
  readonly references: readonly (readonly [column: number, table: Table])[];
  /** The columns that hold how many rows a list has: 0, not absent, in a new row (`addSpan`). */
  readonly counts: Int32Array;
}

/** Rows of one kind of node. Subclasses say what the columns are (columns.ts) and read them. */
export abstract class Rows {
  protected ints = new Int32Array(0);
  protected floats = new Float64Array(0);
  readonly width: number;
  readonly floatWidth: number;
  /** How many rows there are. */
  count = 0;
  /** How many rows the first growth makes room for (`plan`). */
  private planned = 0;

  constructor(private readonly layout: Layout) {
    this.width = layout.width;
    this.floatWidth = layout.floatWidth;
  }

  /** A new row at the end, its columns zero (absent), and its number. */
  protected addRow(): number {
    const row = this.count;
    if ((row + 1) * this.width > this.ints.length) this.grow(row + 1);
    this.count = row + 1;
    return row;
  }

  /**
   * A new row written from `start` to `end` (its first two columns), its counts 0 and
   * its other integers absent (see above), and its number.
   */
  protected addSpan(start: number, end: number): number {
    const row = this.addRow();
    const ints = this.ints;
    const at = row * this.width;
    const counts = this.layout.counts;
    ints[at] = start + 1;
    ints[at + 1] = end + 1;
    for (let i = 0; i < counts.length; i++) ints[at + counts[i]!] = 1;
    return row;
  }

  /** Room for `rows` rows in all without growing again: one allocation where doubling would make several. */
  reserve(rows: number): void { if (rows * this.width > this.ints.length) this.grow(rows, rows); }

  /** Room for `rows` rows when the first row comes: a table a text may not use (a version 1 registry's of generic items) costs nothing till then. */
  plan(rows: number): void { this.planned = rows; }

  /** Room for at least `rows` rows (`exactly`: that many), keeping what is there. */
  private grow(rows: number, exactly?: number): void {
    const capacity = exactly ?? Math.max(rows, (this.ints.length / this.width) * 2, 64, this.planned);
    const ints = new Int32Array(capacity * this.width);
    ints.set(this.ints);
    this.ints = ints;
    const floats = new Float64Array(capacity * this.floatWidth);
    floats.set(this.floats);
    this.floats = floats;
  }

  /** Forgets the rows from `count` on (a block the fast parser declined part-way). */
  truncate(count: number): void {
    this.ints.fill(0, count * this.width, this.count * this.width);
    this.floats.fill(0, count * this.floatWidth, this.count * this.floatWidth);
    this.count = count;
  }

  /** Every offset moved by `by`, in place (a study header's rows, after an edit before it). */
  shift(by: number): void {
    if (by === 0) return;
    for (const column of this.layout.offsets) shiftColumn(this.ints, column, this.count * this.width, this.width, by);
  }

  /**
   * Appends rows `first` up to `end` of `from` (the same kind of table, in another
   * tree): offsets moved by `by`, and each row number moved by `renumber[table]`,
   * the difference between where the copied rows of that table start here and there.
   */
  appendShifted(from: this, first: number, end: number, by: number, renumber: Int32Array): void {
    if (end <= first) return;
    const at = this.count;
    const rows = end - first;
    if ((at + rows) * this.width > this.ints.length) this.grow(at + rows);
    const w = this.width;
    const ints = this.ints;
    ints.set(from.ints.subarray(first * w, end * w), at * w);
    const fw = this.floatWidth;
    if (fw > 0) this.floats.set(from.floats.subarray(first * fw, end * fw), at * fw);
    this.count = at + rows;
    for (const column of this.layout.offsets) if (by !== 0) shiftColumn(ints, at * w + column, (at + rows) * w, w, by);
    for (const [column, table] of this.layout.references) {
      const shift = renumber[table]!;
      if (shift !== 0) shiftColumn(ints, at * w + column, (at + rows) * w, w, shift);
    }
  }
}

/** Adds `by` to every value of one column that is not absent (0: a column holds one more than its value, columns.ts). */
function shiftColumn(ints: Int32Array, from: number, end: number, width: number, by: number): void {
  for (let i = from; i < end; i += width) if (ints[i]! > 0) ints[i] = ints[i]! + by;
}
