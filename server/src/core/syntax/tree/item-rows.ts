/**
 * The generic items for what reads every one of them (the checks, the figures): the columns of their rows in the item tables (item-tables.ts), found once
 * by name, read directly rather than through views, which make an object at each read.
 */
import type { Span } from "../ast";
import { ITEM_SHAPES, shapeOf, type ItemField, type ItemTable } from "./item-tables";
import type { SyntaxTree } from "./syntax-tree";

function fieldOf(shape: number, name: string): ItemField {
  const field = ITEM_SHAPES[shape]!.fields.find((f) => f.name === name);
  if (field === undefined) throw new Error(`The item ${ITEM_SHAPES[shape]!.item.node} has no field ${name}`);
  return field;
}

const VISITS = shapeOf("procedure", "visits");
const SCORES = fieldOf(VISITS, "scores").entries;
const PATIENT_COMPLICATIONS = shapeOf("patient", "complications");
const PROCEDURE_COMPLICATIONS = shapeOf("procedure", "complications");
const FOLLOW_UPS = shapeOf("patient", "followups");
const CEMENTS = shapeOf("procedure", "cements");
const RECURRENCES = shapeOf("patient", "recurrences");
const [AGES, SEXES, ETIOLOGIES] = [shapeOf("patient", "ages"), shapeOf("patient", "sexes"), shapeOf("patient", "etiologies")];

/** A visit block's columns: its id (a word), its date (a row of the dates), its scores (a list of SCORE rows). */
export const VISIT = { id: fieldOf(VISITS, "id").column, date: fieldOf(VISITS, "date").column, scores: fieldOf(VISITS, "scores").column };
/** A visit score's: its measure (a word), its score (where written; its value is the row's float `value`). */
export const SCORE = { measure: fieldOf(SCORES, "measure").column, score: fieldOf(SCORES, "score").column, value: fieldOf(SCORES, "score").float };
/**
 * A complication's, in a patient and in a procedure alike (one item, so one layout):
 * its kind (a word), its date, its levels, `symptomatic` (where written).
 */
export const COMPLICATION = {
  kind: fieldOf(PATIENT_COMPLICATIONS, "kind").column,
  date: fieldOf(PATIENT_COMPLICATIONS, "date").column,
  levels: fieldOf(PATIENT_COMPLICATIONS, "levels").column,
  symptomatic: fieldOf(PATIENT_COMPLICATIONS, "symptomatic").column,
};
/** A `followup` line's: its `until` date, its status (a word: `lost`, `died`). */
export const FOLLOW_UP = { until: fieldOf(FOLLOW_UPS, "until").column, status: fieldOf(FOLLOW_UPS, "status").column };
/** A `cement N ml` line's: its volume (a row of the numbers). */
export const CEMENT = { volume: fieldOf(CEMENTS, "volume").column };
/** A `recurrence` line's: its date, its levels (a list of item levels). */
export const RECURRENCE = { date: fieldOf(RECURRENCES, "date").column, levels: fieldOf(RECURRENCES, "levels").column };
/** The patient fields': an age's value (a row of the numbers), a sex's (a word), an etiology's word or text (a row of the item strings). */
export const AGE = { value: fieldOf(AGES, "value").column };
export const SEX = { value: fieldOf(SEXES, "value").column };
export const ETIOLOGY = { word: fieldOf(ETIOLOGIES, "word").column, text: fieldOf(ETIOLOGIES, "text").column };

/** The tables of the items. */
export const visitRows = (tree: SyntaxTree): ItemTable => tree.itemTables[VISITS]!;
export const visitScoreRows = (tree: SyntaxTree): ItemTable => tree.itemTables[SCORES]!;
export const patientComplicationRows = (tree: SyntaxTree): ItemTable => tree.itemTables[PATIENT_COMPLICATIONS]!;
export const procedureComplicationRows = (tree: SyntaxTree): ItemTable => tree.itemTables[PROCEDURE_COMPLICATIONS]!;
export const followUpRows = (tree: SyntaxTree): ItemTable => tree.itemTables[FOLLOW_UPS]!;
export const cementRows = (tree: SyntaxTree): ItemTable => tree.itemTables[CEMENTS]!;
export const recurrenceRows = (tree: SyntaxTree): ItemTable => tree.itemTables[RECURRENCES]!;
export const ageRows = (tree: SyntaxTree): ItemTable => tree.itemTables[AGES]!;
export const sexRows = (tree: SyntaxTree): ItemTable => tree.itemTables[SEXES]!;
export const etiologyRows = (tree: SyntaxTree): ItemTable => tree.itemTables[ETIOLOGIES]!;

/** The list at `column` of row `row`: its first row in its table (-1: empty), and how many rows it has. */
export const listFirst = (table: ItemTable, row: number, column: number): number => table.int(row, column);
export const listCount = (table: ItemTable, row: number, column: number): number => table.int(row, column + 1);

/** Where the word at `column` of row `row` is written (its number is `table.int(row, column)`, -1 when not written). */
export function wordSpan(tree: SyntaxTree, table: ItemTable, row: number, column: number): Span {
  const start = table.int(row, column + 1);
  return { start, end: start + tree.words.length(table.int(row, column)) };
}

/** The value of visit score `row` (`scores`: visitScoreRows): NaN for `?` or a score not written. */
export function scoreValue(scores: ItemTable, row: number): number {
  return scores.int(row, SCORE.score) < 0 ? NaN : scores.float(row, SCORE.value);
}

/** Where the score at `column` of row `row` is written (start -1: not written). */
export function scoreSpan(table: ItemTable, row: number, column: number): Span {
  return { start: table.int(row, column), end: table.int(row, column + 1) };
}
