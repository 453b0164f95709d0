/**
 * `vcase summary FILE --format md|csv|html|json|docx [--out PATH] [--force]`
 * through the real program: each text format prints the same document the
 * editor shows, a Word document is only written to --out, and --out never
 * replaces an existing file unless --force is given.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manyMeasures, render, SAMPLE_LABEL, SAMPLE_TEXT } from "../report/helpers";
import { runVcase } from "./run-cli";

const ARGS = ["summary", SAMPLE_LABEL];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "vcase-summary-"));
}

describe("vcase summary --format", () => {
  for (const format of ["md", "csv", "html", "json"] as const) {
    it(`${format}: prints the same document as the editor's summary`, () => {
      const r = runVcase([...ARGS, "--format", format]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(render(SAMPLE_TEXT, format, SAMPLE_LABEL));
    });
  }

  it("prints Markdown when no format is given", () => {
    expect(runVcase(ARGS).stdout).toMatch(/^# Repeat percutaneous vertebroplasty/);
  });

  it("refuses a format it does not know, with exit 2", () => {
    const r = runVcase([...ARGS, "--format", "pdf"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of md, csv, html, json, docx; got "pdf"/);
  });

  it("docx: refuses to print a Word document, in one sentence, and asks for --out", () => {
    const r = runVcase([...ARGS, "--format", "docx"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("vcase: A Word document cannot be printed to the terminal: add --out FILE.docx to write it to a file.\n");
  });

  it("docx: refuses a summary too large for Word in one sentence, exit 2, and writes nothing", () => {
    const dir = tempDir();
    const file = join(dir, "many.vcase");
    writeFileSync(file, manyMeasures(5000));
    const out = join(dir, "many.docx");
    const r = runVcase(["summary", file, "--format", "docx", "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^vcase: This summary has [\d,]+ table cells, too many for a Word document \(at most 20,000\); export it as CSV or HTML instead\.\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it("docx: writes a Word document (a zip holding word/document.xml) to --out", () => {
    const out = join(tempDir(), "summary.docx");
    const r = runVcase([...ARGS, "--format", "docx", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`Wrote ${out}`);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    expect(bytes.includes(Buffer.from("word/document.xml"))).toBe(true);
  });
});

describe("vcase summary --out", () => {
  it("writes a new file and says so", () => {
    const out = join(tempDir(), "summary.html");
    const r = runVcase([...ARGS, "--format", "html", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Wrote ${out}`);
    expect(readFileSync(out, "utf8")).toBe(render(SAMPLE_TEXT, "html", SAMPLE_LABEL));
  });

  it("refuses to replace an existing file without --force, leaves it as it was, exits 2", () => {
    const dir = tempDir();
    const out = join(dir, "summary.csv");
    writeFileSync(out, "the author's own notes\n");
    const r = runVcase([...ARGS, "--format", "csv", "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${out} already exists; it was left as it is.`);
    expect(r.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("the author's own notes\n");
    expect(readdirSync(dir)).toEqual(["summary.csv"]);
  });

  it("replaces it with --force, leaving no temporary file behind", () => {
    const dir = tempDir();
    const out = join(dir, "summary.md");
    writeFileSync(out, "old\n");
    const r = runVcase([...ARGS, "--format", "md", "--out", out, "--force"]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(render(SAMPLE_TEXT, "md", SAMPLE_LABEL));
    expect(readdirSync(dir)).toEqual(["summary.md"]);
  });

  it("says so when the folder of --out does not exist, and writes nothing", () => {
    const out = join(tempDir(), "missing", "summary.json");
    for (const force of [[], ["--force"]]) {
      const r = runVcase([...ARGS, "--format", "json", "--out", out, ...force]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot be written \(ENOENT\)/);
      expect(existsSync(out)).toBe(false);
    }
  });
});
