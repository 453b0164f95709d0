/**
 * The CSV read back by a CSV parser (csv-parse): RFC 4180 shaped (CRLF, a BOM
 * for spreadsheets), one header row per table, and one figure per cell, so a
 * spreadsheet can sort and compute on it: numbers with a `.` decimal and no
 * "±", "→" or "%" inside a cell. Texts with commas and quotes stay in one cell.
 */
import { describe, expect, it } from "vitest";
import { csvSection, readCsv, render, SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;

describe("CSV summary", () => {
  const csv = render(SAMPLE_TEXT, "csv", SAMPLE_LABEL);
  const records = readCsv(csv);

  it("is RFC 4180 shaped: CRLF line breaks, a BOM for spreadsheets", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("gives each table one header row, and every row of it the header's width", () => {
    for (const title of ["Patients and procedures", "Per-patient scores", "Cohort summary: scores", "Cohort summary: responses", "Intervals (days)"]) {
      const start = records.findIndex((r) => r[0] === title);
      expect(start, title).toBeGreaterThan(0);
      const header = records[start + 1]!;
      expect(new Set(header).size, `${title}: header names are unique`).toBe(header.length);
      const rows = records.slice(start + 2, records.findIndex((x, i) => i > start + 1 && x.length <= 1));
      expect(rows.length, title).toBeGreaterThan(0);
      for (const row of rows) expect(row, title).toHaveLength(header.length);
    }
  });

  it("puts one number per cell in the cohort tables: no ±, →, % or brackets", () => {
    for (const title of ["Cohort summary: scores", "Cohort summary: responses", "Intervals (days)"]) {
      const [header, ...rows] = csvSection(records, title);
      const numbersFrom = title === "Intervals (days)" ? 1 : 2;
      for (const row of rows.filter((r) => r.length > 1)) {
        row.slice(numbersFrom).forEach((cell, i) => {
          const name = header![numbersFrom + i]!;
          if (name === "Wilcoxon method") expect(cell).toMatch(/^(exact|approximate)$/);
          else expect(cell === "" || NUMBER.test(cell), `${title}, ${name}: "${cell}"`).toBe(true);
        });
      }
    }
    expect(csv).not.toMatch(/±|\[|→ ?\d/);
  });

  it("spreads the scores table's figures over named columns", () => {
    const [header, ...rows] = csvSection(records, "Cohort summary: scores");
    expect(header!.slice(0, 11)).toEqual(["Measure", "Procedure", "n", "Before mean", "Before SD", "Before n", "Before median", "Before Q1", "Before Q3", "Before min", "Before max"]);
    // Pain before the initial procedure, scores 9 8 10 9 8 10 (the sample): mean 9.0, SD 0.894 → 0.9,
    // median 9, quartiles (type 7) 8.25 and 9.75 → 8.3 and 9.8, range 8 to 10.
    expect(rows[0]!.slice(0, 11)).toEqual(["Pain (11-point scale)", "Initial", "6", "9.0", "0.9", "6", "9.0", "8.3", "9.8", "8", "10"]);
  });

  it("reads the per-patient tables as a clinician wrote them, before and after in their own columns", () => {
    const patients = csvSection(records, "Patients and procedures");
    expect(patients[0]).toEqual(["Patient", "Age", "Sex", "Etiology", "Levels, initial", "Levels, repeat", "Cement (ml), initial", "Cement (ml), repeat"]);
    expect(patients[1]).toEqual(["P1", "79", "F", "osteoporosis", "T12, L1", "L1", "5.5", "3"]);
    expect(patients[4]![3]).toBe("multiple myeloma");
    const scores = csvSection(records, "Per-patient scores");
    expect(scores[0]!.slice(0, 5)).toEqual(["Patient", "Days to recurrence", "Days to repeat", "Pain (11-point scale), initial before", "Pain (11-point scale), initial after"]);
    expect(scores[1]).toEqual(["P1", "8", "16", "9", "2", "10", "3", "3", "1", "2", "0"]);
  });

  it("keeps commas, quotes and semicolons inside one cell", () => {
    const text = `study "A, \\"quoted\\"; title" { measure pain range 0..10 }
patient P1 { etiology "fall, then \\"cough\\"" procedure A vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 } }`;
    const parsed = readCsv(render(text, "csv"));
    expect(parsed[0]![0]).toBe('A, "quoted"; title');
    expect(csvSection(parsed, "Patients and procedures")[1]![3]).toBe('fall, then "cough"');
  });

  it("leaves a missing figure as an empty cell", () => {
    const text = `study "S" { measure pain range 0..10 }
patient P1 { procedure A vertebroplasty on 2001-01-01 at L1 { pain 8 -> ? } }`;
    const parsed = readCsv(render(text, "csv"));
    const row = (title: string) => parsed[parsed.findIndex((r) => r[0] === title) + 2];
    expect(row("Patients and procedures")).toEqual(["P1", "", "", "", "L1", "", "", ""]);
    expect(row("Per-patient scores")).toEqual(["P1", "", "", "8", "", "", ""]);
  });

  it("names each procedure when a patient has two of one role, value by value", () => {
    const text = `study "S" { measure pain range 0..10 }
patient P1 {
  procedure A vertebroplasty on 2001-01-01 at L1 { pain 9 -> 2 }
  procedure B vertebroplasty on 2001-06-01 at L3 { pain 8 -> 3 }
}`;
    const scores = csvSection(readCsv(render(text, "csv")), "Per-patient scores");
    expect(scores[1]!.slice(3, 5)).toEqual(["A: 9; B: 8", "A: 2; B: 3"]);
  });
});
