/**
 * A study header's node, as both parsers build it (parser.ts, fast-study.ts): its
 * title, and its items (references, designs, measures, complication kinds, visits),
 * read by the generic item readers into rows of a tree of its own and given as views
 * (tree/item-views.ts), so that a parse after an edit keeps or moves a study whole
 * (reparse.ts). What it holds besides its fields is private (`#`), so that a
 * comparison of two trees (test/syntax/plain-tree.ts) sees only what the text says.
 */
import type * as A from "./ast";
import { keywordSpan, Node, type StringNode } from "./nodes";
import { shapeOf } from "./tree/item-tables";
import { itemTexts, itemViews } from "./tree/item-views";
import { SyntaxTree } from "./tree/syntax-tree";
import { TreeViews } from "./tree/views";
import type { WordTable } from "./tree/words";

const [REFERENCES, DESIGNS, MEASURES, COMPLICATIONS, VISITS] = ["references", "designs", "measures", "complications", "visits"].map((list) => shapeOf("study", list));

export class StudyNode extends Node implements A.Study {
  title?: StringNode;
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
  get references(): A.StringLiteral[] { return itemTexts(this.#views, REFERENCES!, -1); }
  get designs(): A.StringLiteral[] { return itemTexts(this.#views, DESIGNS!, -1); }
  get measures(): A.Measure[] { return this.#items(MEASURES!); }
  get complications(): A.ComplicationKind[] { return this.#items(COMPLICATIONS!); }
  get visits(): A.VisitDecl[] { return this.#items(VISITS!); }

  #items<T>(shape: number): T[] { return (this.#lists[shape] ??= itemViews(this.#views, shape, -1)) as T[]; }

  /** The rows its items are written into (tree/tree-builder.ts `startStudy`). */
  itemRows(): SyntaxTree { return this.#rows; }

  /** Moved along by `by` in `text`, the text after an edit before it (reparse.ts). */
  move(by: number, text: string): void {
    for (const node of this.title === undefined ? [this] : [this, this.title]) {
      node.start += by;
      node.end += by;
    }
    this.#rows.shift(by);
    this.#views = new TreeViews(this.#rows, text);
    this.#lists = [];
  }
}
