/**
 * The Word document read back by an independent reader (mammoth, which turns a
 * .docx into HTML) gives the same tables, cell for cell, as the Markdown
 * summary: one Report, two renderings. The document also opens for any text a
 * file can hold (control characters, markup), and its tables are real tables
 * with a spanning header over grouped columns.
 */
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { renderSummaryDocx } from "../../server/src/core/report/render-summary";
import { buildReport } from "../../server/src/core/report/report-model";
import { wordsText } from "../../server/src/core/report/table";
import { HOSTILE, manyMeasures, render, SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

const TODAY = "2025-01-01";

async function docxHtml(text: string, label = "x.vcase"): Promise<string> {
  const bytes = await renderSummaryDocx(analyze(text, { today: TODAY }), label);
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  expect(result.messages.filter((m) => m.type === "error")).toEqual([]);
  return result.value;
}

const decode = (s: string) => s.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

interface ReadTable {
  readonly header: string[][];
  readonly body: string[][];
}

/** mammoth's tables: header rows (th) and body rows (td), each cell's text. */
function wordTables(html: string): ReadTable[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) => {
    const rows = [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => ({
      header: r[1]!.startsWith("<th"),
      cells: [...r[1]!.matchAll(/<t([hd])([^>]*)>([\s\S]*?)<\/t[hd]>/g)].map((c) => ({ span: Number(/colspan="(\d+)"/.exec(c[2]!)?.[1] ?? 1), rowSpan: /rowspan/.test(c[2]!), text: decode(c[3]!) })),
    }));
    // One header line per column, as Markdown writes it: "group, name", or the name alone.
    const [top, sub] = rows.filter((r) => r.header);
    const header: string[] = [];
    if (sub === undefined) header.push(...top!.cells.map((c) => c.text));
    else {
      let k = 0;
      for (const c of top!.cells) {
        if (c.rowSpan) header.push(c.text);
        else for (let i = 0; i < c.span; i++) header.push(`${c.text}, ${sub.cells[k++]!.text}`);
      }
    }
    return { header: [header], body: rows.filter((r) => !r.header).map((r) => r.cells.map((c) => c.text)) };
  });
}

/**
 * The Markdown's tables, cells split on unescaped pipes and unescaped. A column
 * whose Markdown header is a one-line rewording ("Improved, of the impaired")
 * is compared by the "group, name" Word draws in two header rows.
 */
function markdownTables(md: string, text: string): ReadTable[] {
  const report = buildReport(analyze(text, { today: TODAY }), "x.vcase");
  return markdownCells(md).map((t, i) => ({
    header: [t.header[0]!.map((h, k) => {
      const column = report.tables[i]!.columns[k]!;
      return column.full === undefined || column.group === null ? h : `${wordsText(column.group)}, ${column.name}`;
    })],
    body: t.body,
  }));
}

function markdownCells(md: string): ReadTable[] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of md.split("\n")) {
    if (!line.startsWith("|")) {
      current = null;
      continue;
    }
    if (/^\|(---\|)+$/.test(line)) continue;
    if (current === null) tables.push((current = []));
    current.push(line.slice(2, -2).split(/(?<!\\) \| /).map((c) => c.replace(/\\(.)/g, "$1").replace(/&amp;/g, "&")));
  }
  return tables.map(([header, ...body]) => ({ header: [header!], body }));
}

describe("Word summary", () => {
  it("reads back, through mammoth, as the same tables as the Markdown, cell for cell", async () => {
    const word = wordTables(await docxHtml(SAMPLE_TEXT, SAMPLE_LABEL));
    const markdown = markdownTables(render(SAMPLE_TEXT, "md", SAMPLE_LABEL), SAMPLE_TEXT);
    expect(word).toHaveLength(7);
    expect(word).toEqual(markdown);
    // The seed abstract: 5 of 6 responders after the repeat; numbers held together by no-break spaces.
    expect(word[5]!.body[1]![3]).toBe("5/6\u00a0(83%)");
  });

  it("names each table, and keeps the notes under it", async () => {
    const html = await docxHtml(SAMPLE_TEXT, SAMPLE_LABEL);
    expect([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual([
      "Table 1. Characteristics of the patients",
      "Table 2. Outcomes over time",
      "Table 3. Patients and procedures",
      "Table 4. Per-patient scores",
      "Table 5. Cohort summary: scores",
      "Table 6. Cohort summary: responses",
      "Table 7. Intervals (days)",
    ]);
    expect(html).toContain("<em>Sex: F female, M male.");
    expect(html).toContain("<h1>Repeat percutaneous vertebroplasty at previously treated levels</h1>");
  });

  it("opens with markup and control characters in the file's texts, and shows them as text", async () => {
    const hostile = HOSTILE.replace("reference \"", "reference \"\u0001\u0007bell ");
    const html = await docxHtml(hostile);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<td><p>=HYPERLINK("http://evil.example")</p></td>');
    expect(html).toContain("<strong>Reference: </strong>bell &lt;script&gt;"); // the control characters dropped
    expect(html).not.toMatch(/<script/);
    const md = markdownTables(render(hostile, "md"), hostile);
    expect(wordTables(html)).toEqual(md);
  });

  it("cuts a table wider than a page into parts of at most 12 columns, each naming the patient", async () => {
    const names = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const text = `study "S" {\n${names.map((n) => `  measure ${n} range 0..10`).join("\n")}\n}
patient P1 { procedure A vertebroplasty on 2001-01-01 at L1 { ${names.map((n, i) => `${n} ${i + 2} -> ${i}`).join(" ")} } }
patient P2 { procedure A vertebroplasty on 2001-01-01 at L1 { ${names.map((n, i) => `${n} ${i + 1} -> ${i}`).join(" ")} } }`;
    const html = await docxHtml(text);
    const word = wordTables(html);
    expect(word.every((t) => t.header[0]!.length <= 12)).toBe(true);
    expect([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toContain("Table 4. Per-patient scores (continued)");
    // The patient's row, put back together from its parts, is the Markdown's row.
    const md = markdownCells(render(text, "md"));
    const scores = md.find((t) => t.header[0]!.length === 3 + 2 * names.length)!;
    const parts = word.filter((t) => t.header[0]![0] === "Patient" && t.header[0]!.some((h) => /^[a-h], initial$/.test(h)));
    expect(parts).toHaveLength(2);
    const joined = parts[0]!.body.map((row, r) => [...row, ...parts.slice(1).flatMap((p) => p.body[r]!.slice(1))]);
    expect(joined).toEqual(scores.body);
    expect(joined[0]!.slice(0, 5)).toEqual(["P1", "—", "—", "2\u00a0→\u00a00", "—"]);
  });

  it("refuses a summary too large for Word (5,000 measures) with a sentence saying what to export instead", async () => {
    await expect(renderSummaryDocx(analyze(manyMeasures(5000), { today: TODAY }), "x.vcase")).rejects.toThrow(
      /^This summary has [\d,]+ table cells, too many for a Word document \(at most 20,000\); export it as CSV or HTML instead\.$/,
    );
  });

  it("writes a file with errors too, with the notice of what was left out", async () => {
    const html = await docxHtml(`study "S" { measure pain range 0..10 }\npatient A { procedure X vertebroplasty on 2001-01-01 at L1 { pain 11 -> ? } }`);
    expect(html).toMatch(/This file has 1 error and 1 warning\./);
    expect(html).toMatch(/<li>line 2: /);
  });
});
