/**
 * "Table 1": the cohort's description (spec §9.4 `baseline`, §9.6), the table a
 * case series opens with. One row per figure, in the order papers print them:
 * patients; age; sex; etiology; procedures per patient; levels treated (in all,
 * per procedure, by region, by level); cement by role; the period of the
 * procedures. Three columns — the characteristic, which part of it ("female",
 * "mean ± SD", an etiology as written), and its figure — so a spreadsheet can
 * filter the CSV on the first.
 *
 * Decisions where the spec is silent:
 * - Sex and etiology are k/n (%) of all patients (every sex, "missing" too, is
 *   shown, so the column adds up); a region or a level is k/n (%) of the levels
 *   treated. Only regions and levels that were treated are listed.
 * - Age says over how many patients it is when some give none; cement rows only
 *   for a role with a volume recorded.
 * - The Detail column names a figure in words ("mean (SD)", "median (IQR)"), not
 *   with the figure's own signs, so the CSV holds no "±" or "[" outside a note.
 * - The period is two rows, first and last date, one date per cell.
 * Figures come from `figures.baseline` only; nothing is computed here.
 */
import type { BaselineFigures, CohortFigures, Stats } from "../cohort/types";
import { col, fromFile, type Cell, type Table } from "./table";

type Row = readonly [string, Cell, Cell];

/** Mean ± SD, median [IQR] and range of one characteristic; one empty row when nothing was recorded. */
function statsRows(what: string, s: Stats, decimals = 1): Row[] {
  if (s.n === 0) return [[what, "none recorded", null]];
  return [
    [what, "mean (SD)", { kind: "meanSd", stats: s, decimals }],
    [what, "median (IQR)", { kind: "medianIqr", stats: s, decimals }],
    [what, "range", { kind: "range", stats: s, decimals }],
  ];
}

function countRow(what: string, part: Cell, k: number, n: number): Row {
  return [what, part, { kind: "count", of: { count: k, n } }];
}

const SEXES = ["female", "male", "other", "unknown", "missing"] as const;
const REGIONS = ["cervical", "thoracic", "lumbar", "sacral"] as const;

function levelRows(b: BaselineFigures): Row[] {
  const { treated, perProcedure, byRegion, byLevel } = b.levels;
  const rows: Row[] = [["Levels treated", "in all", { kind: "number", value: treated }], ...statsRows("Levels per procedure", perProcedure)];
  for (const region of REGIONS) if (byRegion[region] > 0) rows.push(countRow("Levels by region, n (%)", region, byRegion[region], treated));
  for (const [level, k] of Object.entries(byLevel)) rows.push(countRow("Levels, n (%)", level, k, treated));
  return rows;
}

export function baselineTable(figures: CohortFigures): Table {
  const b = figures.baseline;
  const rows: Row[] = [["Patients", "in all", { kind: "number", value: b.patients }]];
  if (b.age.n < b.patients) rows.push(countRow("Age (years)", "given, n (%)", b.age.n, b.patients));
  rows.push(...statsRows("Age (years)", b.age));
  for (const sex of SEXES) rows.push(countRow("Sex, n (%)", sex, b.sex[sex], b.patients));
  for (const e of b.etiology) rows.push(countRow("Etiology, n (%)", fromFile(e.name), e.count, b.patients));
  rows.push(...statsRows("Procedures per patient", b.proceduresPerPatient));
  rows.push(...levelRows(b));
  for (const role of ["initial", "repeat"] as const) {
    if (b.cement[role].n > 0) rows.push(...statsRows(`Cement per ${role} procedure (ml)`, b.cement[role]));
  }
  if (b.period === null) rows.push(["Period of the procedures", "no calendar date", null]);
  else rows.push(["Period of the procedures", "first", b.period.first], ["Period of the procedures", "last", b.period.last]);
  return {
    title: "Characteristics of the patients",
    columns: [col("Characteristic"), col("Detail"), col("Value")],
    rows,
    notes: [
      "n (%): patients, of all patients (sex and etiology as written; missing: none given), or levels, of all levels treated (each vertebra of each procedure once; a range counts each vertebra it spans).",
      "Age is over the patients who give it, cement over the procedures that record a volume. SD: sample standard deviation; IQR: first to third quartile (type 7).",
    ],
  };
}
