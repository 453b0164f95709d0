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
import { namedBy, namedWords, type NamedWords } from "./named-words";

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

/** The visit scores of the cohort as its procedures are read. */
interface ScoreReading {
  readonly tree: SyntaxTree;
  /** The visit blocks, walked procedure by procedure (item-cursor.ts). */
  readonly visits: ItemCursor;
  readonly scores: ItemTable;
  /** For each visit column, the number of the last procedure a block of it was read in: only the first block counts. */
  readonly visitReadIn: Int32Array;
  /** The visit column a visit id names, and the measure a score names: a few words written tens of thousands of times. */
  readonly columnOf: NamedWords<number>;
  readonly measureOf: NamedWords<MeasureReading>;
  procedures: number;
  blocks: number;
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
    const column = namedBy(reading.columnOf, id);
    if (column === undefined || visitReadIn[column] === number) continue;
    visitReadIn[column] = number;
    const block = reading.blocks++;
    const firstScore = listFirst(visits, visit, VISIT.scores);
    const endScore = firstScore + listCount(visits, visit, VISIT.scores);
    for (let s = firstScore; s < endScore; s++) {
      const word = scores.int(s, SCORE.measure);
      const measure = word < 0 ? undefined : namedBy(reading.measureOf, word);
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
  const measures: MeasureReading[] = defs.map((def) => ({ def, table: emptyVisitScores(visitIds, procedures), procedure: -1, row: -1, block: -1 }));
  const reading: ScoreReading = {
    tree,
    visits: itemCursor(visitRows(tree)),
    scores: visitScoreRows(tree),
    visitReadIn: new Int32Array(visitIds.length).fill(-1),
    columnOf: namedWords(tree, new Map(visitIds.map((id, column) => [id, column]))),
    measureOf: namedWords(tree, new Map(measures.map((m) => [m.def.name, m]))),
    procedures: 0,
    blocks: 0,
  };
  for (let p = 0; p < model.patientCount; p++) {
    const first = tree.patients.firstProcedure(p);
    const end = first + tree.patients.procedureCount(p);
    for (let row = first; row < end; row++) addScores(reading, row);
  }
  for (const m of measures) if (m.table.rows > 0) out.set(m.def.name, m.table);
  return out;
}
