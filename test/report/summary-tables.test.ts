/**
 * The tables of spec §9.6 as a reader sees them in the Markdown summary: Table 1
 * first, then the outcomes over time (t-test and Wilcoxon p against before, per
 * visit), complications and follow-up, then the tables of version 1. Expected
 * values are worked out by hand from the cohort in v2-tables.ts; p-values with R
 * (`t.test(before - after)$p.value`, `wilcox.test(before, after, paired = TRUE)`).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { renderMarkdown } from "../../server/src/core/report/markdown";
import { buildReport } from "../../server/src/core/report/report-model";
import { analysisWithV2, V2_INPUT, V2_TEXT } from "./v2-tables";

/** The Markdown rows of one table, each a list of cells with no-break spaces and word joiners made plain. */
function rowsOf(md: string, title: string): string[][] {
  const start = md.indexOf(`## ${title}\n`);
  expect(start, `no table "${title}"`).toBeGreaterThanOrEqual(0);
  const lines = md.slice(start).split("\n").slice(2);
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith("| ")) break;
    rows.push(line.slice(2, -2).split(" | ").map((c) => c.replace(/\u00a0/g, " ").replace(/\u2060/g, "")));
  }
  return rows;
}

const md = renderMarkdown(buildReport(analysisWithV2(V2_TEXT, V2_INPUT), "x.vcase"));
const titles = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]);

