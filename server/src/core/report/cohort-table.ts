/**
 * The cohort summary as reviewers read it, one row per measure and role, in two
 * tables so each fits a printed page: the scores (before, after, improvement as
 * mean ± SD, median [IQR] and range) and the responses (responders, impaired,
 * improved among them, Wilcoxon p, exact or approximate said). A third small
 * table gives the intervals in days. Figures come from `analysis.figures` only;
 * this file picks them and their decimals, figure-text.ts rounds them for
 * reading, and nothing is computed here.
 *
 * Means, SDs, medians and quartiles get the decimals that suit the measure's
 * scale (`decimalsForRange`): one on 0–10, two on 0–4. A range (min–max) is
 * printed as whole numbers when both ends are whole.
 */
import type { CohortFigures, MeasureFigures, Role, Stats } from "../cohort/types";
import type { WilcoxonResult } from "../stats/types";
import { decimalsForRange } from "./format-numbers";
import { col, fromFile, type Cell, type Column, type Figure, type Prose, type Table, type Words } from "./table";

const ROLES: readonly Role[] = ["initial", "repeat"];

function stats(kind: "meanSd" | "medianIqr" | "range", s: Stats, decimals: number): Figure | null {
  return s.n === 0 ? null : { kind, stats: s, decimals };
}

function wilcoxonCell(w: Pick<WilcoxonResult, "p" | "exact"> | null): Cell {
  return w === null ? null : { kind: "p", p: w.p, method: w.exact ? "exact" : "approximate" };
}

function rowsOf(figures: CohortFigures, cells: (m: MeasureFigures, role: Role, decimals: number) => Cell[]): Cell[][] {
  return [...figures.measures.values()].flatMap((m) =>
    ROLES.map((role): Cell[] => [
      fromFile(m.def.label),
      role === "initial" ? "Initial" : "Repeat",
      { kind: "number", value: m[role].n },
      ...cells(m, role, decimalsForRange(m.def.min, m.def.max)),
    ]),
  );
}

const LEAD: readonly Column[] = [col("Measure"), col("Procedure"), col("n", null, { holds: "number" })];
const N_NOTE = "n counts the procedures of that role that record both scores of the measure; every figure of the row is over them.";

export function cohortScoreTable(figures: CohortFigures): Table {
  const trio = (group: string) => [
    col("mean ± SD", group, { holds: "meanSd" }),
    col("median [IQR]", group, { holds: "medianIqr" }),
    col("range", group, { holds: "range" }),
  ];
  return {
    title: "Cohort summary: scores",
    columns: [...LEAD, ...trio("Before"), ...trio("After"), ...trio("Improvement")],
    rows: rowsOf(figures, (m, role, d) =>
      [m[role].pre, m[role].post, m[role].improvement].flatMap((s) => [stats("meanSd", s, d), stats("medianIqr", s, d), stats("range", s, d)]),
    ),
    notes: [
      N_NOTE,
      "Improvement is positive when the score moved in the better direction of the scale.",
      "SD: sample standard deviation; IQR: first to third quartile (type 7).",
    ],
  };
}

function thresholdsNote(figures: CohortFigures): Prose {
  const withThreshold = [...figures.measures.values()].filter((m) => m.def.responder !== null);
  if (withThreshold.length === 0) return "Responders: no measure declares a responder threshold.";
  const parts: Words[] = ["Responders: improvement of at least the measure's responder threshold ("];
  withThreshold.forEach((m, i) => {
    if (i > 0) parts.push("; ");
    parts.push(fromFile(m.def.label), `, at least ${m.def.responder} point${m.def.responder === 1 ? "" : "s"}`);
  });
  parts.push(").");
  return parts;
}

export function cohortResponseTable(figures: CohortFigures): Table {
  const among = "Among the impaired";
  return {
    title: "Cohort summary: responses",
    columns: [
      ...LEAD,
      col("Responders", null, { holds: "count" }),
      col("Impaired before", null, { holds: "count" }),
      col("improved", among, { full: "Improved, of the impaired", holds: "count", of: "Improved among the impaired" }),
      col("improvement, mean ± SD", among, { full: "Improvement of the impaired, mean ± SD", holds: "meanSd", of: "Improvement among the impaired" }),
      col("after, mean ± SD", among, { full: "After, of the impaired, mean ± SD", holds: "meanSd", of: "After among the impaired" }),
      col("Wilcoxon p", null, { holds: "p", of: "Wilcoxon" }),
    ],
    rows: rowsOf(figures, (m, role, d) => {
      const r = m[role];
      return [
        r.responders === null ? null : { kind: "count", of: r.responders },
        { kind: "count", of: r.impaired },
        { kind: "count", of: r.improvedAmongImpaired },
        stats("meanSd", r.improvementAmongImpaired, d),
        stats("meanSd", r.postAmongImpaired, d),
        wilcoxonCell(r.wilcoxon),
      ];
    }),
    notes: [
      N_NOTE,
      thresholdsNote(figures),
      "Impaired: a score before the procedure worse than the best score of the scale; improved: any improvement.",
      "k/n (%): the percentage is rounded to a whole number.",
      "Wilcoxon p: two-sided signed-rank test of before against after; exact without zero differences or ties, otherwise the normal approximation with continuity correction.",
    ],
  };
}

function intervalRow(label: string, s: Stats): Cell[] {
  const d = s.min !== null && s.max !== null ? decimalsForRange(s.min, s.max) : 1;
  return [label, { kind: "number", value: s.n }, stats("meanSd", s, d), stats("medianIqr", s, d), stats("range", s, d)];
}

export function intervalTable(figures: CohortFigures): Table {
  return {
    title: "Intervals (days)",
    columns: [
      col("From the repeated procedure"),
      col("n", null, { holds: "number" }),
      col("Mean ± SD", null, { holds: "meanSd", of: "Days" }),
      col("Median [IQR]", null, { holds: "medianIqr", of: "Days" }),
      col("Range", null, { holds: "range", of: "Days" }),
    ],
    rows: [
      intervalRow("to the recurrence of pain", figures.intervals.recurrenceDays),
      intervalRow("to the repeat procedure", figures.intervals.repeatDays),
    ],
    notes: ["Recurrence: the first recurrence after the repeated procedure, at one of its levels or with no level given, on or before the repeat."],
  };
}
