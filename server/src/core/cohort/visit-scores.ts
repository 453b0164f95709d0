/**
 * What the figures of visits read (visit-roles.ts): for one measure, the scores
 * of the procedures that score it at a declared visit, as the linked model hands
 * them over (model/v2-input.ts), already under its first-counts rules.
 *
 * A table of numbers, not an object per procedure: one row per procedure, in
 * text order, with its role, its score before and its score at each declared
 * visit. A map of visit scores for each procedure and measure was the largest
 * cost of the version-2 figures: at 10,000 patients some 30,000 maps, alive
 * until the figures were done, which the engine's young collector copied, and
 * a map lookup for each of them and each visit. Measured for issue 34 (the
 * figures of a 10,000-patient version-2 cohort, median of 60): 125-130 ms with
 * the maps, 78 ms with the tables.
 */
import type { Role } from "./types";

export interface VisitScoreTable {
  /** The declared visit ids, each once: the columns of `at`. */
  readonly visits: readonly string[];
  /** How many rows are filled. */
  rows: number;
  /** 1 for a repeat procedure, 0 for an initial one. */
  repeat: Uint8Array;
  /** The score before the procedure, as written: NaN when not recorded (`?`, or no outcome of the measure). */
  before: Float64Array;
  /** Row r's score at visit v, `at[r * visits.length + v]`, as written: NaN when not recorded. */
  at: Float64Array;
}

/**
 * A table with no row yet, with a column for each of `visits` (declared ids, each
 * once), and room for `room` rows before the columns grow (by doubling).
 */
export function emptyVisitScores(visits: readonly string[], room = 64): VisitScoreTable {
  const rows = Math.max(1, room);
  return {
    visits,
    rows: 0,
    repeat: new Uint8Array(rows),
    before: new Float64Array(rows),
    at: new Float64Array(rows * visits.length).fill(NaN),
  };
}

/** Adds the row of a procedure of role `role` whose score before is `before` (NaN: not recorded), with no score at any visit yet; returns its number. */
export function addProcedureRow(table: VisitScoreTable, role: Role, before: number): number {
  const row = table.rows;
  if (row === table.before.length) grow(table);
  table.repeat[row] = role === "repeat" ? 1 : 0;
  table.before[row] = before;
  table.rows++;
  return row;
}

/** Sets row `row`'s score at the visit of column `visit` (NaN: not recorded). */
export function setVisitScore(table: VisitScoreTable, row: number, visit: number, score: number): void {
  table.at[row * table.visits.length + visit] = score;
}

/** How many rows are of repeat procedures. */
export function repeatRows(table: VisitScoreTable): number {
  let repeats = 0;
  for (let row = 0; row < table.rows; row++) repeats += table.repeat[row]!;
  return repeats;
}

/** The score of row `row` at the visit of column `visit`: NaN when not recorded. */
export function visitScore(table: VisitScoreTable, row: number, visit: number): number {
  return table.at[row * table.visits.length + visit]!;
}

function grow(table: VisitScoreTable): void {
  const room = table.before.length * 2;
  const repeat = new Uint8Array(room);
  repeat.set(table.repeat);
  const before = new Float64Array(room);
  before.set(table.before);
  const at = new Float64Array(room * table.visits.length).fill(NaN);
  at.set(table.at);
  table.repeat = repeat;
  table.before = before;
  table.at = at;
}
