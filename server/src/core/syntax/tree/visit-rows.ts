/**
 * The procedures' visits and the scores in them, read straight from their rows
 * (item-tables.ts) for a reader that wants values rather than views: a view makes
 * a new object at each read of a word or a score (item-views.ts), and the figures
 * of visits read every score of a registry (model/visit-scores-input.ts).
 */
import type { ItemField, ItemTable } from "./item-tables";
import type { SyntaxTree } from "./syntax-tree";

function fieldNamed(table: ItemTable, name: string): ItemField {
  return table.shape.fields.find((f) => f.name === name)!;
}

export class VisitRows {
  /** The visits' rows, and those of the scores in them. */
  readonly visits: ItemTable;
  readonly scores: ItemTable;
  private readonly idColumn: number;
  private readonly scoresColumn: number;
  private readonly measureColumn: number;
  private readonly scoreField: ItemField;

  constructor(tree: SyntaxTree) {
    this.visits = tree.itemTable("procedure", "visits");
    const scores = fieldNamed(this.visits, "scores");
    this.scores = tree.itemTables[scores.entries]!;
    this.idColumn = fieldNamed(this.visits, "id").column;
    this.scoresColumn = scores.column;
    this.measureColumn = fieldNamed(this.scores, "measure").column;
    this.scoreField = fieldNamed(this.scores, "score");
  }

  /** The visit id's word number (tree.words), -1 when not written. */
  id(visit: number): number { return this.visits.int(visit, this.idColumn); }

  /** The scores of the visit are the rows from `firstScore` on, `scoreCount` of them. */
  firstScore(visit: number): number { return this.visits.int(visit, this.scoresColumn); }
  scoreCount(visit: number): number { return this.visits.int(visit, this.scoresColumn + 1); }

  /** The word number of the measure a score names, -1 when not written. */
  measure(score: number): number { return this.scores.int(score, this.measureColumn); }

  /** The score's value: NaN for `?` or a score not written. */
  value(score: number): number {
    return this.scores.int(score, this.scoreField.column) < 0 ? NaN : this.scores.float(score, this.scoreField.float);
  }
}
