/**
 * The procedures' scores at the study's visits as the figures of visits read
 * them (cohort/visit-scores.ts): for each reported measure, a row per procedure
 * that scores it at a declared visit, with its role, its score before and its
 * score at each visit. Part of the version-2 input (v2-input.ts).
 *
 * The first-counts rules (cohort/visit-roles.ts): the first outcome of a measure
 * in a procedure gives its score before; the first block of a visit id in a
 * procedure, and in it the first score of the measure, its score at that visit.
 *
 * Read from the syntax tree's rows (syntax/tree/item-rows.ts), with no patient
 * linked: a procedure's role is read from its row as linking reads it
 * (cohort-model.ts `procedureRole`).
 */
import { firstOutcome, reportedMeasures } from "../cohort/scores";
import { addProcedureRow, emptyVisitScores, setVisitScore, type VisitScoreTable } from "../cohort/visit-scores";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import type { ItemTable } from "../syntax/tree/item-tables";
import { listCount, listFirst, SCORE, scoreValue, VISIT, visitRows, visitScoreRows } from "../syntax/tree/item-rows";
import { procedureRole, type CohortModel, type MeasureDef } from "./cohort-model";
import { itemCursor, rowsOf, type ItemCursor } from "./item-cursor";

/** One reported measure's table as the procedures are read. */
interface MeasureReading {
  readonly def: MeasureDef;
  readonly table: VisitScoreTable;
  /** The number of the procedure whose row was added last, and that row. */
  procedure: number;
  row: number;
  /** The number of the visit block whose score of the measure was read last: only its first counts. */
  block: number;
}

/** Not yet looked up, in `ScoreReading`'s tables by word. */
const UNKNOWN = -2;

/** The visit scores of the cohort as its procedures are read. */
interface ScoreReading {
  readonly tree: SyntaxTree;
  /** The visit blocks, walked procedure by procedure (item-cursor.ts). */
  readonly visits: ItemCursor;
  readonly scores: ItemTable;
  /** The declared visit ids, each once: the tables' columns. */
  readonly visitIds: readonly string[];
  readonly measures: readonly MeasureReading[];
  /** For each visit column, the number of the last procedure a block of it was read in: only the first block counts. */
  readonly visitReadIn: Int32Array;
  /**
   * By word number: the visit column a visit id names, the index in `measures` of
   * the measure a score names (-1: none; UNKNOWN until looked up). A few words
   * named tens of thousands of times: looked up once each.
   */
  readonly columnOfWord: Int32Array;
  readonly measureOfWord: Int32Array;
  procedures: number;
  blocks: number;
}

/** The visit column of visit id `word`: -1 for a visit not declared (VC701). */
function columnOf(reading: ScoreReading, word: number): number {
  const known = reading.columnOfWord[word]!;
  if (known !== UNKNOWN) return known;
  return (reading.columnOfWord[word] = reading.visitIds.indexOf(reading.tree.words.text(word)));
}

/** The reading of the measure word `word` names; undefined when it is not a reported measure. */
function measureOf(reading: ScoreReading, word: number): MeasureReading | undefined {
  let known = reading.measureOfWord[word]!;
  if (known === UNKNOWN) {
    const name = reading.tree.words.text(word);
    known = reading.measures.findIndex((m) => m.def.name === name);
    reading.measureOfWord[word] = known;
  }
  return known < 0 ? undefined : reading.measures[known];
}

/** One procedure's scores at the declared visits, the procedure in row `row` of the syntax tree. */
function addScores(reading: ScoreReading, row: number): void {
  const { tree, scores, visitReadIn } = reading;
  const visits = reading.visits.table;
  rowsOf(reading.visits, row);
  const { first, end } = reading.visits;
  if (end === first) return;
  const number = reading.procedures++;
  for (let visit = first; visit < end; visit++) {
    const id = visits.int(visit, VISIT.id);
    if (id < 0) continue;
    // A visit not declared (VC701) has no column; only a procedure's first block of a visit (VC702) counts.
    const column = columnOf(reading, id);
    if (column < 0 || visitReadIn[column] === number) continue;
    visitReadIn[column] = number;
    const block = reading.blocks++;
    const firstScore = listFirst(visits, visit, VISIT.scores);
    const endScore = firstScore + listCount(visits, visit, VISIT.scores);
    for (let s = firstScore; s < endScore; s++) {
      const word = scores.int(s, SCORE.measure);
      const measure = word < 0 ? undefined : measureOf(reading, word);
      if (measure === undefined || measure.block === block) continue;
      measure.block = block;
      if (measure.procedure !== number) {
        const outcome = firstOutcome(tree, { row }, measure.def);
        measure.procedure = number;
        measure.row = addProcedureRow(measure.table, procedureRole(tree, row), outcome < 0 ? NaN : tree.outcomes.before(outcome));
      }
      setVisitScore(measure.table, measure.row, column, scoreValue(scores, s));
    }
  }
}

/** Reported measure name → its table of scores at the visits `visitIds` (declared ids, each once); none for a measure no procedure scores at one. */
export function visitScoresOf(model: CohortModel, visitIds: readonly string[]): Map<string, VisitScoreTable> {
  const out = new Map<string, VisitScoreTable>();
  const defs = reportedMeasures(model);
  if (visitIds.length === 0 || defs.length === 0) return out;
  const tree = model.tree;
  // A row per procedure at most: room for them all, so that no table grows.
  let procedures = 0;
  for (let p = 0; p < model.patientCount; p++) procedures += tree.patients.procedureCount(p);
  const reading: ScoreReading = {
    tree,
    visits: itemCursor(visitRows(tree)),
    scores: visitScoreRows(tree),
    visitIds,
    measures: defs.map((def) => ({ def, table: emptyVisitScores(visitIds, procedures), procedure: -1, row: -1, block: -1 })),
    visitReadIn: new Int32Array(visitIds.length).fill(-1),
    columnOfWord: new Int32Array(tree.words.count).fill(UNKNOWN),
    measureOfWord: new Int32Array(tree.words.count).fill(UNKNOWN),
    procedures: 0,
    blocks: 0,
  };
  for (let p = 0; p < model.patientCount; p++) {
    const first = tree.patients.firstProcedure(p);
    const end = first + tree.patients.procedureCount(p);
    for (let row = first; row < end; row++) addScores(reading, row);
  }
  for (const m of reading.measures) if (m.table.rows > 0) out.set(m.def.name, m.table);
  return out;
}
