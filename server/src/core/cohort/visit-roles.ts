/**
 * Spec §9.4, visits: for each measure, role and declared visit V, a ROLE computed
 * exactly as the §5 ROLE with the score at V in place of the score after (`pre`
 * is still the score before), over the procedures of that role whose score
 * before and score at V are both recorded and in range, whether or not the
 * visit's date is inside its window. The ROLE itself is computed in one place,
 * `roleFigures` (measure-figures.ts): this file only gathers its pairs.
 *
 * Decisions where the spec is silent:
 * - A score at a visit outside the measure's range (VC101) counts as not
 *   recorded, as an out-of-range score after the procedure does (scores.ts).
 * - A visit dated on or before its procedure (VC704) still counts: the visit is
 *   named by its id, and the spec counts a visit whatever its date.
 * - A visit that is not declared (VC701) enters no figure. A visit declared twice
 *   (VC705) appears once, as first declared.
 * - What the linked model hands over (`VisitScoreTable`, visit-scores.ts)
 *   already applies the first-counts rules: the first outcome of the measure in
 *   the procedure (VC104) gives the score before; the first block of a visit in
 *   a procedure (VC702), and in it the first score of the measure (VC104), the
 *   visit's score.
 */
import { addPair, emptyColumns, type PairColumns } from "./complete-pairs";
import { roleFigures } from "./measure-figures";
import { recordedScore, type MeasureScale } from "./scores";
import type { RoleFigures, VisitDecl, VisitRoles } from "./types";
import { repeatRows, visitScore, type VisitScoreTable } from "./visit-scores";

/**
 * The ROLEs of one measure at every declared visit, for each role, from the
 * measure's table of visit scores (none: no procedure scores it at a visit).
 */
export function visitRoles(def: MeasureScale, visits: readonly VisitDecl[], scores: VisitScoreTable | undefined): VisitRoles {
  const ids = [...new Set(visits.map((v) => v.id))];
  // A pair per row at most: room for them all, so that no column grows.
  const repeats = scores === undefined ? 0 : repeatRows(scores);
  const initial = ids.map(() => emptyColumns(scores === undefined ? 0 : scores.rows - repeats));
  const repeat = ids.map(() => emptyColumns(repeats));
  // The table's column of each declared visit: -1 when it has none.
  const columns = ids.map((id) => (scores === undefined ? -1 : scores.visits.indexOf(id)));
  for (let row = 0; scores !== undefined && row < scores.rows; row++) {
    const before = recordedScore(scores.before[row]!, def);
    if (before === null) continue;
    const pairs = scores.repeat[row] === 1 ? repeat : initial;
    for (let v = 0; v < ids.length; v++) {
      if (columns[v]! < 0) continue;
      const atVisit = recordedScore(visitScore(scores, row, columns[v]!), def);
      if (atVisit !== null) addPair(pairs[v]!, before, atVisit);
    }
  }
  const rolesOf = (pairs: readonly PairColumns[]) => new Map<string, RoleFigures>(ids.map((id, v) => [id, roleFigures(def, pairs[v]!)]));
  return { initial: rolesOf(initial), repeat: rolesOf(repeat) };
}

/** A measure's visit ROLEs when the study declares no visit. */
export const NO_VISIT_ROLES: VisitRoles = { initial: new Map(), repeat: new Map() };
