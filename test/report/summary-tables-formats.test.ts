/**
 * The tables of spec §9.6 in every format from the one Report: Word read back by
 * an independent reader (mammoth) gives the Markdown's cells; the CSV holds one
 * figure per cell (mean, SD, n; p and how it was computed; k, n, %); the HTML
 * page has each table; the preview keeps every value on one line.
 */
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { csvRecords } from "../../server/src/core/report/csv";
import { renderDocx } from "../../server/src/core/report/docx";
import { renderHtml } from "../../server/src/core/report/html";
import { renderMarkdown } from "../../server/src/core/report/markdown";
import { buildReport } from "../../server/src/core/report/report-model";
import { csvSection } from "./helpers";
import { analysisWithV2, V2_INPUT, V2_TEXT } from "./v2-tables";

const report = buildReport(analysisWithV2(V2_TEXT, V2_INPUT), "x.vcase");
const md = renderMarkdown(report);
const NEW_TABLES = ["Characteristics of the patients", "Outcomes over time", "Complications", "Follow-up"];

/** The body cells of the Markdown table under `## title`. */
function markdownBody(title: string): string[][] {
  const lines = md.slice(md.indexOf(`## ${title}\n`)).split("\n").slice(4);
  const end = lines.findIndex((l) => !l.startsWith("| "));
  return lines.slice(0, end).map((l) => l.slice(2, -2).split(" | "));
}

describe("the new tables in Word", () => {
  it("read back through mammoth with the Markdown's cells, each under its heading", async () => {
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(await renderDocx(report)) })).value;
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings.slice(0, 4)).toEqual(NEW_TABLES.map((t, i) => `Table ${i + 1}. ${t}`));
    const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
      [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].filter((r) => r[1]!.startsWith("<td")).map((r) => [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"))),
    );
    NEW_TABLES.forEach((title, i) => expect(tables[i], title).toEqual(markdownBody(title)));
    expect(tables[2]![0]).toEqual(["Cement leakage", "2", "2/4\u00a0(50%)", "2/4\u00a0(50%)", "0/0", "2/7\u00a0(29%)", "1"]);
  });
});

describe("the new tables in the CSV", () => {
  const records = csvRecords(report);

  it("spread the outcomes over one figure per cell, the t-test's p said to come from the t distribution", () => {
    const [header, ...rows] = csvSection(records, "Outcomes over time");
    expect(header).toEqual(["Measure", "Procedure", "Time", "n", "Score mean", "Score SD", "Score n", "t-test p", "t-test method", "Wilcoxon p", "Wilcoxon method"]);
    expect(rows[1]).toEqual(["Pain (VAS)", "Initial", "After", "4", "3.5", "1.3", "4", "0.00875", "t distribution", "0.0975", "approximate"]);
    expect(rows[3]).toEqual(["Pain (VAS)", "Initial", "6 months", "2", "1.0", "0.0", "2", "0.0424", "t distribution", "0.5", "exact"]);
  });

  it("gives complications and follow-up as k, n and % in their own cells", () => {
    const [header, ...rows] = csvSection(records, "Complications");
    expect(header!.slice(0, 5)).toEqual(["Complication", "Events", "Patients k", "Patients n", "Patients %"]);
    expect(rows[1]!.slice(0, 5)).toEqual(["New fracture", "1", "1", "4", "25"]);
    const followUp = csvSection(records, "Follow-up");
    expect(followUp[0]).toEqual(["Follow-up", "Value k", "Value n", "Value %", "Value median", "Value Q1", "Value Q3", "Value min", "Value max"]);
    expect(followUp.find((r) => r[0] === "Length in months, median (IQR)")!.slice(4, 7)).toEqual(["6.0", "3.5", "9.0"]);
    expect(records.flat().join("\n")).not.toMatch(/±|\[|→ ?\d/);
  });
});

describe("the new tables in HTML and the preview", () => {
  it("are sections of the page, in order, before the per-patient tables", () => {
    const html = renderHtml(report);
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings.slice(0, 5)).toEqual([...NEW_TABLES, "Patients and procedures"]);
  });

  it("keep every value on one line in the preview", () => {
    for (const title of NEW_TABLES) {
      for (const cell of markdownBody(title).flat().filter((c) => /^[\d<]/.test(c) && !/^\d+ \p{L}/u.test(c))) { // not a visit's label, "6 weeks"
        expect(cell, cell).not.toMatch(/ /);
        expect(cell, cell).not.toMatch(/–(?!\u2060)/);
      }
    }
  });
});
