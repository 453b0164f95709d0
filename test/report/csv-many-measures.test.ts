/**
 * A file that declares 5,000 measures (about 159 KB) exports to CSV: the CSV
 * grows with the cells of the tables, not with their square, because no record
 * is padded to the widest one (the per-patient scores table has 20,003 columns,
 * the cohort tables 10,000 rows).
 */
import { describe, expect, it } from "vitest";
import { csvSection, manyMeasures, readCsv, render } from "./helpers";

const MEASURES = 5000;

describe("CSV of a file with 5,000 measures", () => {
  const text = manyMeasures(MEASURES);

  it("is about the size of the issue's file", () => {
    expect(text.length).toBeGreaterThan(150_000);
    expect(text.length).toBeLessThan(200_000);
  });

  it("exports, one figure per cell, with as many cells as the tables have figures", () => {
    const csv = render(text, "csv");
    const records = readCsv(csv);
    const cells = records.reduce((sum, r) => sum + r.length, 0);
    // Per-patient scores: 20 rows × (3 + 2 × 5,000 × 2) cells; cohort tables: 10,000 rows × (3 + 24) and × (3 + 18);
    // outcomes over time: 10,000 rows × 11 (no repeat: no repeat rows); intervals and the rest: a few hundred.
    // Padding every record to the widest (20,003) would give over 400 million.
    expect(cells).toBeLessThan(1_200_000);
    const scores = csvSection(records, "Cohort summary: scores");
    expect(scores).toHaveLength(1 + 2 * MEASURES + 3); // header, rows, three notes
    // m0001 after the initial procedure: 20 procedures, 8 → 2 each: mean 8 and 2, SD 0, improvement 6.
    expect(scores[1]!.slice(0, 6)).toEqual(["m0001", "Initial", "20", "8.0", "0.0", "20"]);
    expect(scores[1]![scores[0]!.indexOf("Improvement mean")]).toBe("6.0");
    // m5000 is recorded by nobody: n = 0, every figure empty.
    expect(scores[2 * MEASURES - 1]!.slice(0, 3)).toEqual(["m5000", "Initial", "0"]);
  });
});
