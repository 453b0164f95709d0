/**
 * What the command line prints from a file never acts on the terminal: control
 * characters and bidi overrides are shown escaped (core/text/printable.ts), in
 * `check` messages, file names and a summary printed to standard output. A
 * summary written with --out is the document itself and keeps the file's text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeControls, printableLines } from "../../server/src/core/text/printable";
import { runVcase } from "./run-cli";

/** Anything a terminal would act on: C0 but the line break, DEL, C1, bidi overrides and isolates. */
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("escapeControls", () => {
  it("shows each control and bidi character as an escape", () => {
    expect(escapeControls("\u001b]0;PWNED\u0007")).toBe("\\x1b]0;PWNED\\x07");
    expect(escapeControls("a\tb\nc\rd\u0000e\u007f\u0085\u009b")).toBe("a\\tb\\nc\\rd\\x00e\\x7f\\x85\\x9b");
    expect(escapeControls("\u202aa\u202eb\u2066c\u2069")).toBe("\\u{202a}a\\u{202e}b\\u{2066}c\\u{2069}");
  });

  it("keeps every other character", () => {
    const kept = "Pain → 3 ± 1, Müller, 疼痛, אבג, \u200f, 😀 ~ \\ \" '";
    expect(escapeControls(kept)).toBe(kept);
  });
});

describe("printableLines", () => {
  it("keeps the block's own line breaks, LF and CRLF, and escapes a lone CR", () => {
    expect(printableLines("a\u001b\nb\r\nc\rd")).toBe("a\\x1b\nb\r\nc\\rd");
    expect(printableLines("a,b\r\nc,d\r")).toBe("a,b\r\nc,d\r"); // a CSV whose last \n is printed after it
  });
});

function fileWith(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "vcase-printable-")), name);
  writeFileSync(path, text);
  return path;
}

describe("the command line", () => {
  it("check: a misplaced string with a terminal escape is quoted escaped", () => {
    const file = fileWith("esc.vcase", `study "S" {\n  measure pain range 0..10\n}\npatient P1 {\n  age "\u001b]0;PWNED\u0007"\n}\n`);
    const r = runVcase(["check", file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('found `"\\x1b]0;PWNED\\x07"`');
    expect(r.stdout).not.toMatch(ACTIVE);
  });

  it("a file name with control characters is escaped in every message", () => {
    const file = fileWith("a\u001b[31mred\u202e.vcase", `study "S" {\n  measure pain range 0..10\n}\npatient P1 {\n  age "x"\n}\n`);
    const checked = runVcase(["check", file]);
    expect(checked.stdout).toContain("a\\x1b[31mred\\u{202e}.vcase:5:7: error VC001");
    expect(checked.stdout).not.toMatch(ACTIVE);
    const missing = runVcase(["check", `${file}.missing`]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("a\\x1b[31mred\\u{202e}.vcase.missing: no such file.");
    expect(missing.stderr).not.toMatch(ACTIVE);
  });

  it("summary to standard output escapes file text; --out keeps it as written", () => {
    const title = "Series \u001b]0;PWNED\u0007 \u202eevil";
    const file = fileWith("s.vcase", `study "${title}" {\n  measure pain range 0..10\n}\npatient P1 {\n  procedure A vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 }\n}\n`);
    for (const format of ["md", "csv", "html"]) {
      const r = runVcase(["summary", file, "--format", format]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("Series \\x1b"); // Markdown then escapes the `]`
      expect(r.stdout).toContain("0;PWNED\\x07 \\u{202e}evil");
      expect(r.stdout.replace(/\r\n/g, "\n")).not.toMatch(ACTIVE); // CSV's own CRLF stays
    }
    const out = join(mkdtempSync(join(tmpdir(), "vcase-printable-")), "s.csv");
    expect(runVcase(["summary", file, "--format", "csv", "--out", out]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(title);
  });
});
