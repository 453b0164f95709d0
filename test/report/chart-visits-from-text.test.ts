/**
 * The chart of a file that records visits, read the whole way from its text: each
 * procedure's line goes through the scores written in its visit blocks. Patient
 * P01 of the v2 sample: pain 9 → 3, then 3, 2, 2, 1 at 1 week, 6 weeks, 6 months
 * and 1 year; P08: 10 → 6, then 5 at 1 week and 4 at 6 weeks, no later visit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { patientRows } from "../../server/src/core/cohort/patient-rows";
import { chartSpecs } from "../../server/src/core/report/chart-data";

const text = readFileSync(join(__dirname, "../../samples/followup-visits.vcase"), "utf8");
const analysis = analyze(text, { today: "2025-01-01" });
const pain = chartSpecs(patientRows(analysis.model), analysis.figures).find((s) => s.measure === "pain" && s.role === "initial")!;

describe("the chart of a file with visit blocks", () => {
  it("has a time point per declared visit, after before and after", () => {
    expect(pain.points.map((p) => p.label)).toEqual(["Before", "After", "1 week", "6 weeks", "6 months", "1 year"]);
  });

  it("draws each procedure through the scores of its visit blocks", () => {
    const course = (patient: string) => pain.courses.find((c) => c.patient === patient)!.scores;
    expect(course("P01")).toEqual([9, 3, 3, 2, 2, 1]);
    expect(course("P08")).toEqual([10, 6, 5, 4, null, null]);
  });
});
