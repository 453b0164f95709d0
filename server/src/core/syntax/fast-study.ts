/**
 * Study headers for the fast parser (fast-parser.ts): `study "…" { … }`, its items
 * read by the generic reader (fast-item.ts) into the study's own rows. It ends
 * where its last token ends (`prevEnd`), as parser.ts's `close()` does.
 */
import type * as A from "./ast";
import { itemReadings, readItem } from "./fast-item";
import { BAIL, type Scanner, Tok } from "./fast-scanner";
import { StringNode } from "./nodes";
import { StudyNode } from "./study-node";
import type { TreeBuilder } from "./tree/tree-builder";

/** The study items, by keyword. */
const STUDY_ITEMS = itemReadings("study");

export class FastStudyReader {
  constructor(private readonly s: Scanner) {}

  /** A study header, after its `study` keyword is current; its items written by `b` into its own rows. */
  study(b: TreeBuilder): A.Study {
    const s = this.s;
    const study = new StudyNode(s.start, s.end, b.tree.words, s.text);
    b.startStudy(study.itemRows());
    s.next();
    if (s.kind !== Tok.StringLiteral) throw BAIL;
    study.title = new StringNode(s.stringValue(), s.start, s.end);
    s.next();
    s.consume(Tok.LCurly);
    while (readItem(s, b, "study", STUDY_ITEMS));
    b.finishStudy();
    s.consume(Tok.RCurly);
    study.end = s.prevEnd;
    return study;
  }
}
