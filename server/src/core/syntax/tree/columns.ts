/**
 * A table of rows (rows.ts) declared by its columns. A table names each column by
 * the method that reads it and says what it holds: an offset into the text, a word
 * number, a row number in another table, a plain integer, a float or a flag. From
 * that come the table's layout (what `appendShifted` moves and renumbers) and a
 * reader for every column. An integer column holds one more than its value, so
 * that a new row, all zeros, reads -1 ("absent") everywhere without a write.
 *
 * The writers, a line or two each, stay in each table's class and hand `put` the
 * table's arrays. Made here once for every table, as the readers are, they read
 * those arrays from a dozen kinds of table, which the engine makes slow where it
 * does not take the function into its caller, as in the parser's long functions:
 * the analysis of 10,000 patients took about a quarter longer that way.
 */
import { Rows, type Layout, type Table } from "./rows";

/** What a column holds; `T` is what its reader returns. */
export interface Column<T = number> {
  readonly float: boolean;
  readonly flag: boolean;
  /** Where it points: the text (an offset), a table (a row number), or nowhere (a plain value). */
  readonly into: "text" | Table | undefined;
  /** 0, not absent, in a new row. */
  readonly count?: boolean;
  /** Only for the type of the reader. */
  readonly type?: T;
}

const column = <T>(into: Column["into"], float = false, flag = false): Column<T> => ({ into, float, flag });

/** An offset into the text, -1 when absent. */
export const offset = column<number>("text");
/** A word's number (words.ts), -1 when absent: a tree after an edit shares its words with the last, so numbers stay. */
export const word = column<number>(undefined);
/** The number of a row in `table`, -1 when absent. */
export const rowIn = (table: Table): Column => column(table);
/** A plain integer, -1 until set: a calendar field, a kind (`T`, an enum). */
export const int = <T extends number = number>(): Column<T> => column<T>(undefined);
/** How many rows of a list there are, 0 until set. */
export const count: Column = { ...column<number>(undefined), count: true };
/** A 64-bit float, 0 until set (a writer that wants NaN writes it). */
export const float = column<number>(undefined, true);
/** Yes or no: written as 1 or 0 (held, as every integer, as one more). */
export const flag = column<boolean>(undefined, false, true);

type Columns = Record<string, Column<number> | Column<boolean>>;
type Readers<C> = { [K in keyof C]: (row: number) => C[K] extends Column<infer T> ? T : never };

/** Where each column is, for a table's writers: its index among a row's integers, or among its floats for a float. */
export function places<C extends Columns>(columns: C): { readonly [K in keyof C]: number } {
  const at = { ints: 0, floats: 0 };
  return Object.fromEntries(Object.entries(columns).map(([name, c]) => [name, c.float ? at.floats++ : at.ints++])) as { [K in keyof C]: number };
}

/** The base class of a table whose `columns` are these, in the order they are stored, each read by a method of its name. */
export function rowTable<const C extends Columns>(columns: C): abstract new () => Rows & Readers<C> {
  const place = places(columns);
  const names = Object.keys(columns);
  const ints = names.filter((name) => !columns[name]!.float);
  const layout: Layout = {
    width: ints.length,
    floatWidth: names.length - ints.length,
    offsets: ints.filter((name) => columns[name]!.into === "text").map((name) => place[name]!),
    references: ints.flatMap((name) => {
      const into = columns[name]!.into;
      return into === "text" || into === undefined ? [] : [[place[name]!, into] as const];
    }),
    counts: Int32Array.from(ints.filter((name) => columns[name]!.count).map((name) => place[name]!)),
  };
  const { width, floatWidth } = layout;
  if (columns[ints[0]!]!.into !== "text" || columns[ints[1]!]!.into !== "text") throw new Error("a table's first two columns are where a row is written");
  abstract class Declared extends Rows {
    constructor() {
      super(layout);
    }
  }
  for (const name of names) {
    const [p, c] = [place[name]!, columns[name]!];
    const read = c.float
      ? function (this: Declared, row: number) { return this.floats[row * floatWidth + p]; }
      : c.flag
        ? function (this: Declared, row: number) { return this.ints[row * width + p] === 2; }
        : function (this: Declared, row: number) { return this.ints[row * width + p]! - 1; };
    Object.defineProperty(Declared.prototype, name, { value: read, writable: true });
  }
  return Declared as unknown as abstract new () => Rows & Readers<C>;
}

/** Writes `a` (and `b`) into the integer columns at `pa` (and `pb`) of `row` of `ints`, `width` a row; returns `row`. */
export function put(ints: Int32Array, width: number, row: number, pa: number, a: number, pb = -1, b = 0): number {
  ints[row * width + pa] = a + 1;
  if (pb >= 0) ints[row * width + pb] = b + 1;
  return row;
}

/** `put` for float columns. */
export function putFloat(floats: Float64Array, width: number, row: number, pa: number, a: number, pb = -1, b = 0): number {
  floats[row * width + pa] = a;
  if (pb >= 0) floats[row * width + pb] = b;
  return row;
}
