/**
 * Texts from the file can never act: in CSV a cell that a spreadsheet would run
 * as a formula is shown as text; in HTML and Markdown every tag is shown, not
 * parsed, the page runs no script and loads nothing.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { neutralizeCell } from "../../server/src/core/report/csv";
import { HOSTILE, readCsv, render } from "./helpers";

describe("CSV against formula injection", () => {
  const records = readCsv(render(HOSTILE, "csv"));
  const cells = records.flat();

  it("prefixes every cell that begins with = + - @ tab or CR", () => {
    for (const c of cells) {
      if (/^-?\d+(\.\d+)?$/.test(c)) continue; // a plain number cannot be a formula
      expect(c).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(records[0]![0]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example")`);
    expect(cells).toContain(`'@cmd|' /C calc'!A0`);
    expect(cells).toContain(`'-2+3`);
    expect(cells.some((c) => c.startsWith("'+SUM(A1:A9)"))).toBe(true); // the measure label in a header
  });

  it("neutralises each dangerous first character and leaves plain numbers and text alone", () => {
    for (const c of ["=1+1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutralizeCell(c)).toBe(`'${c}`);
    for (const c of ["-2", "-0.5", "12", "osteoporosis", "9 → 2", "a=b"]) expect(neutralizeCell(c)).toBe(c);
  });
});

describe("HTML against script and style injection", () => {
  const html = render(HOSTILE, "html");

  it("contains no script element at all and closes its one stylesheet once", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
    expect(html.match(/<\/title>/gi)!.length).toBe(html.match(/<title[\s>]/gi)!.length); // no injected </title>
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("=HYPERLINK(&quot;http://evil.example&quot;)");
  });

  it("has a Content-Security-Policy that allows only its own stylesheet, by hash", () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!;
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/script-src|unsafe-inline|https?:/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash("sha256").update(style, "utf8").digest("base64");
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
  });

  it("loads nothing: no src, no href, no style attribute, no url()", () => {
    expect(html).not.toMatch(/\s(src|href|style)=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/<(img|link|iframe|object|embed|base)\b/i);
  });

  it("escapes the file's texts in the chart fragment the editor shows", () => {
    const fragment = render(HOSTILE, "chart");
    expect(fragment).not.toMatch(/<script/i);
    expect(fragment).toContain("&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;");
  });
});

describe("Markdown against markup injection", () => {
  const md = render(HOSTILE, "md");

  it("shows tags and link syntax as text", () => {
    expect(md).not.toMatch(/(^|[^\\])<script/);
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(md).not.toMatch(/(^|[^\\])<\/style/);
  });

  it("keeps a pipe inside its table cell", () => {
    const row = md.split("\n").find((l) => l.startsWith("| P2 |"))!;
    expect(row).toContain("@cmd\\|' /C calc'!A0");
    const unescapedPipes = row.match(/(?<!\\)\|/g)!.length;
    const header = md.split("\n").find((l) => l.startsWith("| Patient |"))!;
    expect(unescapedPipes).toBe(header.match(/(?<!\\)\|/g)!.length);
  });
});
