/**
 * Moving a study header along the text: after an edit earlier in the file, every
 * offset in it changes by the same amount. (Patients are rows, copied moved by
 * tree/syntax-tree.ts `appendPatients`.) Each node is moved exactly once (no node
 * is held in two places). test/syntax/reparse.test.ts checks the result against a
 * full parse.
 */
import type * as A from "./ast";

type Offsets = { start: number; end: number };

function move(span: A.Span | undefined, by: number): void {
  if (span === undefined) return;
  (span as Offsets).start += by;
  (span as Offsets).end += by;
}

function moveAll(spans: readonly A.Span[], by: number): void {
  for (let i = 0; i < spans.length; i++) move(spans[i], by);
}

export function moveStudy(study: A.Study, by: number): void {
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
  for (const item of study.complications) moveItem(item, by);
  for (const item of study.visits) moveItem(item, by);
}

/** An item of the generic readers (nodes.ts ItemNode) and every node in it: its fields are nodes, lists of level items, or spans. */
export function moveItem(node: object, by: number): void {
  move(node as A.Span, by);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value as A.LevelItem[]) if ("from" in item) moveLevelItem(item, by); else moveItem(item, by);
    else if (typeof value === "object" && value !== null && "start" in value) {
      move(value as A.Span, by);
      if ("value" in value && typeof value.value === "object" && value.value !== null) move(value.value as A.Span | undefined, by);
    }
  }
}

function moveLevelItem(item: A.LevelItem, by: number): void {
  move(item, by);
  move(item.from, by);
  move(item.to, by);
}
