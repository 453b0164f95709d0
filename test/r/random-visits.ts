/**
 * Random visit scores for the check of the per-visit ROLEs against R
 * (figures-against-r.rtest.ts): for one measure, procedures of both roles with a
 * score before and scores at some of the study's visits, as the linked model
 * hands them to the figures (`VisitScoreTable`), and beside them, kept by the
 * generator as it draws them, the pairs (before, at the visit) that R is to
 * compute each visit's ROLE from.
 *
 * Some scores are not recorded or out of the measure's range, and some visits
 * are not declared, so that the pairs R gets are only those the spec counts.
 */
import type { VisitDecl } from "../../server/src/core/cohort/types";
import type { VisitScoreTable } from "../../server/src/core/cohort/visit-scores";
import { visitScoreTable, type ProcedureScores } from "../cohort/visit-score-table";
import { decimal, Draw, SCALES, seeded, type PairsData, type Scale } from "./random-cohort";

export interface RandomVisits {
  readonly scale: Scale;
  readonly visits: VisitDecl[];
  readonly procedures: VisitScoreTable;
  /** Key `VISIT.ROLE` → the pairs as written (`measure` is the visit id). */
  readonly pairs: Map<string, PairsData>;
}

const VISIT_IDS = ["w1", "w6", "m3", "m6", "y1"];

export function randomVisits(seed: number, maxProcedures: number): RandomVisits {
  const draw = new Draw(seeded(seed));
  const scale = draw.pick(SCALES);
  const visits: VisitDecl[] = VISIT_IDS.filter(() => draw.chance(0.6)).map((id, i) => ({ id, label: id, day: 7 * (i + 1), window: 0 }));
  if (visits.length === 0) visits.push({ id: "w6", label: "6 weeks", day: 42, window: 14 });
  const pairs = new Map<string, PairsData>();
  for (const v of visits) {
    for (const role of ["initial", "repeat"] as const) {
      pairs.set(`${v.id}.${role}`, { measure: v.id, role, better: scale.better, min: scale.min, max: scale.max, before: [], after: [] });
    }
  }
  const units = (scale.max - scale.min) * 10 ** scale.places;
  /** A score as written, or `undefined` for `?`; `valid` false when it is out of range. */
  const score = (): { text: string | undefined; valid: boolean } => {
    if (draw.chance(0.06)) return { text: undefined, valid: false };
    if (draw.chance(0.03)) return { text: String(scale.max + 1), valid: false };
    return { text: decimal(draw.int(0, units) + scale.min * 10 ** scale.places, scale.places), valid: true };
  };
  const procedures: ProcedureScores[] = [];
  for (let k = draw.int(0, maxProcedures); k > 0; k--) {
    const role = draw.chance(0.4) ? "repeat" : "initial";
    const before = score();
    const atVisits = new Map<string, number | undefined>();
    for (const id of VISIT_IDS) {
      if (!draw.chance(0.7)) continue;
      const at = score();
      atVisits.set(id, at.text === undefined ? undefined : Number(at.text));
      const data = pairs.get(`${id}.${role}`);
      if (data === undefined || !before.valid || !at.valid) continue; // undeclared, `?` or out of range
      data.before.push(before.text!);
      data.after.push(at.text!);
    }
    procedures.push({ role, before: before.text === undefined ? undefined : Number(before.text), visits: atVisits });
  }
  return { scale, visits, procedures: visitScoreTable(procedures), pairs };
}
