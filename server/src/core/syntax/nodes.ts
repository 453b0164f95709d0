/**
 * The syntax tree's nodes for what is not rows: the study headers and the items of
 * the generic readers, which both parsers build alike (parser.ts, fast-study.ts,
 * fast-item.ts), and the single values (words, numbers, dates, levels) that the
 * views over the patients' rows make when a property is read (tree/views.ts).
 *
 * A node is its own span: `start` and `end` are fields of the node, and `span`
 * returns the node itself. Keyword spans (`patient`, `procedure`, …) are computed
 * from `start` when asked for: a separate `{ start, end }` object for each node
 * would double the objects of a patient's nodes.
 *
 * Fields are public and writable here so the parsers can fill a node in as they
 * read it; everything else sees the read-only interfaces of ast.ts.
 */
import type * as A from "./ast";
import { fieldsOf, type Item } from "../language/grammar";

/** What every node shares: its offsets, and itself as its span. */
abstract class Node implements A.Span {
  constructor(
    public start: number,
    public end: number,
  ) {}

  get span(): A.Span {
    return this;
  }
}

/** The span of the keyword a node begins with (`patient`, `procedure`, …), derived from where the node starts. */
export function keywordSpan(node: A.Span, keyword: string): A.Span {
  return { start: node.start, end: node.start + keyword.length };
}

/** For the lists of a node: one shared, frozen empty list instead of one per node. */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

export class WordNode extends Node implements A.Word {
  constructor(
    public text: string,
    start: number,
    end: number,
  ) {
    super(start, end);
  }
}

export class NumberNode extends Node implements A.NumberLiteral {
  constructor(
    public value: number,
    public text: string,
    start: number,
    end: number,
  ) {
    super(start, end);
  }
}

export class StringNode extends Node implements A.StringLiteral {
  constructor(
    public value: string,
    start: number,
    end: number,
  ) {
    super(start, end);
  }
}

export class FileNode extends Node implements A.VcaseFile {
  studies: A.Study[] = [];
  patients: A.Patient[] = [];
}

export class StudyNode extends Node implements A.Study {
  title?: A.StringLiteral;
  references: A.StringLiteral[] = [];
  designs: A.StringLiteral[] = [];
  measures: A.Measure[] = [];
  complications: A.ComplicationKind[] = NONE;
  visits: A.VisitDecl[] = NONE;

  get keyword(): A.Span {
    return keywordSpan(this, "study");
  }
}

export class MeasureNode extends Node implements A.Measure {
  name?: A.Word;
  label?: A.StringLiteral;
  rangeMin?: A.NumberLiteral;
  rangeMax?: A.NumberLiteral;
  rangeSpan?: A.Span;
  better?: { readonly direction: A.Direction; readonly span: A.Span };
  responder?: A.NumberLiteral;

  get keyword(): A.Span {
    return keywordSpan(this, "measure");
  }
}

export class CalendarDateNode extends Node implements A.CalendarDate {
  constructor(
    public year: number,
    public month: number,
    public day: number,
    start: number,
    end: number,
  ) {
    super(start, end);
  }

  get kind(): "calendar" {
    return "calendar";
  }

  /** As written: the token is always four, two and two digits, so this is the source text. */
  get text(): string {
    return `${String(this.year).padStart(4, "0")}-${String(this.month).padStart(2, "0")}-${String(this.day).padStart(2, "0")}`;
  }
}

export class RelativeDayNode extends Node implements A.RelativeDay {
  value?: A.NumberLiteral;

  get kind(): "day" {
    return "day";
  }
}

export class LevelTokenNode extends Node implements A.LevelToken {
  constructor(
    public text: string,
    public region: "C" | "T" | "L" | "S",
    public number: number,
    start: number,
    end: number,
  ) {
    super(start, end);
  }
}

export class LevelItemNode extends Node implements A.LevelItem {
  constructor(
    public from: A.LevelToken,
    public to: A.LevelToken | undefined,
    start: number,
    end: number,
  ) {
    super(start, end);
  }
}

export class ScoreNode extends Node implements A.Score {
  constructor(
    public value: number | null,
    start: number,
    end: number,
  ) {
    super(start, end);
  }
}

/**
 * The node of an item read by the generic readers (fast-item.ts, parser.ts): its
 * fields are those its parts name in the language description, each undefined (or,
 * for a list, empty) until read, so both parsers make the same node. Made by
 * `itemNode`, as an instance of a class of its own item's, which holds the item on
 * its prototype and sets the fields in one order: every node of an item then has
 * one shape, and a visit of 10,000 patients reads like any other node.
 */
export abstract class ItemNode extends Node {
  [field: string]: unknown;
  /** The item of the description this node is of (on the prototype: not part of what the node holds). */
  declare readonly item: Item;

  /** Undefined for an item without a keyword (a score of a visit). */
  get keyword(): A.Span | undefined {
    return this.item.keyword === undefined ? undefined : keywordSpan(this, this.item.keyword);
  }
}

type ItemClass = new (start: number, end: number) => ItemNode;
const ITEM_CLASSES = new Map<Item, ItemClass>();

function itemClass(item: Item): ItemClass {
  const { fields, lists } = fieldsOf(item);
  const Made = class extends ItemNode {
    constructor(start: number, end: number) {
      super(start, end);
      for (const field of fields) this[field] = undefined;
      for (const list of lists) this[list] = NONE;
    }
  };
  Object.defineProperty(Made.prototype, "item", { value: item });
  return Made;
}

/** A new node of `item` from `start` to `end`, its fields not read yet. */
export function itemNode(item: Item, start: number, end: number): ItemNode {
  let Made = ITEM_CLASSES.get(item);
  if (Made === undefined) ITEM_CLASSES.set(item, (Made = itemClass(item)));
  return new Made(start, end);
}

/** Adds `node` to the list `list` of `owner`, which starts as the shared empty list. */
export function addToList(owner: object, list: string, node: unknown): void {
  const fields = owner as Record<string, unknown[]>;
  const into = fields[list];
  if (into === undefined || into === NONE) fields[list] = [node];
  else into.push(node);
}
