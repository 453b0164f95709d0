/**
 * Outcomes over time (spec §9.6): for each measure and role, one row per time
 * point — before, after, then each declared visit in declaration order — with
 * the score as mean ± SD and its n, and, for after and each visit, the p-values
 * of the paired t-test and of the Wilcoxon signed-rank test against the score
 * before. Long rather than wide (a row per time point, not a column), so a
 * study with many visits still fits a page and a spreadsheet can filter it.
 *
 * Each row's figures are one ROLE of the figures (spec §5, §9.4): "after" is the
 * ROLE itself, a visit its ROLE at that visit; both tests of a row are over the
 * same n procedures. The "before" row is the ROLE's `pre`: over the procedures
 * with a score before and after. A role without any procedure is left out (a
 * series with no repeat shows no "Repeat" rows). Nothing is computed here.
 */
import type { CohortFigures, MeasureFigures, Role, RoleFigures } from "../cohort/types";
import { decimalsForRange } from "./format-numbers";
import { col, fromFile, type Cell, type Table, type Words } from "./table";

const ROLES: readonly Role[] = ["initial", "repeat"];

function tTestCell(r: RoleFigures): Cell {
  return r.tTest === null ? null : { kind: "p", p: r.tTest.p, method: null };
}

function wilcoxonCell(r: RoleFigures): Cell {
  return r.wilcoxon === null ? null : { kind: "p", p: r.wilcoxon.p, method: r.wilcoxon.exact ? "exact" : "approximate" };
}

function scoreRow(m: MeasureFigures, role: Role, time: Words, r: RoleFigures, which: "pre" | "post", decimals: number): Cell[] {
  const s = r[which];
  return [
    fromFile(m.def.label),
    role === "initial" ? "Initial" : "Repeat",
    time,
    { kind: "number", value: s.n },
    s.n === 0 ? null : { kind: "meanSd", stats: s, decimals },
    which === "pre" ? null : tTestCell(r),
    which === "pre" ? null : wilcoxonCell(r),
  ];
}

export function outcomesTable(figures: CohortFigures): Table {
  const rows: Cell[][] = [];
  for (const m of figures.measures.values()) {
    const d = decimalsForRange(m.def.min, m.def.max);
    for (const role of ROLES) {
      if (figures.procedures[role] === 0) continue;
      const r = m[role];
      rows.push(scoreRow(m, role, "Before", r, "pre", d), scoreRow(m, role, "After", r, "post", d));
      for (const v of figures.visits) {
        const atVisit = m.visits[role].get(v.id);
        if (atVisit !== undefined) rows.push(scoreRow(m, role, fromFile(v.label), atVisit, "post", d));
      }
    }
  }
  const visitsNote = figures.visits.length === 0 ? [] : [
    "At a visit, n counts the procedures of that role with a score before and a score at that visit; its p-values compare those two scores.",
  ];
  return {
    title: "Outcomes over time",
    columns: [
      col("Measure"),
      col("Procedure"),
      col("Time"),
      col("n", null, { holds: "number" }),
      col("Mean ± SD", null, { holds: "meanSd", of: "Score" }),
      col("Paired t-test p", null, { holds: "p", of: "t-test" }),
      col("Wilcoxon p", null, { holds: "p", of: "Wilcoxon" }),
    ],
    rows,
    notes: [
      "Before and after: n counts the procedures of that role with both scores; the p-values compare the score after with the score before.",
      ...visitsNote,
      "Paired t-test: two-sided one-sample t-test of the improvements against 0. Wilcoxon: two-sided signed-rank test, exact without zero differences or ties (and under 50 pairs), otherwise the normal approximation with continuity correction.",
      "SD: sample standard deviation. — : no figure (the t-test needs at least two pairs that do not all change alike; the Wilcoxon test a pair that changed).",
    ],
  };
}