describe("the summary's tables, in order", () => {
  it("opens with Table 1, then outcomes, complications and follow-up, then the per-patient tables", () => {
    expect(titles).toEqual([
      "Characteristics of the patients", "Outcomes over time", "Complications", "Follow-up",
      "Patients and procedures", "Per-patient scores", "Cohort summary: scores", "Cohort summary: responses", "Intervals (days)",
    ]);
  });

  it("leaves out complications and follow-up when the study declares no kind and no patient has a followup line", () => {
    const plain = renderMarkdown(buildReport(analyze(V2_TEXT, { today: "2025-01-01" }), "x.vcase"));
    expect([...plain.matchAll(/^## (.*)$/gm)].map((m) => m[1]).slice(0, 3)).toEqual(["Characteristics of the patients", "Outcomes over time", "Patients and procedures"]);
  });
});

describe("Table 1", () => {
  const rows = rowsOf(md, "Characteristics of the patients");
  const value = (what: string, detail: string) => rows.find((r) => r[0] === what && r[1] === detail)?.[2];

  it("gives age over the three patients who give one: 70, 75, 80", () => {
    expect(value("Age (years)", "given, n (%)")).toBe("3/4 (75%)");
    expect(value("Age (years)", "mean (SD)")).toBe("75.0 ± 5.0");
    expect(value("Age (years)", "median (IQR)")).toBe("75.0 [72.5–77.5]");
    expect(value("Age (years)", "range")).toBe("70–80");
  });

  it("counts sex in one vocabulary over all patients, missing included", () => {
    expect(rows.filter((r) => r[0] === "Sex, n (%)").map((r) => [r[1], r[2]])).toEqual([
      ["female", "2/4 (50%)"], ["male", "1/4 (25%)"], ["other", "0/4 (0%)"], ["unknown", "0/4 (0%)"], ["missing", "1/4 (25%)"],
    ]);
  });

  it("lists etiologies by count, as written", () => {
    expect(rows.filter((r) => r[0] === "Etiology, n (%)").map((r) => [r[1], r[2]])).toEqual([["osteoporosis", "2/4 (50%)"], ["multiple myeloma", "1/4 (25%)"]]);
  });

  it("counts the 7 levels treated (L1; T12, L1; L2; T8-T10) per procedure, by region and by level", () => {
    expect(value("Patients", "in all")).toBe("4");
    expect(value("Levels treated", "in all")).toBe("7");
    expect(value("Levels per procedure", "mean (SD)")).toBe("1.8 ± 1.0"); // 1, 2, 1, 3: 1.75 ± 0.957
    expect(rows.filter((r) => r[0] === "Levels by region, n (%)").map((r) => [r[1], r[2]])).toEqual([["thoracic", "4/7 (57%)"], ["lumbar", "3/7 (43%)"]]);
    expect(rows.filter((r) => r[0] === "Levels, n (%)").map((r) => r[1])).toEqual(["T8", "T9", "T10", "T12", "L1", "L2"]);
    expect(value("Levels, n (%)", "L1")).toBe("2/7 (29%)");
    expect(value("Period of the procedures", "first")).toBe("2020-01-01");
    expect(value("Period of the procedures", "last")).toBe("2020-04-01");
  });
});

describe("outcomes over time", () => {
  const rows = rowsOf(md, "Outcomes over time");

  it("gives before, after and each visit as mean ± SD with n, and both p-values against before", () => {
    expect(rows).toEqual([
      // before 8, 9, 7, 10; after 3, 2, 4, 5: t-test p 0.008754, Wilcoxon (ties) 0.09751
      ["Pain (VAS)", "Initial", "Before", "4", "8.5 ± 1.3", "—", "—"],
      ["Pain (VAS)", "Initial", "After", "4", "3.5 ± 1.3", "0.00875", "0.0975 (approximate)"],
      // 6 weeks: 8 → 2, 9 → 3, 10 → 4 (P3 not recorded): every improvement 6, no t-test; Wilcoxon 0.1489
      ["Pain (VAS)", "Initial", "6 weeks", "3", "3.0 ± 1.0", "—", "0.149 (approximate)"],
      // 6 months: 8 → 1, 9 → 1: t-test p 0.04238, Wilcoxon exact 0.5
      ["Pain (VAS)", "Initial", "6 months", "2", "1.0 ± 0.0", "0.0424", "0.500 (exact)"],
    ]);
  });

  it("names both tests and says what n counts", () => {
    expect(md).toContain("*Paired t-test: two-sided one-sample t-test of the improvements against 0.");
    expect(md).toContain("Wilcoxon: two-sided signed-rank test, exact without zero differences or ties");
    expect(md).toContain("At a visit, n counts the procedures of that role with a score before and a score at that visit");
  });
});

describe("complications", () => {
  it("gives per kind the events, patients, procedures by role, levels and symptomatic ones", () => {
    expect(rowsOf(md, "Complications")).toEqual([
      // leak in P1's procedure at L1 and in P2's at T12 (symptomatic): 2 of the 7 levels treated
      ["Cement leakage", "2", "2/4 (50%)", "2/4 (50%)", "0/0", "2/7 (29%)", "1"],
      // fracture after P2's procedure, at L2 which that procedure did not treat: no level counted
      ["New fracture", "1", "1/4 (25%)", "0/4 (0%)", "0/0", "0/7 (0%)", "1"],
    ]);
  });
});

describe("follow-up", () => {
  it("gives the length in days and months, and who completed, was lost or died", () => {
    // 366 (2020-01-01 to 2021-01-01), 182 (2020-02-01 to 2020-08-01), 30 (2020-03-01 to 2020-03-31)
    expect(rowsOf(md, "Follow-up")).toEqual([
      ["Follow-up recorded", "3/4 (75%)"],
      ["Length in days, median (IQR)", "182 [106–274]"],
      ["Length in days, range", "30–366"],
      // 182 / 30.44 = 5.98, 106 / 30.44 = 3.48, 274 / 30.44 = 9.00, 30 / 30.44 = 0.99, 366 / 30.44 = 12.02
      ["Length in months, median (IQR)", "6.0 [3.5–9.0]"],
      ["Length in months, range", "1.0–12.0"],
      ["Completed", "1/4 (25%)"],
      ["Lost to follow-up", "1/4 (25%)"],
      ["Died", "1/4 (25%)"],
    ]);
    expect(md).toContain("Months: days / 30.44, one decimal.");
  });
});
