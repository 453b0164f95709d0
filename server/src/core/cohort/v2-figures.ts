/**
 * The figures of spec §9.4 that read the version-2 items (visits, complications,
 * follow-up), from what the linked model hands over: `CohortV2Input`, plain
 * data, one entry per patient, procedure or measure. The counting rules are in
 * visit-roles.ts, complications.ts and follow-up.ts; this file only brings them
 * together for `computeCohort` (figures.ts).
 *
 * Until the linked model reads the version-2 items, `computeCohort` passes
 * `withoutV2Items`: no visit, no complication kind, no `followup` line — the very
 * figures a file without version-2 items has (`visits` and `complications` `{}`,
 * follow-up recorded for none of the patients with a procedure).
 */
import type { MeasureScale } from "./scores";
import {
  complicationCount, complicationFiguresOf, countComplications,
  type ComplicationKind, type ComplicationOccurrence, type ComplicationPatient, type ComplicationProcedure,
} from "./complications";
import { countFollowUp, followUpCount, followUpFiguresOf, type FollowUpLine } from "./follow-up";
import type { ComplicationFigures, FollowUpFigures, VisitDecl, VisitRoles } from "./types";
import { NO_VISIT_ROLES, visitRoles } from "./visit-roles";
import type { VisitScoreTable } from "./visit-scores";

/** A patient as the complications and the follow-up read it (both a `ComplicationPatient` and a `FollowUpPatient`). */
export interface V2Patient extends ComplicationPatient {
  readonly procedures: readonly ComplicationProcedure[];
  readonly complications: readonly ComplicationOccurrence[];
  readonly followups: readonly FollowUpLine[];
}

export interface CohortV2Input {
  /** The study's `visit` declarations, in order (a duplicate id, VC705, is dropped here). */
  readonly visits: readonly VisitDecl[];
  /** Measure name → its scores at the declared visits, one row per procedure scoring it at one (none: no procedure does). */
  readonly visitScores: ReadonlyMap<string, VisitScoreTable>;
  /** The study's `complication` declarations, in order. */
  readonly complicationKinds: readonly ComplicationKind[];
  /**
   * Every patient block, in order. Read once: the linked model makes each patient
   * as it is read (model/v2-input.ts), so that none outlives its turn.
   */
  readonly patients: Iterable<V2Patient>;
}

export interface V2Figures {
  /** The declared visits, first declaration of each id, in order. */
  readonly visits: readonly VisitDecl[];
  /** Per measure name: its ROLE at each visit. */
  readonly visitRoles: ReadonlyMap<string, VisitRoles>;
  readonly complications: ReadonlyMap<string, ComplicationFigures>;
  readonly followup: FollowUpFigures;
}

function firstOfEachId(visits: readonly VisitDecl[]): VisitDecl[] {
  const byId = new Map<string, VisitDecl>();
  for (const v of visits) if (!byId.has(v.id)) byId.set(v.id, v);
  return [...byId.values()];
}

/** The version-2 figures of the `measures` the cohort reports (scores.ts `reportedMeasures`). */
export function v2Figures(input: CohortV2Input, measures: readonly (MeasureScale & { readonly name: string })[]): V2Figures {
  const visits = firstOfEachId(input.visits);
  const roles = new Map<string, VisitRoles>();
  for (const def of measures) {
    roles.set(def.name, visits.length === 0 ? NO_VISIT_ROLES : visitRoles(def, visits, input.visitScores.get(def.name)));
  }
  // The complications and the follow-up in one pass over the patients.
  const complications = complicationCount(input.complicationKinds);
  const followup = followUpCount();
  for (const patient of input.patients) {
    countComplications(complications, patient);
    countFollowUp(followup, patient);
  }
  return { visits, visitRoles: roles, complications: complicationFiguresOf(complications), followup: followUpFiguresOf(followup) };
}

/**
 * A procedure of a cohort without version-2 items. Its role and levels are read
 * by no figure: with no complication kind declared, no complication is counted.
 */
const PLAIN_PROCEDURE: ComplicationProcedure = { role: "initial", day: undefined, levels: new Set(), complications: [] };

/**
 * The input of a cohort whose model has no version-2 items: only how many
 * procedures each patient has (`procedureCounts[p]`), for the follow-up's n.
 * Patients with the same count share one entry: nothing in it is theirs.
 */
export function withoutV2Items(procedureCounts: Iterable<number>): CohortV2Input {
  const byCount: V2Patient[] = [];
  const patients: V2Patient[] = [];
  for (const count of procedureCounts) {
    byCount[count] ??= { procedures: new Array<ComplicationProcedure>(count).fill(PLAIN_PROCEDURE), complications: [], followups: [] };
    patients.push(byCount[count]);
  }
  return { visits: [], visitScores: new Map(), complicationKinds: [], patients };
}
