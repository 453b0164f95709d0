/**
 * What the version-2 figures read (cohort/v2-figures.ts `CohortV2Input`), built
 * from the study and patient nodes: the visit schedule, each procedure's scores
 * before it and at its visits (visit-scores-input.ts), the complication kinds and
 * occurrences, the `followup` lines. Days are the model's day numbers (dates.ts):
 * a calendar date or `day N`. The complications and `followup` lines are read from
 * their rows (syntax/tree/item-rows.ts), not through views, whose every value is a
 * new object at each read.
 *
 * Decisions where the spec is silent:
 * - A new date (visit, complication, follow-up) of the other kind than the
 *   patient's procedures and recurrences (VC203), or not a calendar day (VC201),
 *   has no day.
 * - A procedure's complication without `on` takes the procedure's day.
 */
import type { ComplicationKind, ComplicationOccurrence, ComplicationProcedure } from "../cohort/complications";
import type { CohortV2Input, V2Patient } from "../cohort/v2-figures";
import type { VisitDecl } from "../cohort/types";
import type { FollowUpLine } from "../cohort/follow-up";
import type { DateRef, Study } from "../syntax/ast";
import { NONE } from "../syntax/nodes";
import { COMPLICATION, FOLLOW_UP, followUpRows, listCount, listFirst, patientComplicationRows, procedureComplicationRows } from "../syntax/tree/item-rows";
import type { ItemTable } from "../syntax/tree/item-tables";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import { dateKinds, procedureDay, procedureLevels, procedureRole, type CohortModel } from "./cohort-model";
import { calendarDayNumber } from "./dates";
import { itemCursor, rowsOf, type ItemCursor } from "./item-cursor";
import { itemDay, patientKind } from "./item-dates";
import { ordinalOf } from "./levels";
import { visitScoresOf } from "./visit-scores-input";

export type DateKindName = DateRef["kind"];

/** The day number of a date of kind `kind`'s patient; undefined when not a real day, or of the other kind. */
export function dayOf(date: DateRef | undefined, kind: DateKindName | undefined): number | undefined {
  if (date === undefined || (kind !== undefined && date.kind !== kind)) return undefined;
  if (date.kind === "calendar") return calendarDayNumber(date.year, date.month, date.day);
  return date.value?.value;
}

/** The study's visit schedule as written (an id or day missing after a syntax error: left out). */
export function visitSchedule(study: Study | undefined): VisitDecl[] {
  const out: VisitDecl[] = [];
  for (const v of study?.visits ?? []) {
    if (v.id === undefined || v.day === undefined) continue;
    out.push({ id: v.id.text, label: v.label?.value ?? v.id.text, day: v.day.value, window: v.window?.value ?? 0 });
  }
  return out;
}

/** The study's complication kinds, the first declaration of each (the label defaults to the id). */
export function complicationKindsOf(study: Study | undefined): ComplicationKind[] {
  const byId = new Map<string, ComplicationKind>();
  for (const k of study?.complications ?? []) {
    if (k.kind !== undefined && !byId.has(k.kind.text)) byId.set(k.kind.text, { id: k.kind.text, label: k.label?.value ?? k.kind.text });
  }
  return [...byId.values()];
}

/**
 * The ordinals of the real levels the `at` list of complication `row` names, ranges
 * expanded: an item with a level that does not exist names none; a backwards
 * range gives its two ends (levels.ts `expandLevels`).
 */
function occurrenceLevels(tree: SyntaxTree, table: ItemTable, row: number): number[] {
  const count = listCount(table, row, COMPLICATION.levels);
  if (count === 0) return NONE;
  const items = tree.itemLevels;
  const first = listFirst(table, row, COMPLICATION.levels);
  let levels: number[] = NONE;
  for (let level = first; level < first + count; level++) {
    const from = ordinalOf(items.fromRegion(level), items.fromNumber(level));
    const range = items.isRange(level);
    const to = range ? ordinalOf(items.toRegion(level), items.toNumber(level)) : from;
    if (from < 0 || to < 0) continue;
    if (levels === NONE) levels = [];
    if (!range) levels.push(from);
    else if (to < from) levels.push(from, to);
    else for (let o = from; o <= to; o++) levels.push(o);
  }
  return levels;
}

/**
 * The occurrences of the owner row `owner`'s complications in `table`, in a patient
 * whose dates are of kind `kind`; one without `on` has the day `undated`. A
 * complication without a kind (a syntax error) is none.
 */
