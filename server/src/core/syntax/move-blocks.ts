/**
 * Moving blocks along the text: after an edit earlier in the file, every offset in
 * the blocks after it changes by the same amount. Re-reading those blocks would make
 * the whole tree again; moving them changes two numbers per node. One function per
 * kind of node, each moving the node and what it holds exactly once (no node is held
 * in two places). test/syntax/reparse.test.ts checks the result against a full parse.
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

function moveDate(date: A.DateRef | undefined, by: number): void {
  move(date, by);
  if (date?.kind === "day") move(date.value, by);
}

function moveLevels(items: readonly A.LevelItem[], by: number): void {
  for (const item of items) {
    move(item, by);
    move(item.from, by);
    move(item.to, by);
  }
}

function moveProcedure(p: A.Procedure, by: number): void {
  move(p, by);
  move(p.id, by);
  move(p.kind, by);
  moveDate(p.date, by);
  moveLevels(p.levels, by);
  move(p.repeats, by);
  for (const o of p.outcomes) {
    move(o, by);
    move(o.measure, by);
    move(o.before, by);
    move(o.after, by);
  }
  for (const c of p.cements) {
    move(c, by);
    move(c.volume, by);
  }
  moveAll(p.notes, by);
}

export function movePatient(patient: A.Patient, by: number): void {
  move(patient, by);
  move(patient.id, by);
  for (const f of patient.fields) {
    move(f, by);
    move(f.value, by);
  }
  for (const p of patient.procedures) moveProcedure(p, by);
  for (const r of patient.recurrences) {
    move(r, by);
    moveDate(r.date, by);
    moveLevels(r.levels, by);
  }
  moveAll(patient.notes, by);
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
}
