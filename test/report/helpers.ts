/** Shared by the summary tests: the seed sample and small files, analysed and rendered. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { analyze } from "../../server/src/core/analyze";
import { renderSummary, type TextView as SummaryView } from "../../server/src/core/report/render-summary";

export const SAMPLE_PATH = join(__dirname, "../../samples/repeat-vertebroplasty.vcase");
export const SAMPLE_LABEL = "samples/repeat-vertebroplasty.vcase";
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, "utf8");

/** A fixed day, so no sample date is ever "after today" (VC204). */
const TODAY = "2025-01-01";

export function render(text: string, format: SummaryView, label = "x.vcase"): string {
  return renderSummary(analyze(text, { today: TODAY }), label, format);
}

/** The CSV read back by a CSV parser (csv-parse), cell by cell; records may differ in length. */
export function readCsv(csv: string): string[][] {
  return parseCsv(csv, { bom: true, relax_column_count: true }) as string[][];
}

/** The records of one table of the CSV: from its title row to the next empty record. */
export function csvSection(records: string[][], title: string): string[][] {
  const start = records.findIndex((r) => r[0] === title);
  if (start < 0) throw new Error(`no table "${title}" in the CSV`);
  const end = records.findIndex((r, i) => i > start && r.every((c) => c === ""));
  return records.slice(start + 1, end < 0 ? undefined : end).map((r) => {
    let last = r.length;
    while (last > 0 && r[last - 1] === "") last--;
    return r.slice(0, last);
  });
}

/** A small file whose texts try to break out of every format. */
export const HOSTILE = `
study "=HYPERLINK(\\"http://evil.example\\",\\"click\\")" {
  reference "<script>alert(1)</script>"
  design "</style><script>alert(2)</script>"
  measure pain "+SUM(A1:A9) </title><script>x</script>" range 0..10 better lower responder 3
}
patient P1 {
  age 70
  sex F
  etiology "=HYPERLINK(\\"http://evil.example\\")"
  procedure PV1 vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 }
  procedure PV2 vertebroplasty on 2001-03-01 at L1 repeats PV1 { pain 9 -> 3 }
}
patient P2 {
  age 71
  sex M
  etiology "@cmd|' /C calc'!A0"
  procedure PV1 vertebroplasty on 2002-01-01 at T12 { pain 7 -> 1 }
  procedure PV2 vertebroplasty on 2002-02-01 at T12 repeats PV1 { pain 10 -> 2 }
}
patient P3 {
  age 72
  sex F
  etiology "-2+3"
  procedure PV1 vertebroplasty on 2003-01-01 at T11 { pain 9 -> 3 }
  procedure PV2 vertebroplasty on 2003-02-01 at T11 repeats PV1 { pain 8 -> 4 }
}
`;

/**
 * A study declaring `measures` measures (m0001, m0002, …; 5,000 make about
 * 159 KB), with 20 patients who each record the first 60, 8 before and 2 after.
 */
export function manyMeasures(measures: number): string {
  const names = Array.from({ length: measures }, (_, i) => `m${String(i + 1).padStart(4, "0")}`);
  const lines = [`study "Many measures" {`, ...names.map((n) => `  measure ${n} range 0..10`), "}"];
  const scores = names.slice(0, 60).map((n) => `${n} 8 -> 2`).join(" ");
  for (let p = 1; p <= 20; p++) lines.push(`patient P${p} { age 70 sex F procedure A vertebroplasty on 2001-01-01 at L1 { ${scores} } }`);
  return `${lines.join("\n")}\n`;
}
