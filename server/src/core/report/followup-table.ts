/**
 * Follow-up (spec §9.4, §9.6): how long and how completely the patients were
 * followed — the length from the first procedure to `followup until` as median
 * [IQR] and range, in days and in months (days / 30.44, the mean length of a
 * month, one decimal), and how many patients have a follow-up line, completed
 * the planned follow-up, were lost or died, each k/n (%) of the patients with a
 * procedure.
 *
 * Shown only when at least one patient has a `followup` line
 * (`followUpTable` returns null otherwise): without one there is nothing to say
 * but "not recorded", which a reader would take for a finding.
 * Months are the day figures divided by 30.44: a change of unit, not a new
 * statistic (a median in months is the median in days over 30.44).
 */
import type { CohortFigures, Stats } from "../cohort/types";
import { col, type Cell, type Table } from "./table";

/** Days in a month on average (365.25 / 12, rounded as papers do). */
export const DAYS_PER_MONTH = 30.44;

function inMonths(s: Stats): Stats {
  const m = (x: number | null) => (x === null ? null : x / DAYS_PER_MONTH);
  return { n: s.n, mean: m(s.mean), sd: m(s.sd), median: m(s.median), q1: m(s.q1), q3: m(s.q3), min: m(s.min), max: m(s.max) };
}

function wholeDays(s: Stats): boolean {
  return [s.median, s.q1, s.q3].every((x) => x === null || Number.isInteger(x));
}

export function followUpTable(figures: CohortFigures): Table | null {
  const f = figures.followup;
  if (f.recorded.count === 0) return null;
  const days = wholeDays(f.days) ? 0 : 1;
  const months = inMonths(f.days);
  const rows: Cell[][] = [
    ["Follow-up recorded", { kind: "count", of: f.recorded }],
    ["Length in days, median (IQR)", { kind: "medianIqr", stats: f.days, decimals: days }],
    ["Length in days, range", { kind: "range", stats: f.days, decimals: 0 }],
    ["Length in months, median (IQR)", { kind: "medianIqr", stats: months, decimals: 1 }],
    ["Length in months, range", { kind: "range", stats: months, decimals: 1 }],
    ["Completed", { kind: "count", of: { count: f.completed, n: f.n } }],
    ["Lost to follow-up", { kind: "count", of: { count: f.lost, n: f.n } }],
    ["Died", { kind: "count", of: { count: f.died, n: f.n } }],
  ];
  return {
    title: "Follow-up",
    columns: [col("Follow-up"), col("Value")],
    rows,
    notes: [
      "k/n (%): patients, of the patients with a procedure. Recorded: a followup line; completed: the planned follow-up, neither lost nor died.",
      "Length: from the patient's first procedure to the last date seen, over the patients with a followup line. Months: days / 30.44, one decimal.",
    ],
  };
}
