/**
 * The syntax tree of a text's patients as tables of rows, one table per kind of node
 * (rows.ts): patients, procedures and generic items
 * (item-tables.ts), and what those hold. Study headers stay objects (../study-node.ts).
 * Both parsers write the rows in text order through one builder (tree-builder.ts);
 * the checks and figures read them, the editor features through views (views.ts).
 */
import { DateTable } from "./dates";
import { BLOCK_ITEMS, ITEM_SHAPES, ItemTable, shapeOf, TABLE_COUNT } from "./item-tables";
import { LevelItemTable } from "./level-items";
import { MarkTable } from "./marks";
import { NumberTable } from "./numbers";
import { OutcomeTable } from "./outcomes";
import { PatientTable } from "./patients";
import { ProcedureTable } from "./procedures";
import { Table, type Rows } from "./rows";
import { StringTable } from "./strings";
import { WordTable } from "./words";

/**
 * Characters of text a row of each table takes, about, in a registry export: a parse
 * makes each table this large at once rather than growing it by doubling. From
 * ItemStrings on, tables are planned, not made, until their first row (rows.ts `plan`).
 */
/** The same for the generic items whose rows are rarer than their block's others. */
const ITEM_CHARACTERS: Readonly<Record<string, number>> = { notes: 1024, cements: 160, recurrences: 256 };

const CHARACTERS_PER_ROW: readonly number[] = [
  /* Patients */ 200, /* Procedures */ 128, /* Outcomes */ 48,
  /* LevelItems */ 64, /* Dates */ 64, /* Numbers */ 80,
  /* ItemStrings */ 1024, /* ItemLevels */ 256,
  ...ITEM_SHAPES.map((shape) => ITEM_CHARACTERS[shape.item.list!] ?? (shape.block === "entry" ? 40 : shape.block === "patient" ? 200 : 96)),
];

/** The lists of the generic items version 1 has too. */
const VERSION_1_LISTS = new Set(["ages", "sexes", "etiologies", "recurrences", "cements", "notes"]);
/** The tables of patients' and procedures' items but those version 1 has too. */
const V2_ITEMS = BLOCK_ITEMS.filter((shape) => !VERSION_1_LISTS.has(ITEM_SHAPES[shape]!.item.list!));

export class SyntaxTree {
  readonly patients = new PatientTable();
  readonly procedures = new ProcedureTable();
  readonly outcomes = new OutcomeTable();
  readonly levelItems = new LevelItemTable();
  readonly dates = new DateTable();
  readonly numbers = new NumberTable();
  /** The generic items, one table for each shape of ITEM_SHAPES (item-tables.ts), by its number there; their strings and levels are below. */
  readonly itemTables: readonly ItemTable[] = ITEM_SHAPES.map((shape) => new ItemTable(shape));
  /** A note's text, a complication's, a visit's label, a quoted etiology. */
  readonly itemStrings = new StringTable();
  /** The generic items' levels: a recurrence's, a complication's (a procedure's own are one range of `levelItems`, with no item's among them). */
  readonly itemLevels = new LevelItemTable();
  private readonly marks = new MarkTable();
  /** Every table, by its number (rows.ts `Table`). */
  private readonly tables: readonly Rows[] = [
    this.patients, this.procedures, this.outcomes,
    this.levelItems, this.dates, this.numbers,
    this.itemStrings, this.itemLevels, ...this.itemTables,
  ];

  /** `words`: the words of the tree of this text's last version, shared so that word numbers go on meaning the same. */
  constructor(readonly words: WordTable = new WordTable()) {}

  get patientCount(): number { return this.patients.count; }

  /** The table of the generic items of `block` that go into its list `list` (a procedure's "visits"). */
  itemTable(block: "patient" | "procedure", list: string): ItemTable { return this.itemTables[shapeOf(block, list)]!; }

  /** How many version-2 items there are (entries and the items version 1 has too not counted): none in a version 1 registry. */
  get itemCount(): number {
    let count = 0;
    for (let i = 0; i < V2_ITEMS.length; i++) count += this.itemTables[V2_ITEMS[i]!]!.count;
    return count;
  }

  /** Room in every table for what a text of `length` characters likely holds. */
  reserveForText(length: number): void {
    for (let t = 0; t < Table.ItemStrings; t++) this.tables[t]!.reserve(Math.ceil(length / CHARACTERS_PER_ROW[t]!));
    for (let t = Table.ItemStrings; t < TABLE_COUNT; t++) this.tables[t]!.plan(Math.ceil(length / CHARACTERS_PER_ROW[t]!));
    const patients = Math.ceil(length / CHARACTERS_PER_ROW[Table.Patients]!);
    this.marks.reserve(patients);
    // A word for every patient's id, and a few more.
    this.words.reserve(patients + 64);
  }

  /** Room in every table for as many rows as `other` has, and `more`: a parse after an edit makes about as many as the last. */
  reserveLike(other: SyntaxTree, more: number): void {
    for (let t = 0; t < TABLE_COUNT; t++) this.tables[t]!.reserve(other.tables[t]!.count + more);
    this.marks.reserve(other.marks.count + more);
  }

  /** Before the rows of a new patient are written: remembers where every table stands. */
  beginPatient(): void { this.marks.add(this.tables); }

  /** Forgets every row from patient `patient` on (a patient the fast parser declined part-way). */
  rollback(patient: number): void {
    if (patient >= this.marks.count) return;
    for (let t = 0; t < TABLE_COUNT; t++) this.tables[t]!.truncate(this.marks.at(patient, t));
    this.marks.truncate(patient);
  }

  /** Where patient `patient`'s rows start in `table`; for the patient after the last, the table's end. */
  markOf(patient: number, table: Table): number { return patient < this.marks.count ? this.marks.at(patient, table) : this.tables[table]!.count; }

  /**
   * Appends patients `first` up to `end` of `from` (the last version's tree, whose
   * words this tree shares), every offset moved by `by`.
   */
  appendPatients(from: SyntaxTree, first: number, end: number, by: number): void {
    if (end <= first) return;
    const renumber = new Int32Array(TABLE_COUNT);
    for (let t = 0; t < TABLE_COUNT; t++) renumber[t] = this.tables[t]!.count - from.markOf(first, t);
    this.marks.appendShifted(from.marks, first, end, 0, renumber);
    for (let t = 0; t < TABLE_COUNT; t++) {
      this.tables[t]!.appendShifted(from.tables[t]!, from.markOf(first, t), from.markOf(end, t), by, renumber);
    }
  }

  /** Every offset moved by `by`, in place: a study header's own rows, after an edit before it. */
  shift(by: number): void { for (const table of this.tables) table.shift(by); }
}
