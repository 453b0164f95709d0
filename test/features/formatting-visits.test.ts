/**
 * Formatting of visit blocks: one written on one line stays on its line with
 * single spaces; one the author began on a new line after its `{` is laid out one
 * measure and score per line, indented under the visit, its `}` on its own line.
 * Expected texts written by hand.
 */
import { describe, expect, test } from "vitest";
import { formatText } from "../../server/src/core/format/format";

const format = (text: string) => formatText(text, { indent: "  " });
const head = `study "S" {\n  measure pain "Pain" range 0..10 better lower\n  measure odi "ODI" range 0..100 better lower\n  visit w6 "6 weeks" day 42 window 14\n}\n\n`;
const patient = (body: string) => `${head}patient P1 {\n  procedure PV1 vertebroplasty on 2020-01-06 at L1 {\n${body}  }\n}\n`;

describe("visit blocks", () => {
  test("on one line: kept on its line, spaces made single", () => {
    expect(format(patient("      visit  w6 on 2020-02-17 {pain 2     odi 30}\n"))).toBe(patient("    visit w6 on 2020-02-17 { pain 2 odi 30 }\n"));
  });

  test("begun on a new line: one entry per line, indented, and stable", () => {
    const formatted = format(patient("visit w6 on 2020-02-17 {\n pain 2    odi 30\n        }\n"));
    expect(formatted).toBe(patient("    visit w6 on 2020-02-17 {\n      pain 2\n      odi 30\n    }\n"));
    expect(format(formatted)).toBe(formatted);
  });

  test("a comment inside a multi-line block stays at the end of its entry", () => {
    expect(format(patient("    visit w6 {\n  pain ? // not asked\n odi 30 }\n"))).toBe(patient("    visit w6 {\n      pain ? // not asked\n      odi 30\n    }\n"));
  });
});
