/**
 * The summary as one CSV file for a spreadsheet (RFC 4180: comma-separated,
 * CRLF line breaks, quoted when needed, written by csv-stringify). Sections
 * follow one another with an empty record between them: title and facts, the
 * notice, then each table: its title, ONE header row, its rows, its notes.
 *
 * One figure per cell, so a spreadsheet can sort and compute on a table: a
 * figure column of the readable tables becomes one column per number —
 * mean ± SD → mean, SD, n; median [IQR] → median, Q1, Q3; range → min, max;
 * k/n (%) → k, n, %; p → p, method; before → after → before, after — each
 * header naming what it is of ("Before mean", "Responders k"). Numbers are plain
 * numbers with a `.` decimal, rounded as the tables print them (p to three
 * significant digits, also below 0.001), with no "±", "→" or "%" sign.
 *
 * - A missing figure is an empty cell. A patient with several procedures of
 *   one role keeps them in one cell as text, "PV1: 9; PV3: 8", so no value
 *   loses its procedure.
 * - Records are not padded to one width: the work is linear in the cells, even
 *   for a file with thousands of measures.
 * - A cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is
 *   prefixed with `'`, so a spreadsheet shows it as text and never runs it as a
 *   formula (OWASP "CSV injection"); a plain number such as `-2` is left as is.
 * - The file starts with a UTF-8 byte-order mark so that Excel reads the text
 *   of the file (accents, "≥") as written.
 */
import { stringify } from "csv-stringify/sync";
import type { Stats } from "../cohort/types";
import { roundTo } from "./format-numbers";
import type { Report } from "./report-model";
import { headerText, isFigure, proseText, wordsText, type Cell, type Column, type Figure, type FigureKind, type Table } from "./table";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

/** The text a spreadsheet can only show, never evaluate. */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

type Field = "value" | "mean" | "SD" | "n" | "median" | "Q1" | "Q3" | "min" | "max" | "k" | "%" | "p" | "method" | "before" | "after";

const FIELDS: Readonly<Record<Exclude<FigureKind, "several">, readonly Field[]>> = {
  number: ["value"],
  meanSd: ["mean", "SD", "n"],
  medianIqr: ["median", "Q1", "Q3"],
  range: ["min", "max"],
  count: ["k", "n", "%"],
  p: ["p", "method"],
  change: ["before", "after"],
};

function fixed(x: number | null, decimals: number): string {
  return x === null || !Number.isFinite(x) ? "" : roundTo(x, decimals).toFixed(decimals);
}

function wholeRange(s: Stats): boolean {
  return s.min !== null && s.max !== null && Number.isInteger(s.min) && Number.isInteger(s.max);
}

/** One number of a figure, as text; "" when the figure has no such number. */
function fieldValue(f: Figure, field: Field): string {
  switch (f.kind) {
    case "number":
      return field === "value" ? String(f.value) : "";
    case "meanSd":
    case "medianIqr":
    case "range": {
      const s = f.stats;
      const d = f.kind === "range" && wholeRange(s) ? 0 : f.decimals;
      const value: Partial<Record<Field, string>> = {
        mean: fixed(s.mean, d), SD: fixed(s.sd, d), n: String(s.n),
        median: fixed(s.median, d), Q1: fixed(s.q1, d), Q3: fixed(s.q3, d), min: fixed(s.min, d), max: fixed(s.max, d),
      };
      return FIELDS[f.kind].includes(field) ? (value[field] ?? "") : "";
    }
    case "count": {
      const { count, n } = f.of;
      return field === "k" ? String(count) : field === "n" ? String(n) : field === "%" && n > 0 ? fixed((100 * count) / n, 0) : "";
    }
    case "p":
      return field === "p" ? String(Number(f.p.toPrecision(3))) : field === "method" ? (f.method ?? "t distribution") : "";
    case "change": {
      const x = field === "before" ? f.before : field === "after" ? f.after : null;
      return x === null ? "" : String(x);
    }
    case "several":
      return f.items
        .map((i) => ({ label: wordsText(i.label), text: fieldValue(i.figure, field) }))
        .filter((i) => i.text !== "")
        .map((i) => `${i.label}: ${i.text}`)
        .join("; ");
  }
}

function kindsOf(f: Figure, into: Set<FigureKind>): void {
  if (f.kind === "several") for (const i of f.items) kindsOf(i.figure, into);
  else into.add(f.kind);
}

/** The CSV columns one table column becomes: its fields, in the order its kinds first appear. */
function fieldsOf(t: Table, index: number, column: Column): Field[] | null {
  const kinds = new Set<FigureKind>(column.holds === undefined ? [] : [column.holds]);
  for (const row of t.rows) {
    const c = row[index] ?? null;
    if (isFigure(c)) kindsOf(c, kinds);
  }
  if (kinds.size === 0) return null;
  const fields = new Set<Field>();
  for (const kind of kinds) if (kind !== "several") for (const f of FIELDS[kind]) fields.add(f);
  return [...fields];
}

function subHeader(column: Column, field: Field): string {
  if (field === "value") return headerText(column);
  const of = column.of ?? (column.group === null ? column.name : wordsText(column.group));
  return `${of} ${field}`;
}

function textCell(c: Cell): string {
  if (c === null) return "";
  return isFigure(c) ? "" : wordsText(c);
}

function tableRecords(t: Table, push: (record: string[]) => void): void {
  const layout = t.columns.map((column, i) => ({ column, fields: fieldsOf(t, i, column) }));
  push([neutralizeCell(t.title)]);
  push(layout.flatMap(({ column, fields }) => (fields === null ? [headerText(column)] : fields.map((f) => subHeader(column, f)))).map(neutralizeCell));
  for (const row of t.rows) {
    const record: string[] = [];
    layout.forEach(({ fields }, i) => {
      const c = row[i] ?? null;
      if (fields === null) record.push(neutralizeCell(textCell(c)));
      else if (isFigure(c)) for (const f of fields) record.push(neutralizeCell(fieldValue(c, f)));
      else {
        // Text in a figure column (cement "3 + 2"): in its first column, the others empty.
        record.push(neutralizeCell(textCell(c)));
        for (let k = 1; k < fields.length; k++) record.push("");
      }
    });
    push(record);
  }
  for (const note of t.notes) push([neutralizeCell(proseText(note))]);
}

/** The records of the CSV: what a reader gets back, cell by cell. */
export function csvRecords(report: Report): string[][] {
  const records: string[][] = [[neutralizeCell(wordsText(report.title))]];
  for (const f of report.facts) records.push([f.label, neutralizeCell(wordsText(f.value))]);
  if (report.notice !== null) {
    records.push([], [neutralizeCell(report.notice.headline)]);
    for (const item of report.notice.items) records.push([neutralizeCell(item)]);
    if (report.notice.more > 0) records.push([`… and ${report.notice.more} more.`]);
  }
  // Pushed one by one, not push(...rows): a spread of 200,000 patient rows overflows the call stack.
  const push = (record: string[]) => void records.push(record);
  for (const t of report.tables) {
    records.push([]);
    tableRecords(t, push);
  }
  return records;
}

export function renderCsv(report: Report): string {
  return stringify(csvRecords(report), { record_delimiter: "windows", bom: true, quoted_match: /^\s|\s$/ });
}
