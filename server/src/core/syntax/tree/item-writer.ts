/**
 * The writer of the generic items' rows (item-tables.ts), for both parsers' generic
 * readers (../fast-item.ts, ../parser.ts), through the tree builder
 * (tree-builder.ts), which starts each item in the tree, or in a study header's own
 * rows. `shape` is an item table's number among ITEM_SHAPES, `row` the item's row
 * there; each value goes into the field `field`, its columns given by the shape.
 */
import type { LevelItem } from "../ast";
import type { ItemField, ItemTable } from "./item-tables";
import { SyntaxTree } from "./syntax-tree";

/** What a writer writes into between parses: nothing of a text's. */
export const NO_TREE = new SyntaxTree();

export class ItemWriter {
  /** Where the items are written: the text's tree, or a study header's rows. */
  tree: SyntaxTree = NO_TREE;

  table(shape: number): ItemTable {
    return this.tree.itemTables[shape]!;
  }

  /** A new item of the owner row `owner` (-1 in a study header) from `start` to `end`, and its row. */
  start(shape: number, owner: number, start: number, end: number): number {
    return this.table(shape).add(owner, start, end);
  }

  /** The item ends at `end`, when that is further than where it ends. */
  end(shape: number, row: number, end: number): void {
    const table = this.table(shape);
    if (end > table.end(row)) table.setEnd(row, end);
  }

  word(shape: number, row: number, field: ItemField, word: number, start: number): void {
    const table = this.table(shape);
    table.setInt(row, field.column, word);
    table.setInt(row, field.column + 1, start);
  }

  /** A number's row (of `day N`, or of a field). */
  numberRow(start: number, end: number, value: number): number {
    return this.tree.numbers.add(start, end, value);
  }

  number(shape: number, row: number, field: ItemField, start: number, end: number, value: number): void {
    this.table(shape).setInt(row, field.column, this.numberRow(start, end, value));
  }

  string(shape: number, row: number, field: ItemField, start: number, end: number, closed: boolean): void {
    this.table(shape).setInt(row, field.column, this.tree.itemStrings.add(start, end, closed));
  }

  calendarDate(shape: number, row: number, field: ItemField, start: number, end: number, year: number, month: number, day: number): void {
    this.table(shape).setInt(row, field.column, this.tree.dates.addCalendar(start, end, year, month, day));
  }

  /** `day N`: `number` is N's row, -1 when N is missing. */
  dayDate(shape: number, row: number, field: ItemField, start: number, end: number, number: number): void {
    this.table(shape).setInt(row, field.column, this.tree.dates.addDay(start, end, number));
  }

  /** A level, the next of a list of levels (`region` the letter's character code); `levelTo` makes it a range. */
  level(start: number, end: number, region: number, number: number): number {
    return this.tree.itemLevels.add(start, end, region, number);
  }

  levelTo(level: number, start: number, end: number, region: number, number: number): void {
    this.tree.itemLevels.addTo(level, start, end, region, number);
  }

  /** A level item read as a node (the Chevrotain parser's). */
  levelItem(item: LevelItem): void {
    const level = this.level(item.from.start, item.from.end, item.from.region.charCodeAt(0), item.from.number);
    const to = item.to;
    if (to !== undefined) this.levelTo(level, to.start, to.end, to.region.charCodeAt(0), to.number);
  }

  /** The levels written since the item levels table had `first` rows are the field's. */
  levels(shape: number, row: number, field: ItemField, first: number): void {
    this.list(shape, row, field, first, this.tree.itemLevels.count);
  }

  /** A score: `value` NaN for `?`. */
  score(shape: number, row: number, field: ItemField, start: number, end: number, value: number): void {
    const table = this.table(shape);
    table.setInt(row, field.column, start);
    table.setInt(row, field.column + 1, end);
    table.setFloat(row, field.float, value);
  }

  /** A keyword written alone (`symptomatic`), from `start` to `end`. */
  span(shape: number, row: number, field: ItemField, start: number, end: number): void {
    const table = this.table(shape);
    table.setInt(row, field.column, start);
    table.setInt(row, field.column + 1, end);
  }

  /** The entries written since their table had `first` rows are the field's. */
  entries(shape: number, row: number, field: ItemField, first: number): void {
    this.list(shape, row, field, first, this.table(field.entries).count);
  }

  private list(shape: number, row: number, field: ItemField, first: number, end: number): void {
    const table = this.table(shape);
    table.setInt(row, field.column, end > first ? first : -1);
    table.setInt(row, field.column + 1, end - first);
  }
}
