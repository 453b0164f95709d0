/**
 * A file with errors still gets its summary, and every document says, where a
 * reader sees it, how many errors and warnings there were, the first few by
 * line, and that the figures leave out what could not be read.
 */
import { describe, expect, it } from "vitest";
import { readCsv, render } from "./helpers";

// Line 3: pain 11 on a 0..10 scale (VC101); line 4: an undeclared measure (VC102);
// line 5: a score not recorded (VC103, a warning).
const TEXT = `study "S" { measure pain range 0..10 }
patient A {
  procedure X vertebroplasty on 2001-01-01 at L1 { pain 11 -> 2 }
  procedure Y vertebroplasty on 2001-02-01 at L1 repeats X { pian 9 -> 3 }
  procedure Z vertebroplasty on 2001-03-01 at L1 repeats X { pain 9 -> ? }
}`;

describe("summary of a file with errors", () => {
  it("says in Markdown how many errors and warnings, where, and what is left out", () => {
    const md = render(TEXT, "md");
    expect(md).toMatch(/This file has 2 errors and 1 warning\. The tables and figures leave out what could not be read/);
    expect(md).toMatch(/> - line 3: .*11/);
    expect(md).toMatch(/> - line 4: .*pian/);
    expect(md).toMatch(/> - line 5 \(warning\): /);
    expect(md.indexOf("This file has")).toBeLessThan(md.indexOf("## Patients and procedures"));
  });

  it("says it in the HTML page, the chart and the CSV too", () => {
    for (const doc of [render(TEXT, "html"), render(TEXT, "chart")]) {
      expect(doc).toMatch(/<div class="notice" role="alert">\s*<p>This file has 2 errors and 1 warning\./);
      expect(doc).toMatch(/<li>line 3: /);
    }
    const records = readCsv(render(TEXT, "csv"));
    const at = records.findIndex((r) => r[0]!.startsWith("This file has 2 errors and 1 warning."));
    expect(at).toBeGreaterThan(0);
    expect(records[at + 1]![0]).toMatch(/^line 3: /);
  });

  it("gives the counts in the JSON of spec §6, and still its figures", () => {
    const json = JSON.parse(render(TEXT, "json"));
    expect(json.diagnostics).toEqual({ errors: 2, warnings: 1 });
    expect(json.procedures).toEqual({ total: 3, initial: 1, repeat: 2 });
  });

  it("lists five and counts the rest", () => {
    const many = `study "S" { measure pain range 0..10 }
patient A {
${[1, 2, 3, 4, 5, 6, 7].map((i) => `  procedure X${i} vertebroplasty on 2001-01-0${i} at L1 { pain 11 -> 2 }`).join("\n")}
}`;
    const md = render(many, "md");
    expect(md).toMatch(/This file has 7 errors\./);
    expect(md.match(/^> - line \d+: /gm)).toHaveLength(5);
    expect(md).toContain("> - … and 2 more.");
  });
});
