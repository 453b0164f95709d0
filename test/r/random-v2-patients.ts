/**
 * Random patients for the check of the complication and follow-up figures
 * against an independent reading of spec §9.4 in R (v2-counts.R): the input the
 * linked model hands the figures (`V2Patient`), and the same patients as rows of
 * a table for R. Some procedures have no known day, some occurrences name levels
 * their procedure did not treat, or are dated before any procedure or not at
 * all, some kinds are not declared, some patients have two `followup` lines or
 * none, or no procedure: every rule of the count is reached.
 */
import type { ComplicationOccurrence, ComplicationProcedure } from "../../server/src/core/cohort/complications";
import type { FollowUpLine } from "../../server/src/core/cohort/follow-up";
import type { V2Patient } from "../../server/src/core/cohort/v2-figures";
import { Draw, seeded } from "./random-cohort";

export interface RandomV2Patients {
  readonly kinds: { id: string; label: string }[];
  readonly patients: V2Patient[];
  /** The same data for R, one row per line, tab-separated (see v2-counts.R). */
  readonly rows: string[];
}

const KINDS = ["leak", "fracture", "embolism", "infection"];
const STATUSES = ["completed", "lost", "died"] as const;

const na = (day: number | undefined) => (day === undefined ? "NA" : String(day));

export function randomV2Patients(seed: number, maxPatients: number): RandomV2Patients {
  const draw = new Draw(seeded(seed));
  const declared = KINDS.filter(() => draw.chance(0.7));
  const kinds = declared.map((id) => ({ id, label: `Kind ${id}` }));
  const rows = declared.map((id) => `kind\t${id}`);
  const day = (from: number) => (draw.chance(0.05) ? undefined : from + draw.int(0, 400));
  const someLevels = (pool: readonly number[]) => {
    const out = new Set<number>();
    for (let n = draw.int(0, 3); n > 0; n--) out.add(draw.chance(0.7) && pool.length > 0 ? draw.pick(pool) : draw.int(0, 28));
    return [...out];
  };
  const occurrence = (from: number, pool: readonly number[]): ComplicationOccurrence => ({
    kind: draw.chance(0.85) ? draw.pick(KINDS) : "undeclared",
    day: day(from - 100),
    levels: someLevels(pool),
    symptomatic: draw.chance(0.3),
  });
  const patients: V2Patient[] = [];
  for (let p = draw.int(0, maxPatients); p > 0; p--) {
    const pid = patients.length;
    const procedures: ComplicationProcedure[] = [];
    for (let k = draw.chance(0.1) ? 0 : draw.int(1, 3); k > 0; k--) {
      const levels = someLevels([]);
      if (levels.length === 0) levels.push(draw.int(0, 28));
      const role = procedures.length > 0 && draw.chance(0.5) ? "repeat" : "initial";
      const complications = Array.from({ length: draw.chance(0.6) ? 0 : draw.int(1, 3) }, () => occurrence(1000, levels));
      const proc = { role, day: day(1000), levels: new Set(levels), complications } as const;
      rows.push(`proc\t${pid}\t${procedures.length}\t${role}\t${na(proc.day)}\t${levels.join(",")}`);
      for (const o of complications) rows.push(`pocc\t${pid}\t${procedures.length}\t${o.kind}\t${[...o.levels].join(",")}\t${o.symptomatic}`);
      procedures.push(proc);
    }
    const complications = Array.from({ length: draw.chance(0.5) ? 0 : draw.int(1, 3) }, () => occurrence(1000, []));
    for (const o of complications) rows.push(`occ\t${pid}\t${o.kind}\t${na(o.day)}\t${o.symptomatic}`);
    const followups: FollowUpLine[] = Array.from({ length: draw.chance(0.3) ? 0 : draw.chance(0.8) ? 1 : 2 }, () => ({
      day: day(900),
      status: draw.pick(STATUSES),
    }));
    followups.forEach((f, order) => rows.push(`fu\t${pid}\t${order}\t${na(f.day)}\t${f.status}`));
    rows.push(`patient\t${pid}`);
    patients.push({ procedures, complications, followups });
  }
  return { kinds, patients, rows };
}
