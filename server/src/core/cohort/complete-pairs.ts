/**
 * The complete before/after pairs of spec §5: for each reported measure and role,
 * the procedures that record the measure with both scores present (and in range —
 * see scores.ts), as two columns in source order.
 *
 * The figures read every procedure once (figures.ts), and each procedure's
 * outcomes (rows of the syntax tree) are read once for all measures.
 *
 * Plain objects and arrays rather than class instances: V8 keeps the shape of an
 * object literal as long as the code that makes it, while the shape of a class
 * instance with fields goes with the last instance. A full garbage collection
 * between two computations then throws away the optimised code of the loop that
 * reads them, and the next computation runs it slowly until it is optimised again.
 * Measured for issue 33 (10,000 patients, each analysis after a full collection):
 * 49 ms of CPU with literals, 64 ms with a class.
 */
import type { MeasureDef, Role } from "../model/cohort-model";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import { recordedScore } from "./scores";

/**
 * The pairs of one measure and role: `before[i]` and `after[i]` are one
 * procedure's scores, for i below `length`. Typed arrays, grown by doubling: tens
 * of thousands of scores cost a few allocations outside the JavaScript heap, and
 * the statistics read one kind of list.
 */
export interface PairColumns {
  before: Float64Array;
  after: Float64Array;
  length: number;
}

/** No pairs yet, room for `room` before the columns grow. */
export function emptyColumns(room = 256): PairColumns {
  return { before: new Float64Array(room), after: new Float64Array(room), length: 0 };
}

export function addPair(columns: PairColumns, before: number, after: number): void {
  if (columns.length === columns.before.length) {
    columns.before = doubled(columns.before);
    columns.after = doubled(columns.after);
  }
  columns.before[columns.length] = before;
  columns.after[columns.length] = after;
  columns.length++;
}

function doubled(column: Float64Array): Float64Array {
  const larger = new Float64Array(Math.max(16, column.length * 2));
  larger.set(column);
  return larger;
}

/** The scores before, one per pair. */
export function beforeScores(columns: PairColumns): Float64Array {
  return columns.before.subarray(0, columns.length);
}

/** The scores after, one per pair. */
export function afterScores(columns: PairColumns): Float64Array {
  return columns.after.subarray(0, columns.length);
}

export interface MeasurePairs {
  readonly def: MeasureDef;
  readonly initial: PairColumns;
  readonly repeat: PairColumns;
  /** The number of the last procedure whose outcome of this measure was read: only its first counts. */
  lastProcedure: number;
}

/** Empty pairs for each of `defs`, in that order, to fill with `addPairs`. */
export function emptyPairs(defs: readonly MeasureDef[]): MeasurePairs[] {
  return defs.map((def) => ({ def, initial: emptyColumns(), repeat: emptyColumns(), lastProcedure: -1 }));
}

/**
 * Adds the complete pairs of the procedure in row `row` of the syntax tree, whose
 * role is `role`, numbered `procedureNumber` (each procedure a different number).
 */
export function addPairs(measures: readonly MeasurePairs[], tree: SyntaxTree, row: number, role: Role, procedureNumber: number): void {
  const { procedures, outcomes, words } = tree;
  const first = procedures.firstOutcome(row);
  const end = first + procedures.outcomeCount(row);
  for (let o = first; o < end; o++) {
    const pairs = measureNamed(measures, words.text(outcomes.measure(o)));
    if (pairs === undefined || pairs.lastProcedure === procedureNumber) continue;
    pairs.lastProcedure = procedureNumber;
    const before = recordedScore(outcomes.before(o), pairs.def);
    const after = recordedScore(outcomes.after(o), pairs.def);
    if (before === null || after === null) continue;
    addPair(role === "initial" ? pairs.initial : pairs.repeat, before, after);
  }
}

/** A study declares a handful of measures: a search is quicker than a map. */
function measureNamed(measures: readonly MeasurePairs[], name: string): MeasurePairs | undefined {
  for (let i = 0; i < measures.length; i++) if (measures[i]!.def.name === name) return measures[i];
  return undefined;
}
