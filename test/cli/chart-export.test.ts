/**
 * `vcase chart FILE --out FIG.svg|png|pdf` and `vcase export FILE --format
 * long|wide [--out DATA.csv]` through the real program: the figure's format from
 * the extension, an existing file never replaced without --force, and one
 * sentence with exit 2 for every mistake.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_LABEL } from "../report/helpers";
import { runVcase } from "./run-cli";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "vcase-chart-"));
}

describe("vcase chart --out", () => {
  it("writes an SVG, a PNG and a PDF, each told by its extension", () => {
    const dir = tempDir();
    for (const [name, magic] of [["fig.svg", "<?xml"], ["fig.PNG", "\x89PNG"], ["fig.pdf", "%PDF-"]] as const) {
      const r = runVcase(["chart", SAMPLE_LABEL, "--out", join(dir, name)]);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/^Wrote .*fig\.(svg|PNG|pdf) \(174 × [\d.]+ mm\)\.\n$/);
      expect(readFileSync(join(dir, name)).toString("latin1", 0, magic.length)).toBe(magic);
    }
  });

  it("refuses to replace an existing file unless --force is given", () => {
    const dir = tempDir();
    const out = join(dir, "fig.svg");
    writeFileSync(out, "my figure");
    const refused = runVcase(["chart", SAMPLE_LABEL, "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/already exists; it was left as it is\. Choose another --out, or add --force to replace it\./);
    expect(readFileSync(out, "utf8")).toBe("my figure");
    expect(runVcase(["chart", SAMPLE_LABEL, "--out", out, "--force"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<\?xml/);
  });

  it("lays the panels out in --columns columns of 87 mm", () => {
    const out = join(tempDir(), "fig.svg");
    expect(runVcase(["chart", SAMPLE_LABEL, "--out", out, "--columns", "1"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/<svg [^>]*width="87mm"/);
  });

  it("says what to write instead of a missing --out, an unknown extension, --format or bad --columns", () => {
    const cases: [string[], RegExp][] = [
      [[], /chart needs --out FIG\.svg, FIG\.png or FIG\.pdf/],
      [["--out", "fig.tiff"], /--out must end in \.svg, \.png or \.pdf .*got "fig\.tiff"/],
      [["--out", "fig.png", "--format", "png"], /chart takes its format from the --out file's extension/],
      [["--out", "fig.png", "--columns", "0"], /--columns must be a whole number of panels per row from 1 to 8; got "0"/],
    ];
    for (const [args, message] of cases) {
      const r = runVcase(["chart", SAMPLE_LABEL, ...args], tempDir());
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")[0]).toMatch(/^vcase: /);
    }
  });
});

describe("vcase export", () => {
  it("prints the long layout by default, one header and 48 rows", () => {
    const r = runVcase(["export", SAMPLE_LABEL]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe("patient,age,sex,procedure,role,repeats,date,day,levels,measure,timepoint,score");
    expect(lines).toHaveLength(1 + 48 + 1);
    expect(lines[49]).toBe(""); // the last record ends with CRLF too
  });

  it("writes the wide layout to a new file, and refuses to replace one", () => {
    const out = join(tempDir(), "data.csv");
    expect(runVcase(["export", SAMPLE_LABEL, "--format", "wide", "--out", out]).status).toBe(0);
    expect(readFileSync(out, "utf8").split("\r\n")[0]).toBe(
      "patient,age,sex,procedure,role,repeats,date,day,levels,cement_ml,pain_before,pain_after,mobility_before,mobility_after",
    );
    const again = runVcase(["export", SAMPLE_LABEL, "--out", out]);
    expect(again.status).toBe(2);
    expect(readFileSync(out, "utf8")).toMatch(/^patient,.*cement_ml/);
  });

  it("never writes over the .vcase file it reads, even with --force", () => {
    const dir = tempDir();
    const file = join(dir, "series.vcase");
    const text = readFileSync(join(__dirname, "../../samples/repeat-vertebroplasty.vcase"), "utf8");
    writeFileSync(file, text);
    const r = runVcase(["export", "series.vcase", "--out", "./series.vcase", "--force"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is the \.vcase file being read; it was left as it is\. Choose another --out\./);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("refuses a layout it does not know", () => {
    const r = runVcase(["export", SAMPLE_LABEL, "--format", "json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format must be long or wide for export; got "json"/);
  });
});
