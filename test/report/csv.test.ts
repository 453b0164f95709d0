/**
 * The CSV read back by a CSV parser (csv-parse) gives exactly the cells of the
 * tables, whatever the text holds (commas, quotes); it is RFC 4180 shaped (CRLF,
 * quoting), each record only as long as its own fields, and starts with a UTF-8 BOM.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildReport } from "../../server/src/core/report/report-model";
import { headerText } from "../../server/src/core/report/table";
import { csvSection, readCsv, render, SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

describe("CSV summary", () => {
  const csv = render(SAMPLE_TEXT, "csv", SAMPLE_LABEL);
  const records = readCsv(csv);

  it("is RFC 4180 shaped: CRLF line breaks, a BOM for spreadsheets", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("does not pad records to the widest: 1,000 measures give each record its own fields only", () => {
    const measures = Array.from({ length: 1000 }, (_, i) => `  measure m${i} range 0..10`).join("\n");
    const text = `study "Wide" {\n${measures}\n}\npatient P1 { procedure A vertebroplasty on 2001-01-01 at L1 { m0 8 -> 2 } }\n`;
    const wide = readCsv(render(text, "csv"));
    expect(wide[0]).toEqual(["Wide"]);
    expect(wide[1]).toEqual(["File", "x.vcase"]);
    // The per-patient table: 8 columns, 2 per measure, 2 for cement.
    expect(csvSection(wide, "Per-patient table")[0]).toHaveLength(8 + 2 * 1000 + 2);
    const scores = wide.filter((r) => r[0] === "m0" || r[0] === "m999");
    expect(scores.map((r) => r.length)).toEqual([12, 12, 12, 12, 9, 9, 9, 9]); // scores: 3 + 3 × 3; responses: 3 + 6
  });

  it("re-parses to the same cells as every table of the report", () => {
    const report = buildReport(analyze(SAMPLE_TEXT, { today: "2025-01-01" }), SAMPLE_LABEL);
    expect(report.tables).toHaveLength(4);
    for (const table of report.tables) {
      const section = csvSection(records, table.title);
      const expected = [table.columns.map(headerText), ...table.rows.map((r) => r.map((c) => c ?? ""))].map((r) => {
        let last = r.length;
        while (last > 0 && r[last - 1] === "") last--;
        return r.slice(0, last);
      });
      expect(section.slice(0, expected.length)).toEqual(expected);
      expect(section.slice(expected.length).map((r) => r[0])).toEqual(table.notes);
    }
  });

  it("reads the per-patient table as a clinician wrote it", () => {
    const table = csvSection(records, "Per-patient table");
    expect(table[0]!.slice(0, 8)).toEqual(["Patient", "Age", "Sex", "Etiology", "Levels, initial", "Levels, repeat", "Days to recurrence", "Days to repeat"]);
    expect(table[1]).toEqual(["P1", "79", "F", "osteoporosis", "T12, L1", "L1", "8", "16", "9 → 2", "10 → 3", "3 → 1", "2 → 0", "5.5", "3"]);
    expect(table[4]![3]).toBe("multiple myeloma");
  });

  it("keeps commas, quotes and semicolons inside one cell", () => {
    const text = `study "A, \\"quoted\\"; title" { measure pain range 0..10 }
patient P1 { etiology "fall, then \\"cough\\"" procedure A vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 } }`;
    const parsed = readCsv(render(text, "csv"));
    expect(parsed[0]![0]).toBe('A, "quoted"; title');
    expect(csvSection(parsed, "Per-patient table")[1]![3]).toBe('fall, then "cough"');
  });

  it("leaves a missing figure as an empty cell", () => {
    const text = `study "S" { measure pain range 0..10 }
patient P1 { procedure A vertebroplasty on 2001-01-01 at L1 { pain 8 -> ? } }`;
    const row = csvSection(readCsv(render(text, "csv")), "Per-patient table")[1]!;
    expect(row.slice(0, 4)).toEqual(["P1", "", "", ""]); // no age, sex, etiology
    expect(row).toContain("8 → ?");
  });
});
