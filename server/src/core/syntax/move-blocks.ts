/**
 * Moving a study header along the text: after an edit earlier in the file, every
 * offset in it changes by the same amount. (Patients are rows, copied moved by
 * tree/syntax-tree.ts `appendPatients`; a study's generic items are rows of its
 * own, moved in place.) Each node is moved exactly once (no node
 * is held in two places). test/syntax/reparse.test.ts checks the result against a
 * full parse.
 */
import type * as A from "./ast";
import type { StudyNode } from "./study-node";

type Offsets = { start: number; end: number };

function move(span: A.Span | undefined, by: number): void {
  if (span === undefined) return;
  (span as Offsets).start += by;
  (span as Offsets).end += by;
}

function moveAll(spans: readonly A.Span[], by: number): void {
  for (let i = 0; i < spans.length; i++) move(spans[i], by);
}

/** `study` moved along by `by`, in `text`, the text after the edit. */
export function moveStudy(study: StudyNode, by: number, text: string): void {
  move(study, by);
  move(study.title, by);
  moveAll(study.references, by);
  moveAll(study.designs, by);
  for (const m of study.measures) {
    move(m, by);
    move(m.name, by);
    move(m.label, by);
    move(m.rangeMin, by);
    move(m.rangeMax, by);
    move(m.rangeSpan, by);
    move(m.better?.span, by);
    move(m.responder, by);
  }
  study.moveItems(by, text);
}
