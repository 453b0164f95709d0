import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runVcase } from "./run-cli";

function tempFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "vcase-cli-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("vcase check", () => {
  it("prints nothing and exits 0 on the valid seed sample", () => {
    const r = runVcase(["check", "samples/repeat-vertebroplasty.vcase"]);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });

  it("prints FILE:LINE:COL: SEVERITY CODE message and exits 1 on errors", () => {
    const path = tempFile("one.vcase", 'study "S" {\n  measure pain range 0..10\n}\npatient P1 {\n  procedure PV1 vertebroplasty on 2001-01-10 at L1 {\n    pain 11 -> 2\n  }\n}\n');
    const r = runVcase(["check", path]);
    expect(r.stdout.trim()).toBe(`${path}:6:10: error VC101 pain must be between 0 and 10 (declared on line 2); got 11`);
    expect(r.status).toBe(1);
  });

  it("exits 0 when there are only warnings, and still prints them", () => {
    const path = tempFile("warn.vcase", 'study "S" {\n  measure pain range 0..10\n}\npatient P1 {\n  procedure PV1 vertebroplasty on 2001-01-10 at L1 {\n    pain ? -> 2\n  }\n}\n');
    const r = runVcase(["check", path]);
    expect(r.stdout.trim()).toBe(`${path}:6:10: warning VC103 pain before PV1 is not recorded (?); this procedure is left out of the pain figures`);
    expect(r.status).toBe(0);
  });

  it("shows every diagnostic code once on the diagnostics tour", () => {
    const r = runVcase(["check", "samples/diagnostics.vcase"]);
    const codes = new Set(r.stdout.trim().split("\n").map((line) => line.split(" ")[2]));
    expect([...codes].sort()).toEqual([
      "VC001", "VC101", "VC102", "VC103", "VC104", "VC201", "VC202", "VC203", "VC204", "VC301", "VC302", "VC303",
      "VC304", "VC401", "VC402", "VC403", "VC404", "VC405", "VC501", "VC502", "VC503", "VC601",
      "VC701", "VC702", "VC703", "VC704", "VC705", "VC711", "VC712", "VC713", "VC721", "VC722",
    ]);
    expect(r.status).toBe(1);
  });

  it("checks several files and reports each by name", () => {
    const bad = tempFile("bad.vcase", "patient P1 {\n  age 200\n  procedure PV1 vertebroplasty on 2001-01-10 at L1 { }\n}\n");
    const r = runVcase(["check", "samples/repeat-vertebroplasty.vcase", bad]);
    expect(r.stdout).toContain(`${bad}:2:7: error VC403`);
    expect(r.stdout).not.toContain("repeat-vertebroplasty.vcase:");
    expect(r.status).toBe(1);
  });

  it.each([
    ["a missing file", ["check", "no-such-file.vcase"], /^vcase: no-such-file\.vcase: no such file\.$/],
    ["a folder", ["check", "samples"], /^vcase: samples: is a folder, not a \.vcase file\.$/],
    ["no file at all", ["check"], /^vcase: check needs at least one FILE\./],
    ["an unknown flag", ["check", "--strict", "x.vcase"], /^vcase: Unknown option '--strict'\./],
    ["a format written as a flag", ["summary", "x.vcase", "--json"], /^vcase: Unknown option '--json'\. To choose the format, write --format json\.\n/],
    ["an unknown command", ["verify", "x.vcase"], /^vcase: Unknown command "verify"\./],
  ])("exits 2 with one clear line for %s, never a stack trace", (_what, args, message) => {
    const r = runVcase(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("refuses a binary file with exit 2", () => {
    const path = tempFile("image.vcase", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const r = runVcase(["check", path]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`vcase: ${path}: looks like a binary file, not .vcase text.`);
  });

  it("reports a path it cannot read with exit 2", () => {
    const r = runVcase(["check", "samples/diagnostics.vcase/inside.vcase"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("vcase: samples/diagnostics.vcase/inside.vcase: cannot be read (ENOTDIR).");
  });
});

describe("vcase check columns", () => {
  // Columns counted by hand: one per Unicode character, é, 中 and the astral 𝑥 included
  // (in UTF-16 units 𝑥 would count two; in UTF-8 bytes é two, 中 three, 𝑥 four).
  it("count Unicode characters, so a jump lands on the token after é, 中 or 𝑥", () => {
    const path = tempFile(
      "unicode.vcase",
      'study "S" {\n  measure pain range 0..10\n}\npatient P1 {\n  etiology "é中𝑥" age 200\n' +
        '  procedure PV1 vertebroplasty on 2001-01-10 at L1 { note "𝑥𝑥" pain 11 -> 2 }\n}\n',
    );
    const lines = runVcase(["check", path]).stdout.trim().split("\n");
    // `  etiology "é中𝑥" age 200`: 2 spaces, etiology (8), space, quote, 3 characters, quote, space, age, space: 200 is the 22nd
    expect(lines[0]).toMatch(new RegExp(`^${escape(path)}:5:22: error VC403 `));
    // `  procedure PV1 vertebroplasty on 2001-01-10 at L1 { note "𝑥𝑥" pain 11`: 11 is the 69th character
    expect(lines[1]).toMatch(new RegExp(`^${escape(path)}:6:69: error VC101 `));
  });

  it("count a tab as one character", () => {
    const path = tempFile("tab.vcase", 'patient P1 {\n\tnote "é"\tage 200\n}\n');
    // tab, note, space, quote, é, quote, tab, age, space: 200 is the 15th
    expect(runVcase(["check", path]).stdout).toContain(`${path}:2:15: error VC403 `);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

