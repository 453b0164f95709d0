/**
 * Visit scores as a test writes them, one procedure at a time (role, score
 * before, visit id → score at it), put into the table the linked model hands the
 * figures (cohort/visit-scores.ts), with the table's own functions.
 */
import type { Role } from "../../server/src/core/cohort/types";
import { addProcedureRow, emptyVisitScores, setVisitScore, type VisitScoreTable } from "../../server/src/core/cohort/visit-scores";

export interface ProcedureScores {
  readonly role: Role;
  /** `undefined` (or NaN) when not recorded. */
  readonly before: number | undefined;
  /** Visit id → the score at that visit; `undefined` (or NaN) for `?`. */
  readonly visits: ReadonlyMap<string, number | undefined>;
}

/** The table of one measure's `procedures`: a column for each visit id they name, a row for each procedure scoring it at a visit. */
export function visitScoreTable(procedures: readonly ProcedureScores[]): VisitScoreTable {
  const ids = [...new Set(procedures.flatMap((p) => [...p.visits.keys()]))];
  const table = emptyVisitScores(ids);
  for (const p of procedures) {
    if (p.visits.size === 0) continue;
    const row = addProcedureRow(table, p.role, p.before ?? NaN);
    for (const [id, score] of p.visits) setVisitScore(table, row, ids.indexOf(id), score ?? NaN);
  }
  return table;
}

/** Measure name → its table, from each measure's procedures. */
export function visitScoreTables(byMeasure: ReadonlyMap<string, readonly ProcedureScores[]>): Map<string, VisitScoreTable> {
  return new Map([...byMeasure].map(([name, procedures]) => [name, visitScoreTable(procedures)]));
}
