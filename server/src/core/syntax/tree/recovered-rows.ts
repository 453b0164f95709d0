/**
 * What becomes of a node the Chevrotain parser read, as the tree builder
 * (tree-builder.ts) finishes it. Finishing a node
 * - drops what recovery made that holds nothing: an outcome with neither score (what
 *   is left of `pain 9 -> x`, whose syntax error names it); a field without a value
 *   (`age` then a word that is no age) stays a row, which the views and checks pass over;
 * - applies the natural mistakes' repairs (../../mistakes/repairs.ts);
 * - stretches the node over what it holds: a rule cut short ends its node with the
 *   last token it read, maybe before a part it read (`patient P` with no `{` keeps
 *   `P`), and the editor features find the patient at the cursor by its span.
 */
import type { LevelItem } from "../ast";
import type { Repairs } from "../../mistakes/repairs";
import { BLOCK_ITEMS, ITEM_SHAPES, shapeOf, type ItemField } from "./item-tables";
import { Table } from "./rows";
import type { SyntaxTree } from "./syntax-tree";

/** A table's rows' ends. */
interface Ends {
  readonly count: number;
  end(row: number): number;
}

/** The furthest end of rows `from` on of `rows`, -1 for none. */
function furthest(rows: Ends, from: number): number {
  let end = -1;
  for (let row = from; row < rows.count; row++) end = Math.max(end, rows.end(row));
  return end;
}

const PROCEDURE_ITEMS = BLOCK_ITEMS.filter((shape) => ITEM_SHAPES[shape]!.block === "procedure");
const RECURRENCES = shapeOf("patient", "recurrences");
const ETIOLOGIES = shapeOf("patient", "etiologies");
const fieldOf = (shape: number, name: string): ItemField => ITEM_SHAPES[shape]!.fields.find((f) => f.name === name)!;
const [DATE, LEVELS, ETIOLOGY_WORD, ETIOLOGY_TEXT] = [fieldOf(RECURRENCES, "date"), fieldOf(RECURRENCES, "levels"), fieldOf(ETIOLOGIES, "word"), fieldOf(ETIOLOGIES, "text")];

/** Row `row` of `rows` ended at `end` when that is further. */
function extend(rows: Ends & { setEnd(row: number, end: number): void }, row: number, end: number): void {
  if (end > rows.end(row)) rows.setEnd(row, end);
}

export class RecoveredRows {
  constructor(private readonly tree: SyntaxTree, private readonly repairs: Repairs) {}

  keepsNumber(start: number): boolean { return this.repairs.keepsNumber(start); }

  /** Outcome `o`, the last row of its table, dropped when it has neither score or a repair says so. */
  finishOutcome(o: number): void {
    const rows = this.tree.outcomes;
    if ((!rows.hasBefore(o) && !rows.hasAfter(o)) || !this.repairs.keepsOutcome(rows.start(o))) rows.truncate(o);
  }

  procedureLevels(p: number): readonly LevelItem[] | undefined {
    return this.repairs.procedureLevels(this.tree.procedures.start(p), this.tree.procedures.end(p));
  }

  /** Patient `p`, the last, stretched over its id, its procedures and its generic items, once its recurrences and etiologies are finished. */
  stretchPatient(p: number): void {
    const t = this.tree;
    const rows = t.patients;
    const from = (table: Table): number => t.markOf(p, table);
    this.finishRecurrences(from(Table.Items + RECURRENCES));
    this.finishEtiologies(from(Table.Items + ETIOLOGIES));
    const items = BLOCK_ITEMS.map((shape) => furthest(t.itemTables[shape]!, from(Table.Items + shape)));
    extend(rows, p, Math.max(this.wordEnd(rows.id(p), rows.idStart(p)), furthest(t.procedures, from(Table.Procedures)), ...items));
  }

  /** Procedure `p` stretched over its header, its lists, which start at the rows given, and its generic items. */
  stretchProcedure(p: number, levels: number, outcomes: number): void {
    const t = this.tree;
    const rows = t.procedures;
    const words = [this.wordEnd(rows.id(p), rows.idStart(p)), this.wordEnd(rows.kind(p), rows.kindStart(p)), this.wordEnd(rows.repeats(p), rows.repeatsStart(p))];
    const lists = [furthest(t.levelItems, levels), furthest(t.outcomes, outcomes)];
    const items = PROCEDURE_ITEMS.map((shape) => furthest(t.itemTables[shape]!, t.itemTables[shape]!.firstOf(p)));
    extend(rows, p, Math.max(...words, this.dateEnd(rows.date(p)), ...lists, ...items));
  }

  /**
   * The recurrences from row `first` on (the last patient's): each with the levels a
   * repair gives, when one follows it on its line, and stretched over its date and levels.
   */
  private finishRecurrences(first: number): void {
    const [rows, levels] = [this.tree.itemTables[RECURRENCES]!, this.tree.itemLevels];
    for (let r = first; r < rows.count; r++) {
      const repaired = this.repairs.recurrenceLevels(rows.start(r), rows.end(r));
      if (repaired !== undefined) {
        const from = levels.count;
        for (const item of repaired) levels.addNode(item);
        rows.setList(r, LEVELS, from, levels.count);
      }
      let end = this.dateEnd(rows.int(r, DATE.column));
      const firstLevel = rows.int(r, LEVELS.column);
      for (let l = firstLevel; l < firstLevel + rows.int(r, LEVELS.column + 1); l++) end = Math.max(end, levels.end(l));
      rows.extend(r, end);
    }
  }

  /** The etiologies from row `first` on (the last patient's): one written without its double quotes is its words, as text. */
  private finishEtiologies(first: number): void {
    const rows = this.tree.itemTables[ETIOLOGIES]!;
    for (let e = first; e < rows.count; e++) {
      const words = this.repairs.unquotedEtiology(rows.start(e), rows.end(e));
      if (words === undefined) continue;
      rows.setTwo(e, ETIOLOGY_WORD, -1, -1);
      // Without its quotes: the row says the string has no closing one, as for any string recovery read without one.
      rows.setOne(e, ETIOLOGY_TEXT, this.tree.itemStrings.add(words.start, words.end, false));
    }
  }

  /** Where the word written at `start` ends, -1 when there is none. */
  private wordEnd(word: number, start: number): number { return word < 0 ? -1 : start + this.tree.words.length(word); }
  private dateEnd(date: number): number { return date < 0 ? -1 : this.tree.dates.end(date); }
}
