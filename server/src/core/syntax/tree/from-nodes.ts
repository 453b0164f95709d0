/**
 * Rows from the nodes the Chevrotain parser built for a stretch of damaged text
 * (../recovering-parse.ts): each patient, with everything it holds, appended to a
 * syntax tree as the fast parser would have written it had the text been valid.
 * A part the parser could not read (undefined in the node) is -1 in its row.
 */
import type * as A from "../ast";
import type { ItemNode } from "../nodes";
import { Field } from "./fields";
import type { StringTable } from "./strings";
import type { SyntaxTree } from "./syntax-tree";

const FIELD_OF: Record<A.SingleFieldName, Field> = { age: Field.Age, sex: Field.Sex, etiology: Field.Etiology };

/** Whether the string literal written from `start` to `end` has its closing quote (a recovered one may not). */
function isClosed(text: string, start: number, end: number): boolean {
  let i = start + 1;
  while (i < end - 1) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
  return i === end - 1 && end - start >= 2 && text.charCodeAt(i) === 34 /* " */;
}

function addString(table: StringTable, text: string, s: A.StringLiteral): void {
  table.add(s.start, s.end, isClosed(text, s.start, s.end));
}

function wordOf(tree: SyntaxTree, w: A.Word | undefined): number {
  return w === undefined ? -1 : tree.words.internText(w.text);
}

function numberOf(tree: SyntaxTree, n: A.NumberLiteral | undefined): number {
  return n === undefined ? -1 : tree.numbers.add(n.start, n.end, n.value);
}

/** Appends `patient` to `tree`; `text` is the text it was read from. */
export function appendPatientNode(tree: SyntaxTree, text: string, patient: A.Patient): void {
  tree.beginPatient();
  const row = tree.patients.add(patient.start, patient.end);
  if (patient.id !== undefined) tree.patients.setId(row, wordOf(tree, patient.id), patient.id.start);
  const fields = tree.fields.count;
  for (const f of patient.fields) appendField(tree, text, f);
  tree.patients.setFields(row, fields, patient.fields.length);
  const procedures = tree.procedures.count;
  for (const p of patient.procedures) appendProcedure(tree, text, p);
  tree.patients.setProcedures(row, procedures, patient.procedures.length);
  const recurrences = tree.recurrences.count;
  for (const r of patient.recurrences) appendRecurrence(tree, r);
  tree.patients.setRecurrences(row, recurrences, patient.recurrences.length);
  const notes = tree.patientNotes.count;
  for (const n of patient.notes) addString(tree.patientNotes, text, n);
  tree.patients.setNotes(row, notes, patient.notes.length);
  const items = [...patient.complications, ...patient.followups, ...patient.procedures.flatMap((p) => [...p.complications, ...p.visits])] as unknown as ItemNode[];
  tree.items.push(...items.sort((a, b) => a.start - b.start));
}

function appendField(tree: SyntaxTree, text: string, f: A.PatientField): void {
  const row = tree.fields.add(FIELD_OF[f.name], f.start, f.end);
  const value = f.value;
  if (value === undefined) return;
  if ("value" in value && typeof value.value === "number") tree.fields.setNumber(row, numberOf(tree, value as A.NumberLiteral));
  else if ("text" in value) tree.fields.setWord(row, wordOf(tree, value as A.Word), value.start);
  else {
    tree.fields.setString(row, tree.fieldStrings.count);
    addString(tree.fieldStrings, text, value as A.StringLiteral);
  }
}

function appendDate(tree: SyntaxTree, date: A.DateRef | undefined): number {
  if (date === undefined) return -1;
  if (date.kind === "calendar") return tree.dates.addCalendar(date.start, date.end, date.year, date.month, date.day);
  return tree.dates.addDay(date.start, date.end, numberOf(tree, date.value));
}

/** The list's level items, appended; returns where they start. */
function appendLevels(tree: SyntaxTree, items: readonly A.LevelItem[]): number {
  const first = tree.levelItems.count;
  for (const item of items) {
    const row = tree.levelItems.add(item.from.start, item.from.end, item.from.region.charCodeAt(0), item.from.number);
    const to = item.to;
    if (to !== undefined) tree.levelItems.addTo(row, to.start, to.end, to.region.charCodeAt(0), to.number);
  }
  return first;
}

function appendProcedure(tree: SyntaxTree, text: string, p: A.Procedure): void {
  const rows = tree.procedures;
  const row = rows.add(p.start, p.end);
  if (p.id !== undefined) rows.setId(row, wordOf(tree, p.id), p.id.start);
  if (p.kind !== undefined) rows.setKind(row, wordOf(tree, p.kind), p.kind.start);
  if (p.repeats !== undefined) rows.setRepeats(row, wordOf(tree, p.repeats), p.repeats.start);
  rows.setDate(row, appendDate(tree, p.date));
  rows.setLevels(row, appendLevels(tree, p.levels), p.levels.length);
  const outcomes = tree.outcomes.count;
  for (const o of p.outcomes) {
    const outcome = tree.outcomes.add(wordOf(tree, o.measure), o.start, o.end);
    if (o.before !== undefined) tree.outcomes.setBefore(outcome, o.before.start, o.before.end, o.before.value ?? NaN);
    if (o.after !== undefined) tree.outcomes.setAfter(outcome, o.after.start, o.after.end, o.after.value ?? NaN);
  }
  rows.setOutcomes(row, outcomes, p.outcomes.length);
  const cements = tree.cements.count;
  for (const c of p.cements) {
    const cement = tree.cements.add(c.start, c.end);
    tree.cements.setVolume(cement, numberOf(tree, c.volume));
  }
  rows.setCements(row, cements, p.cements.length);
  const notes = tree.procedureNotes.count;
  for (const n of p.notes) addString(tree.procedureNotes, text, n);
  rows.setNotes(row, notes, p.notes.length);
}

function appendRecurrence(tree: SyntaxTree, r: A.Recurrence): void {
  const row = tree.recurrences.add(r.start, r.end, tree.levelItems.count);
  tree.recurrences.setDate(row, appendDate(tree, r.date));
  tree.recurrences.setLevels(row, appendLevels(tree, r.levels), r.levels.length);
}
