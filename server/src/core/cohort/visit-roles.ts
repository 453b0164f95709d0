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
 * - What the linked model hands over (`VisitScores`) already applies the
 *   first-counts rules: the first outcome of the measure in the procedure
 *   (VC104) gives the score before; the first block of a visit in a procedure
 *   (VC702), and in it the first score of the measure (VC104), the visit's score.
 */
import { addPair, emptyColumns, type PairColumns } from "./complete-pairs";
import { roleFigures } from "./measure-figures";
import { recordedScore, type MeasureScale } from "./scores";
import type { Role, RoleFigures, VisitDecl, VisitRoles } from "./types";

/** One procedure's scores of one measure: before it, and at each visit it records. */
export interface VisitScores {
  readonly role: Role;
  /**
   * The score before the procedure, as written: `undefined` (or NaN) when not
   * recorded (`?`, or no outcome of the measure in the procedure).
   */
  readonly before: number | undefined;
  /** Visit id → the score at that visit, as written; `undefined` (or NaN) for `?`. */
  readonly visits: ReadonlyMap<string, number | undefined>;
}

/** Room for a few dozen pairs: a study has a handful of visits, each its own columns. */
const FIRST_ROOM = 32;

/**
 * The ROLEs of one measure at every declared visit, for each role. The declared
 * visits are looked up in each procedure's scores, one by one: a handful of map
 * lookups, and nothing made per procedure.
 */
export function visitRoles(def: MeasureScale, visits: readonly VisitDecl[], procedures: Iterable<VisitScores>): VisitRoles {
  const ids = [...new Set(visits.map((v) => v.id))];
  const initial = ids.map(() => emptyColumns(FIRST_ROOM));
  const repeat = ids.map(() => emptyColumns(FIRST_ROOM));
  for (const proc of procedures) {
    if (proc.visits.size === 0) continue;
    const before = recordedScore(proc.before ?? NaN, def);
    if (before === null) continue;
    const columns = proc.role === "initial" ? initial : repeat;
    for (let v = 0; v < ids.length; v++) {
      const atVisit = recordedScore(proc.visits.get(ids[v]!) ?? NaN, def);
      if (atVisit !== null) addPair(columns[v]!, before, atVisit);
    }
  }
  const rolesOf = (columns: readonly PairColumns[]) => new Map<string, RoleFigures>(ids.map((id, v) => [id, roleFigures(def, columns[v]!)]));
  return { initial: rolesOf(initial), repeat: rolesOf(repeat) };
}

/** A measure's visit ROLEs when the study declares no visit. */
export const NO_VISIT_ROLES: VisitRoles = { initial: new Map(), repeat: new Map() };
