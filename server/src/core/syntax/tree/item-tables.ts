/**
 * The items of the generic readers (../fast-item.ts, ../parser.ts) as rows: a table
 * for each item with a `list` in each block of the language description
 * (../../language/grammar.ts), and one for the entries of each of its `many` parts
 * (a visit's scores), its columns derived from the item's parts. A row holds where
 * the item is written, its owner (the patient's, procedure's or visit's row; -1 in a
 * study header, whose items are rows of its own, ../study-node.ts), then each
 * field's integers (a score's value in the row's floats):
 * - a word (an identifier, or the word chosen of `lost`/`died`): its number and where written;
 * - a number, a string, a date: its row in the numbers, item strings or dates table;
 * - levels (in the item levels table), entries: the first row of the list in its table, and how many;
 * - a score: where written, its value (NaN for `?`) in a float;
 * - a keyword written alone (`symptomatic`): where written.
 * A field not written holds -1 (a list: 0 rows), as every column of rows.ts.
 */
import { BLOCK_NAMES, genericItems, type BlockName, type Item, type Part } from "../../language/grammar";
import { Rows, Table, type Layout } from "./rows";

export const enum Value { Word, Number, String, Date, Levels, Score, Span, Entries }

/** A field of an item's rows: what it holds and where (its first integer, and its float for a score). */
export interface ItemField {
  readonly name: string;
  /** Its number among the item's fields. */
  readonly index: number;
  readonly value: Value;
  readonly column: number;
  readonly float: number;
  /** The entries' table (for `Entries`): its number among ITEM_SHAPES. */
  readonly entries: number;
}

export interface ItemShape {
  readonly item: Item;
  /** The block it is written in; "entry" for the entries of another item's list. */
  readonly block: BlockName | "entry";
  /** Its number among ITEM_SHAPES (its table is the tree's table `Table.Items` + that). */
  readonly index: number;
  readonly fields: readonly ItemField[];
  readonly layout: Layout;
}

/** A row's first columns: where it is written, and its owner's row. */
const START = 0;
const OWNER = 2;

const VALUE_OF_TOKEN = { IDENT: Value.Word, NUMBER: Value.Number, STRING: Value.String, DATE: Value.Date, LEVELS: Value.Levels, SCORE: Value.Score } as const;
/** The table a field's first integer points into, for those that point into one. */
const POINTS_INTO: Partial<Record<Value, Table>> = { [Value.Number]: Table.Numbers, [Value.String]: Table.ItemStrings, [Value.Date]: Table.Dates, [Value.Levels]: Table.ItemLevels };
const WIDTH: Record<Value, number> = { [Value.Word]: 2, [Value.Number]: 1, [Value.String]: 1, [Value.Date]: 1, [Value.Levels]: 2, [Value.Score]: 2, [Value.Span]: 2, [Value.Entries]: 2 };

const shapes: ItemShape[] = [];

/** The shape of `item`'s rows in `block`, its owners' rows in table `owner` (-1: none), added to `shapes` with its entries' after it. */
function addShape(item: Item, block: ItemShape["block"], owner: number): void {
  const index = shapes.length;
  const fields: ItemField[] = [];
  const offsets = [0, 1];
  const references: (readonly [number, Table])[] = owner < 0 ? [] : [[OWNER, owner as Table]];
  const counts: number[] = [];
  const entries: Item[] = [];
  let [ints, floats] = [OWNER + 1, 0];
  const add = (name: string, value: Value, entryItem?: Item): void => {
    const column = ints;
    ints += WIDTH[value];
    const into = POINTS_INTO[value];
    if (into !== undefined) references.push([column, into]);
    if (value === Value.Word) offsets.push(column + 1);
    if (value === Value.Score || value === Value.Span) offsets.push(column, column + 1);
    if (value === Value.Levels || value === Value.Entries) counts.push(column + 1);
    if (entryItem !== undefined) {
      entries.push(entryItem);
      references.push([column, (Table.Items + index + entries.length) as Table]);
    }
    const entryIndex = entryItem === undefined ? -1 : index + entries.length;
    fields.push({ name, index: fields.length, value, column, float: value === Value.Score ? floats++ : -1, entries: entryIndex });
  };
  const visit = (parts: readonly Part[]): void => {
    for (const part of parts) {
      if (typeof part === "string" || "block" in part) continue;
      if ("token" in part && part.field !== undefined) add(part.field, VALUE_OF_TOKEN[part.token]);
      if ("optional" in part) {
        if (part.field !== undefined) add(part.field, Value.Span);
        visit(part.optional);
      }
      if ("oneOf" in part) {
        if (part.field !== undefined) add(part.field, Value.Word);
        part.oneOf.forEach(visit);
      }
      if ("many" in part) add(part.field, Value.Entries, part.many);
    }
  };
  visit(item.parts);
  const layout: Layout = { width: ints, floatWidth: floats, offsets, references, counts: Int32Array.from(counts) };
  shapes.push({ item, block, index, fields, layout });
  for (const entry of entries) addShape(entry, "entry", Table.Items + index);
}

