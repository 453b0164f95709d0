/**
 * A study header's node, as both parsers build it (parser.ts, fast-study.ts): its
 * title, references, designs and measures as nodes, its generic items (the
 * complication kinds and visits it declares) as rows of a tree of its own, read
 * through views (tree/item-views.ts): a parse after an edit keeps or moves a study
 * whole (reparse.ts). What it holds besides its fields is private (`#`), so that a
 * comparison of two trees (test/syntax/plain-tree.ts) sees only what the text says.
 */
import type * as A from "./ast";
import { keywordSpan, Node } from "./nodes";
import { shapeOf } from "./tree/item-tables";
import { itemViews } from "./tree/item-views";
import { SyntaxTree } from "./tree/syntax-tree";
import { TreeViews } from "./tree/views";
import type { WordTable } from "./tree/words";

const COMPLICATIONS = shapeOf("study", "complications");
const VISITS = shapeOf("study", "visits");

export class StudyNode extends Node implements A.Study {
  title?: A.StringLiteral;
  references: A.StringLiteral[] = [];
  designs: A.StringLiteral[] = [];
  measures: A.Measure[] = [];
  readonly #rows: SyntaxTree;
  #views: TreeViews;
  #lists: unknown[] = [];

  /** `words`: the text's tree's, so its words are the patients' words; `text`: what its rows' offsets are into. */
  constructor(start: number, end: number, words: WordTable, text: string) {
    super(start, end);
    this.#rows = new SyntaxTree(words);
    this.#views = new TreeViews(this.#rows, text);
  }

  get keyword(): A.Span { return keywordSpan(this, "study"); }
  get complications(): A.ComplicationKind[] { return (this.#lists[0] ??= itemViews(this.#views, COMPLICATIONS, -1)) as A.ComplicationKind[]; }
  get visits(): A.VisitDecl[] { return (this.#lists[1] ??= itemViews(this.#views, VISITS, -1)) as A.VisitDecl[]; }

  /** The rows its generic items are written into (tree/tree-builder.ts `startStudy`). */
  itemRows(): SyntaxTree { return this.#rows; }

  /** Its items moved along by `by` in `text`, the text after an edit before it (move-blocks.ts). */
  moveItems(by: number, text: string): void {
    this.#rows.shift(by);
    this.#views = new TreeViews(this.#rows, text);
    this.#lists = [];
  }
}
