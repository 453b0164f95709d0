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

function columnsByVisit(visits: readonly VisitDecl[]): Map<string, PairColumns> {
  const out = new Map<string, PairColumns>();
  for (const v of visits) if (!out.has(v.id)) out.set(v.id, emptyColumns(FIRST_ROOM));
  return out;
}

function rolesOf(def: MeasureScale, columns: ReadonlyMap<string, PairColumns>): Map<string, RoleFigures> {
  const out = new Map<string, RoleFigures>();
  for (const [id, pairs] of columns) out.set(id, roleFigures(def, pairs));
  return out;
}

/** The ROLEs of one measure at every declared visit, for each role. */
export function visitRoles(def: MeasureScale, visits: readonly VisitDecl[], procedures: Iterable<VisitScores>): VisitRoles {
  const initial = columnsByVisit(visits);
  const repeat = columnsByVisit(visits);
  for (const proc of procedures) {
    const before = recordedScore(proc.before ?? NaN, def);
    if (before === null) continue;
    const columns = proc.role === "initial" ? initial : repeat;
    for (const [id, score] of proc.visits) {
      const pairs = columns.get(id);
      const atVisit = recordedScore(score ?? NaN, def);
      if (pairs !== undefined && atVisit !== null) addPair(pairs, before, atVisit);
    }
  }
  return { initial: rolesOf(def, initial), repeat: rolesOf(def, repeat) };
}

/** A measure's visit ROLEs when the study declares no visit. */
export const NO_VISIT_ROLES: VisitRoles = { initial: new Map(), repeat: new Map() };
