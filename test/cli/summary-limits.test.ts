/**
 * A summary too large to build is one sentence and exit 2, never an abort out of
 * memory or "Invalid string length" (exit 3): more measures than a summary can
 * show (100,000 did), or a per-patient table of more cells than it can hold (a
 * 200 MB file of 700,000 patients did). Just under the limits, a summary is made.
 * The files here sit just past each limit, so they stay small.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_PATIENT_TABLE_CELLS, MAX_SUMMARY_MEASURES } from "../../server/src/core/report/summary-limits";
import { runVcase } from "./run-cli";

function write(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "vcase-limits-")), name);
  writeFileSync(path, text);
  return path;
}

function measuresFile(measures: number): string {
  const lines = ['study "Many measures" {'];
  for (let i = 0; i < measures; i++) lines.push(`  measure m${i} range 0..10`);
  lines.push("}", "patient P1 {", "  procedure A vertebroplasty on 2001-01-01 at L1 { m0 8 -> 2 }", "}");
  return `${lines.join("\n")}\n`;
}

/** Patients of one procedure each, with one measure: 12 cells a row in the per-patient table. */
function patientsFile(patients: number): string {
  const parts = ['study "Many patients" {\n  measure pain range 0..10\n}\n'];
  for (let i = 0; i < patients; i++) parts.push(`patient P${i} {\n  procedure A vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 }\n}\n`);
  return parts.join("");
}

describe("the limits of a summary", () => {
  it(`refuses more than ${MAX_SUMMARY_MEASURES} measures in every format, with one sentence`, { timeout: 120_000 }, () => {
    const file = write("measures.vcase", measuresFile(MAX_SUMMARY_MEASURES + 1));
    for (const format of ["md", "csv", "html", "json"]) {
      const r = runVcase(["summary", file, "--format", format]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd()).toBe(`vcase: ${file}: no summary was made: the file declares 10,001 measures, and a summary can show at most 10,000.`);
    }
  });

  it("refuses a per-patient table of more cells than it can hold, and points to JSON, which gives the figures", { timeout: 120_000 }, () => {
    const patients = Math.floor(MAX_PATIENT_TABLE_CELLS / 12) + 1; // 125,001 patients × 12 columns
    const file = write("patients.vcase", patientsFile(patients));
    for (const format of ["md", "csv", "html"]) {
      const r = runVcase(["summary", file, "--format", format]);
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd()).toBe(
        `vcase: ${file}: no summary was made: its per-patient table would have 1,500,012 cells (125,001 patients, 1 measure), ` +
          "more than the 1,500,000 a summary can show; --format json gives the cohort figures without it.",
      );
    }
    const json = runVcase(["summary", file, "--format", "json"]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).patients).toBe(125_001);
  });

  it("makes the summary of 2,000 measures in every format", { timeout: 120_000 }, () => {
    const file = write("wide.vcase", measuresFile(2_000));
    for (const format of ["md", "csv", "html", "json"]) {
      const r = runVcase(["summary", file, "--format", format, "--out", `${file}.${format}`]); // --out: more than spawnSync's buffer
      expect(r.stderr.trimEnd()).toBe(`Wrote ${file}.${format}`);
      expect(r.status).toBe(0);
    }
  });
});