const OWNERS: Record<BlockName, number> = { top: -1, study: -1, patient: Table.Patients, procedure: Table.Procedures };
for (const block of BLOCK_NAMES) for (const item of genericItems(block)) addShape(item, block, OWNERS[block]);

/** Every table of generic items, in the order of the tree's tables. */
export const ITEM_SHAPES: readonly ItemShape[] = shapes;

/** The tables of patients' and procedures' own items (not entries, which are in an item; a study's are in its own rows). */
export const BLOCK_ITEMS: readonly number[] = shapes.flatMap((shape) => (shape.block === "patient" || shape.block === "procedure" ? [shape.index] : []));

/** How many tables a syntax tree has. */
export const TABLE_COUNT = Table.Items + ITEM_SHAPES.length;

/** The number of the table of the items of `block` that go into its list `list`; -1 when there is none. */
export function shapeOf(block: BlockName, list: string): number {
  return ITEM_SHAPES.findIndex((shape) => shape.block === block && shape.item.list === list);
}

/** The number of the table of `item` in `block`; -1 when it is not read there. */
export function shapeOfItem(block: BlockName, item: Item): number {
  return ITEM_SHAPES.findIndex((shape) => shape.block === block && shape.item === item);
}

/** The rows of one shape of item. */
export class ItemTable extends Rows {
  constructor(readonly shape: ItemShape) { super(shape.layout); }

  /** A new item of the owner row `owner`, written from `start` to `end`, its fields not written yet. */
  add(owner: number, start: number, end: number): number {
    const row = this.addSpan(start, end);
    this.ints[row * this.width + OWNER] = owner + 1;
    return row;
  }

  int(row: number, column: number): number { return this.ints[row * this.width + column]! - 1; }
  float(row: number, column: number): number { return this.floats[row * this.floatWidth + column]!; }

  /**
   * Writes `field`: `a` its one integer (a row in another table), or `a` and `b` its
   * two (a word and where it is written; where a span starts and ends; for a list,
   * its first row and how many; for a score, where, and its value `value`).
   */
  set(row: number, field: ItemField, a: number, b?: number, value?: number): void {
    if (value !== undefined) this.setScore(row, field, a, b!, value);
    else if (b !== undefined) this.setTwo(row, field, a, b);
    else this.setOne(row, field, a);
  }

  /** Writes `field`'s one integer (the fast parser's writers: one shape of call each, which the engine compiles better). */
  setOne(row: number, field: ItemField, a: number): void { this.ints[row * this.width + field.column] = a + 1; }

  /** Writes `field`'s two integers. */
  setTwo(row: number, field: ItemField, a: number, b: number): void {
    const at = row * this.width + field.column;
    this.ints[at] = a + 1;
    this.ints[at + 1] = b + 1;
  }

  /** Writes a score's field: where it is written, and its value. */
  setScore(row: number, field: ItemField, start: number, end: number, value: number): void {
    this.setTwo(row, field, start, end);
    this.floats[row * this.floatWidth + field.float] = value;
  }

  /** The list `field` is the rows of its table from `first` up to `end`. */
  setList(row: number, field: ItemField, first: number, end: number): void { this.setTwo(row, field, end > first ? first : -1, end - first); }
  start(row: number): number { return this.int(row, START); }
  end(row: number): number { return this.int(row, START + 1); }

  /** Row `row` ends at `end`, when that is further than where it ends. */
  extend(row: number, end: number): void { if (end > this.end(row)) this.ints[row * this.width + START + 1] = end + 1; }
  owner(row: number): number { return this.int(row, OWNER); }

  /** The first row of the owner row `owner` (rows are in text order, so their owners too), or where it would be. */
  firstOf(owner: number): number {
    let [low, high] = [0, this.count];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.owner(middle) < owner) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** How many rows from `first` on are of the owner row `owner`. */
  countOf(owner: number, first: number): number {
    let end = first;
    while (end < this.count && this.owner(end) === owner) end++;
    return end - first;
  }
}
