/**
 * The summary as one CSV file (RFC 4180: comma-separated, CRLF line breaks,
 * quoted when needed, written by csv-stringify). Sections follow one another
 * with an empty record between them: title and facts, the notice, then each
 * table (its title, header, rows and notes). Each record has only its own fields:
 * padding every record to the widest (the per-patient table has two columns per
 * measure) made 1,000 measures 4,030 × 2,010 cells and 5,000 run out of memory.
 * CSV readers and spreadsheets read records of different lengths.
 *
 * - A missing figure is an empty cell.
 * - A cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is
 *   prefixed with `'`, so a spreadsheet shows it as text and never runs it as a
 *   formula (OWASP "CSV injection"); a plain number such as `-2` is left as is.
 * - The file starts with a UTF-8 byte-order mark so that Excel reads → and ±.
 */
import { stringify } from "csv-stringify/sync";
import type { Report } from "./report-model";
import { headerText, type Cell, type Table } from "./table";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The text a spreadsheet can only show, never evaluate. */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function cells(row: readonly Cell[]): string[] {
  return row.map((c) => (c === null ? "" : neutralizeCell(c)));
}

function tableRecords(t: Table): string[][] {
  return [[neutralizeCell(t.title)], t.columns.map((c) => neutralizeCell(headerText(c))), ...t.rows.map(cells), ...t.notes.map((n) => [neutralizeCell(n)])];
}

/** The records of the CSV: what a reader gets back, cell by cell. */
export function csvRecords(report: Report): string[][] {
  const records: string[][] = [[neutralizeCell(report.title)], ...report.facts.map((f) => [f.label, neutralizeCell(f.value)])];
  if (report.notice !== null) {
    records.push([], [neutralizeCell(report.notice.headline)], ...report.notice.items.map((i) => [neutralizeCell(i)]));
    if (report.notice.more > 0) records.push([`… and ${report.notice.more} more.`]);
  }
  // Loops, not push(...rows) / Math.max(...widths): a spread of 200,000 patient rows overflows the call stack.
  for (const t of report.tables) {
    records.push([]);
    for (const record of tableRecords(t)) records.push(record);
  }
  return records;
}

export function renderCsv(report: Report): string {
  return stringify(csvRecords(report), { record_delimiter: "windows", bom: true, quoted_match: /^\s|\s$/ });
}
