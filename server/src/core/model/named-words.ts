/**
 * What each word of the syntax tree names among the declared measures or visits,
 * looked up by its name once for each word rather than once for each time it is
 * written: an outcome, a visit score or a visit block holds its measure or visit as
 * a word number, and a registry names the same few in every procedure (10,000
 * patients: 130,000 scores and 40,000 visit blocks, each a look-up by name in a map).
 *
 * A literal and plain functions, not a class (see validation/walk.ts); one per validation.
 */
import type { SyntaxTree } from "../syntax/tree/syntax-tree";

export interface NamedWords<T> {
  readonly tree: SyntaxTree;
  readonly declared: ReadonlyMap<string, T>;
  /** What the words looked up so far name; `byWord[word]` is 0 when not looked up yet, 1 when the word names nothing declared, else 2 + its place here. */
  readonly found: T[];
  readonly byWord: Int32Array;
}

export function namedWords<T>(tree: SyntaxTree, declared: ReadonlyMap<string, T>): NamedWords<T> {
  return { tree, declared, found: [], byWord: new Int32Array(tree.words.count) };
}

/** What word `word` names among the declared; undefined when nothing. */
export function namedBy<T>(words: NamedWords<T>, word: number): T | undefined {
  if (word >= words.byWord.length) return words.declared.get(words.tree.words.text(word));
  let at = words.byWord[word]!;
  if (at === 0) {
    const named = words.declared.get(words.tree.words.text(word));
    if (named === undefined) at = 1;
    else {
      at = 2 + words.found.length;
      words.found.push(named);
    }
    words.byWord[word] = at;
  }
  return at === 1 ? undefined : words.found[at - 2];
}
