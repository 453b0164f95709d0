/**
 * The summary preview beside the file at half a screen: no value breaks inside
 * ("9.0 ±" / "0.9", "60 [54–" / "65]"), sex in one vocabulary whatever was
 * typed, the per-patient table in two narrow halves, and Markdown without a
 * backslash where no text of the file needs one.
 */
import { describe, expect, it } from "vitest";
import { render, SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

const md = render(SAMPLE_TEXT, "md", SAMPLE_LABEL);
const tableLines = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Patient |") && !l.startsWith("| Measure |"));

describe("the Markdown preview", () => {
  it("keeps every value on one line: no ordinary space or breakable dash inside a figure", () => {
    const cells = tableLines.flatMap((l) => l.slice(2, -2).split(" | "));
    const figures = cells.filter((c) => /^[\d<]/.test(c));
    expect(figures.length).toBeGreaterThan(100);
    for (const c of figures) {
      expect(c, c).not.toMatch(/ /);
      expect(c, c).not.toMatch(/–(?!\u2060)/);
    }
    expect(md).toContain("| 9.0\u00a0±\u00a00.9 | 9.0\u00a0[8.3–\u20609.8] |");
    expect(md).toContain("| 9\u00a0→\u00a02 |");
  });

  it("writes our own headers as they are, without backslashes", () => {
    expect(md).toContain("| Before, median [IQR] |");
    expect(md).not.toContain("\\");
  });

  it("splits the per-patient table into two halves of at most ten columns", () => {
    const headers = md.split("\n").filter((l) => l.startsWith("| Patient |"));
    expect(headers).toHaveLength(2);
    for (const h of headers) expect(h.split(" | ").length).toBeLessThanOrEqual(10);
  });

  it("shows sex in one vocabulary: F, M, other, unknown, whatever was typed", () => {
    const text = `study "S" { measure pain range 0..10 }
${["F", "female", "M", "male", "other", "unknown"].map((s, i) => `patient P${i + 1} { sex ${s} procedure A vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 } }`).join("\n")}`;
    const out = render(text, "md");
    const patients = out.slice(out.indexOf("## Patients and procedures"), out.indexOf("## Per-patient scores"));
    const rows = patients.split("\n").filter((l) => /^\| P\d /.test(l));
    expect(rows.map((l) => l.split(" | ")[2])).toEqual(["F", "F", "M", "M", "other", "unknown"]);
  });
});