function occurrences(tree: SyntaxTree, cursor: ItemCursor, owner: number, kind: DateKindName | undefined, undated: number | undefined): ComplicationOccurrence[] {
  rowsOf(cursor, owner);
  const { first, end } = cursor;
  if (end <= first) return NONE;
  const table = cursor.table;
  const out: ComplicationOccurrence[] = [];
  for (let row = first; row < end; row++) {
    const name = table.int(row, COMPLICATION.kind);
    if (name < 0) continue;
    const date = table.int(row, COMPLICATION.date);
    out.push({
      kind: tree.words.text(name),
      day: date < 0 ? undated : itemDay(tree, date, kind),
      levels: occurrenceLevels(tree, table, row),
      symptomatic: table.int(row, COMPLICATION.symptomatic) >= 0,
    });
  }
  return out;
}

/** The patient row `owner`'s `followup` lines; a status not written is `completed`. */
function followupLines(tree: SyntaxTree, cursor: ItemCursor, owner: number, kind: DateKindName | undefined): FollowUpLine[] {
  const table = cursor.table;
  rowsOf(cursor, owner);
  const first = cursor.first;
  const count = cursor.end - first;
  if (count <= 0) return NONE;
  const out = new Array<FollowUpLine>(count);
  for (let i = 0; i < count; i++) {
    const row = first + i;
    const word = table.int(row, FOLLOW_UP.status);
    const status = word < 0 ? undefined : tree.words.text(word);
    out[i] = { day: itemDay(tree, table.int(row, FOLLOW_UP.until), kind), status: status === "lost" ? "lost" : status === "died" ? "died" : "completed" };
  }
  return out;
}

/** Where the walk over the patients is in the tables of their items (item-cursor.ts). */
interface ItemCursors {
  readonly procedureComplications: ItemCursor;
  readonly patientComplications: ItemCursor;
  readonly followups: ItemCursor;
}

/**
 * Patient row `p` as the complications and the follow-up read it: its procedures'
 * and its own complications, its `followup` lines. The patients are read in order,
 * each once, from the rows: a procedure's role, day and levels as the linked model
 * has them (cohort-model.ts linkPatient), without linking the patient.
 */
function v2Patient(tree: SyntaxTree, p: number, cursors: ItemCursors): V2Patient {
  const kind = patientKind(tree, p);
  const mixedDates = dateKinds(tree, p) === 3;
  const first = tree.patients.firstProcedure(p);
  const procedures = new Array<ComplicationProcedure>(tree.patients.procedureCount(p));
  for (let i = 0; i < procedures.length; i++) {
    const row = first + i;
    const day = procedureDay(tree, row, mixedDates);
    procedures[i] = { role: procedureRole(tree, row), day, levels: procedureLevels(tree, row), complications: occurrences(tree, cursors.procedureComplications, row, kind, day) };
  }
  return {
    procedures,
    complications: occurrences(tree, cursors.patientComplications, p, kind, undefined),
    followups: followupLines(tree, cursors.followups, p, kind),
  };
}

/**
 * Every patient, read from the rows when the figures come to it: made in one pass
 * and dropped after it, a patient's objects never outlive their turn (kept, the
 * 10,000 patients of a registry were copied by the engine's young collector). No
 * patient is linked here: the figures link only those with an interval (figures.ts).
 */
function v2Patients(model: CohortModel): Iterable<V2Patient> {
  return {
    *[Symbol.iterator]() {
      const tree = model.tree;
      const cursors: ItemCursors = {
        procedureComplications: itemCursor(procedureComplicationRows(tree)),
        patientComplications: itemCursor(patientComplicationRows(tree)),
        followups: itemCursor(followUpRows(tree)),
      };
      for (let p = 0; p < model.patientCount; p++) yield v2Patient(tree, p, cursors);
    },
  };
}

/**
 * Whether a patient may hold a version-2 item: false only when the syntax tree's
 * list of generic items (tree/syntax-tree.ts `items`) is known to be empty, so a
 * version-1 registry is not read node by node for nothing.
 */
export function mayHaveV2Items(model: CohortModel): boolean {
  const items = (model as { readonly tree?: { readonly itemCount?: number } }).tree?.itemCount;
  return items === undefined || items > 0;
}

/** The version-2 input of the cohort's figures; undefined for a cohort with no version-2 item at all (the figures of withoutV2Items). */
export function v2Input(model: CohortModel): CohortV2Input | undefined {
  const study = model.study;
  if (!mayHaveV2Items(model) && (study === undefined || (study.visits.length === 0 && study.complications.length === 0))) return undefined;
  const visits = visitSchedule(study);
  const visitScores = visitScoresOf(model, [...new Set(visits.map((v) => v.id))]);
  return { visits, visitScores, complicationKinds: complicationKindsOf(study), patients: v2Patients(model) };
}
