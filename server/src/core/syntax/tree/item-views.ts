/**
 * The base of every view over the rows (`View`), and the views of the generic items
 * over their rows (item-tables.ts): a class for each item of the language
 * description, with a getter for each of its fields, made when the module loads.
 */
import type * as A from "../ast";
import { keywordSpan, NONE, ScoreNode } from "../nodes";
import { ITEM_SHAPES, shapeOf, Value, type ItemField, type ItemShape, type ItemTable } from "./item-tables";
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
  /** The lists made so far, by number (assigned, not a declared field: defining one per view is slow). */
  private declare lists: unknown[] | undefined;

  constructor(protected readonly views: TreeViews, protected readonly rows: Rows, protected readonly row: number) { this.lists = undefined; }

  /** List number `which` of this view when it was made (`keep`): made when first asked for, then kept. */
  protected kept<T>(which: number): T[] | undefined { return this.lists?.[which] as T[] | undefined; }

  protected keep<T>(which: number, list: T[]): T[] {
    (this.lists ??= [])[which] = list;
    return list;
  }

  /** List number `which`: rows `first` to `first + count` of a table, each made by `make`. */
  protected list<T>(which: number, first: number, count: number, make: (row: number) => T): T[] {
    return this.kept<T>(which) ?? this.keep(which, listOf(first, count, make));
  }

  get start(): number { return this.rows.start(this.row); }
  get end(): number { return this.rows.end(this.row); }
  get span(): A.Span { return { start: this.start, end: this.end }; }
}

/** `count` things made by `make` from rows `first` on; `NONE` for none. */
function listOf<T>(first: number, count: number, make: (row: number) => T): T[] {
  if (count === 0) return NONE;
  const out = new Array<T>(count);
  for (let i = 0; i < count; i++) out[i] = make(first + i);
  return out;
}

/** A score written from `start` to `end` (-1: not written); `value` NaN for `?`. */
export function score(start: number, end: number, value: number): A.Score | undefined {
  return start < 0 ? undefined : new ScoreNode(Number.isNaN(value) ? null : value, start, end);
}

/** A generic item's view: its fields are read by the getters of its item's class (below). */
export abstract class ItemView extends View<ItemTable> {
  /** The getter of `field`: one function for each kind of value, not one that asks which at every read. */
  static getter(field: ItemField): (this: ItemView) => unknown {
    const [c, d] = [field.column, field.column + 1];
    switch (field.value) {
      case Value.Word:
        return function () { return this.views.word(this.rows.int(this.row, c), this.rows.int(this.row, d)); };
      case Value.Number:
        return function () { return this.views.number(this.rows.int(this.row, c)); };
      case Value.String:
        return function () {
          const at = this.rows.int(this.row, c);
          return at < 0 ? undefined : this.views.string(this.views.tree.itemStrings, at);
        };
      case Value.Date:
        return function () { return this.views.date(this.rows.int(this.row, c)); };
      case Value.Score:
        return function () { return score(this.rows.int(this.row, c), this.rows.int(this.row, d), this.rows.float(this.row, field.float)); };
      case Value.Span:
        return function () {
          const at = this.rows.int(this.row, c);
          return at < 0 ? undefined : ({ start: at, end: this.rows.int(this.row, d) } satisfies A.Span);
        };
      case Value.Levels:
        return function () { return this.list(field.index, this.rows.int(this.row, c), this.rows.int(this.row, d), (l) => this.views.levelItem(l, this.views.tree.itemLevels)); };
      case Value.Entries:
        return function () { return this.kept<unknown>(field.index) ?? this.keep(field.index, itemViews(this.views, field.entries, this.row)); };
    }
  }

  /** Forgets `name`'s value: what a repair does to what recovery read (../../mistakes/numbers.ts). */
  forget(name: string): void { this.rows.setOne(this.row, this.rows.shape.fields.find((f) => f.name === name)!, -1); }
}

const BETTER = ItemView.getter(ITEM_SHAPES[shapeOf("study", "measures")]!.fields.find((f) => f.name === "better")!);

/** A measure's `better lower|higher` as the direction chosen and where it is written. */
class MeasureView extends ItemView {
  get better(): A.Measure["better"] {
    const word = BETTER.call(this) as A.Word | undefined;
    return word && { direction: word.text as A.Direction, span: { start: word.start, end: word.end } };
  }
}

/** The lists of a patient's single-valued fields, one item each (`age`, `sex`, `etiology`). */
const FIELDS = ["ages", "sexes", "etiologies"].map((list) => shapeOf("patient", list));
/** Each field item's getters of its fields, in order: an etiology's word, then its text. */
const VALUES = FIELDS.map((shape) => ITEM_SHAPES[shape]!.fields.map(ItemView.getter));

/** `age N`, `sex X`, `etiology X`: its name, and its value, whichever of its fields holds it. */
class FieldView extends ItemView {
  get name(): A.SingleFieldName { return this.rows.shape.item.keyword as A.SingleFieldName; }

  get value(): A.PatientField["value"] {
    const getters = VALUES[FIELDS.indexOf(this.rows.shape.index)]!;
    for (const getter of getters) {
      const value = getter.call(this) as A.PatientField["value"];
      if (value !== undefined) return value;
    }
    return undefined;
  }
}

/** Patient row `owner`'s fields that hold a value, in text order (a field recovery read without one is no field). */
export function patientFields(views: TreeViews, owner: number): A.PatientField[] {
  const fields = FIELDS.flatMap((shape) => itemViews<A.PatientField>(views, shape, owner)).filter((f) => f.value !== undefined);
  return fields.length === 0 ? NONE : fields.sort((a, b) => a.start - b.start);
}

type ViewClass = new (views: TreeViews, rows: ItemTable, row: number) => ItemView;

/** The class of the views of `shape`'s item: a getter for each field its base has none for (a field's, none), and the keyword's span for an item that has one. */
function viewClass(shape: ItemShape): ViewClass {
  const isField = FIELDS.includes(shape.index);
  const Made = class extends (shape.item.node === "Measure" ? MeasureView : isField ? FieldView : ItemView) {};
  for (const field of isField ? [] : shape.fields) {
    if (!(field.name in Made.prototype)) Object.defineProperty(Made.prototype, field.name, { get: ItemView.getter(field) });
  }
  const keyword = shape.item.keyword;
  if (keyword !== undefined) {
    Object.defineProperty(Made.prototype, "keyword", {
      get(this: ItemView) {
        return keywordSpan(this, keyword);
      },
    });
  }
  return Made;
}

/** The view class of each item table, by its number. */
const CLASSES: readonly ViewClass[] = ITEM_SHAPES.map(viewClass);

/** The items of the owner row `owner` in the item table `shape`, as views; every row of the table for `owner` -1 (a study header's). */
export function itemViews<T = ItemView>(views: TreeViews, shape: number, owner: number): T[] {
  const table = views.tree.itemTables[shape]!;
  const first = owner < 0 ? 0 : table.firstOf(owner);
  const count = owner < 0 ? table.count : table.countOf(owner, first);
  const Made = CLASSES[shape]!;
  return listOf(first, count, (row) => new Made(views, table, row) as T);
}


/** The texts (`text`) of the items of `owner` in item table `shape` that have one (`note "…"`, `reference "…"`); `NONE` for none. */
export function itemTexts(views: TreeViews, shape: number, owner: number): A.StringLiteral[] {
  const texts = itemViews<{ text?: A.StringLiteral }>(views, shape, owner).flatMap((item) => item.text ?? []);
  return texts.length === 0 ? NONE : texts;
}
