/**
 * Inputs the fuzz tests found that broke an invariant, each kept as a test of what
 * the user sees now. One block per problem, with the input that first showed it.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { patientRows } from "../../server/src/core/cohort/patient-rows";
import { completionsAt } from "../../server/src/core/query/completions";
import { renderCsv } from "../../server/src/core/report/csv";
import { renderMarkdown } from "../../server/src/core/report/markdown";
import type { Report } from "../../server/src/core/report/report-model";
import { summaryJson } from "../../server/src/core/report/summary-json";
import { badNumbers } from "./core-invariants";

const TODAY = "2024-06-01";
const HUGE = "1".repeat(400); // Number(HUGE) === Infinity
const SIXTEEN = "1234567890123456"; // finite, but no longer exact arithmetic

function seen(text: string) {
  const analysis = analyze(text, { today: TODAY });
  return {
    analysis,
    diagnostics: analysis.diagnostics.map((d) => ({ code: d.code, text: text.slice(d.span.start, d.span.end), message: d.message })),
  };
}

const HEADER = `study "S" {\n  measure pain range 0..10 responder 3\n}\n`;

describe("numbers too large to read (found by the grammar-built fuzz inputs)", () => {
  // Before: `range 0..111…1` gave the measure a maximum of Infinity with no diagnostic,
  // the JSON summary printed `"range": [0, null]`, `day 111…1` made an infinite
  // interval, and an age of 111…1 showed as ∞ in the patient table.
  it("a 400-digit range bound is one syntax error on that number, and the measure gets no infinite figure", () => {
    const { analysis, diagnostics } = seen(`study "S" {\n  measure __proto__ "Label" range 7..${HUGE} better lower responder 10\n}\n`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "VC001", text: HUGE });
    expect(diagnostics[0]!.message).toMatch(/too large/);
    const json = summaryJson({ fileLabel: "f", model: analysis.model, figures: analysis.figures, errors: 1, warnings: 0 });
    expect(badNumbers(analysis.figures)).toEqual([]);
    expect(JSON.stringify(json)).not.toContain("null]");
  });

  it("an age, a cement volume and a score of 16 or more digits are each one syntax error, not also implausible", () => {
    const text =
      HEADER +
      `patient P1 {\n  age ${SIXTEEN}\n  procedure A vertebroplasty on 2001-01-01 at T12 {\n    cement -${HUGE} ml\n    pain ${HUGE} -> 2\n  }\n}\n`;
    const { analysis, diagnostics } = seen(text);
    expect(diagnostics.map((d) => [d.code, d.text])).toEqual([
      ["VC001", SIXTEEN],
      ["VC001", `-${HUGE}`],
      ["VC001", HUGE],
    ]);
    expect(badNumbers(patientRows(analysis.model))).toEqual([]);
    expect(badNumbers(analysis.figures)).toEqual([]);
  });

  it("a `day` count of 400 digits gives no infinite interval", () => {
    const text =
      HEADER +
      `patient P1 {\n  procedure A vertebroplasty on day 0 at T12 { pain 9 -> 2 }\n` +
      `  procedure B vertebroplasty on day ${HUGE} at T12 repeats A { pain 9 -> 2 }\n}\n`;
    const { analysis, diagnostics } = seen(text);
    expect(diagnostics.map((d) => [d.code, d.text])).toEqual([["VC001", HUGE]]);
    expect(badNumbers(analysis.figures)).toEqual([]);
    expect(badNumbers(patientRows(analysis.model))).toEqual([]);
  });

  it("15 digits are still read as a number (and then judged on their value)", () => {
    const { diagnostics } = seen(`patient P1 {\n  age 123456789012345\n}\n`);
    expect(diagnostics.map((d) => d.code)).toContain("VC403");
    expect(diagnostics.map((d) => d.code)).not.toContain("VC001");
    expect(seen(`${HEADER}patient P1 {\n  age 0000000000000000070.5\n}\n`).diagnostics.map((d) => d.code)).not.toContain("VC001");
  });
});

describe("many block comments that never close (found by the scaling sweep)", () => {
  // Before: each `/*` searched the rest of the text for its `*/`, so a text of many
  // unclosed `/*` was quadratic: 320,000 characters of `/* a` took 48 s to analyse.
  it("a 400,000-character text of unclosed `/* a` is analysed in seconds, one diagnostic per stray mark", () => {
    const text = "/* a".repeat(100_000);
    const started = performance.now();
    const { analysis } = seen(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(analysis.diagnostics.every((d) => d.code === "VC001")).toBe(true);
    // `/*` is not a comment without its end: each one is reported, and the words between once.
    expect(analysis.diagnostics.filter((d) => d.message.startsWith("`/*`"))).toHaveLength(100_000);
  });

  it("a comment that does close after many that do not is still a comment", () => {
    const text = `${"/* a ".repeat(3)}/* closed */ study "S" { }\n`;
    const { analysis } = seen(text);
    expect(analysis.parsed.comments.map((c) => c.image)).toEqual(["/* a /* a /* a /* closed */"]);
  });
});

describe("very long lists passed as call arguments (found on a 170,000-patient file)", () => {
  // Before: `vcase check` on a 51 MB file of 170,000 patients stopped with "Maximum call
  // stack size exceeded": Math.min(...every patient's offset) in the study-header check.
  // The CSV and Markdown summaries spread every table row into push(...), and
  // completion every declared measure, with the same result past ~120,000 items.
  const MANY = 200_000;

  it("a file of 200,000 patients is checked", { timeout: 120_000 }, () => {
    const text = `study "S" {\n  measure pain range 0..10\n}\n` + Array.from({ length: MANY }, (_, i) => `patient P${i} {}\n`).join("");
    const analysis = analyze(text, { today: TODAY });
    expect(analysis.diagnostics.map((d) => d.code)).toEqual(Array(MANY).fill("VC503")); // each: no procedure
  });

  it("a summary table of 200,000 rows renders as CSV and Markdown", () => {
    const rows = Array.from({ length: MANY }, (_, i) => [`P${i}`, "70"]);
    const report: Report = {
      title: "S",
      facts: [],
      notice: null,
      tables: [{ title: "Patients", columns: [{ group: null, name: "Patient" }, { group: null, name: "Age" }], rows, notes: [] }],
      charts: [],
    };
    expect(renderCsv(report).split("\r\n").filter((l) => /^P\d+,70$/.test(l))).toHaveLength(MANY);
    expect(renderMarkdown(report).split("\n").filter((l) => /^\| P\d+ \| 70 \|$/.test(l))).toHaveLength(MANY);
  });

  it("completion in a procedure offers every one of 200,000 declared measures", { timeout: 120_000 }, () => {
    const text =
      `study "S" {\n${Array.from({ length: MANY }, (_, i) => `  measure m${i} range 0..10\n`).join("")}}\n` +
      `patient P1 {\n  procedure A vertebroplasty on 2001-01-01 at T1 {\n    \n  }\n}\n`;
    const analysis = analyze(text, { today: TODAY });
    const items = completionsAt(analysis, text.indexOf("{\n    \n") + 6).items;
    expect(items.filter((s) => s.kind === "measure")).toHaveLength(MANY);
  });
});
