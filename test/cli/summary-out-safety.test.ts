/**
 * `vcase summary` never reports a failed write as success and never loses a file:
 * a full standard output or disk is exit 2 with one sentence; a failed --out
 * leaves nothing behind (so the retry is not refused); --force keeps the file's
 * mode and hard links; and the .vcase file itself is never replaced by its summary.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, linkSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { render, SAMPLE_LABEL, SAMPLE_TEXT } from "../report/helpers";
import { ROOT, runVcase, type CliResult } from "./run-cli";

const ARGS = ["summary", SAMPLE_LABEL, "--format", "md"];
const SUMMARY = render(SAMPLE_TEXT, "md", SAMPLE_LABEL);
const FULL_DISK = join(__dirname, "fixtures", "full-disk.cjs");

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "vcase-out-"));
}

/** The real program on a disk with room for `bytes` more bytes. */
function runOnFullDisk(args: string[], bytes: number): CliResult {
  const env = { ...process.env, VCASE_TEST_DISK_BYTES: String(bytes) };
  const r = spawnSync(process.execPath, ["--require", FULL_DISK, join(ROOT, "bin", "vcase.js"), ...args], { cwd: ROOT, encoding: "utf8", env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The real program with its standard output sent to `/dev/full`. */
function runIntoDevFull(args: string[]): { status: number | null; stderr: string } {
  const full = openSync("/dev/full", "w");
  try {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "vcase.js"), ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", full, "pipe"] });
    return { status: r.status, stderr: r.stderr };
  } finally {
    closeSync(full);
  }
}

function expectOneSentence(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd()).toMatch(pattern);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
}

describe("a standard output that cannot be written", () => {
  it("summary > /dev/full: exit 2, one sentence", () => {
    const r = runIntoDevFull(ARGS);
    expect(r.status).toBe(2);
    expectOneSentence(r.stderr, /^vcase: the output could not be written \(ENOSPC\)\.$/m);
  });

  it("check > /dev/full: exit 2, one sentence", () => {
    const r = runIntoDevFull(["check", "samples/diagnostics.vcase"]);
    expect(r.status).toBe(2);
    expectOneSentence(r.stderr, /^vcase: the output could not be written \(ENOSPC\)\.$/m);
  });
});

describe("a reader that stops reading early, as `| head` does", () => {
  it("is not an error: no message, and the command's own exit code", async () => {
    const measures = Array.from({ length: 2000 }, (_, i) => `  measure m${i} range 0..10`).join("\n");
    const file = join(tempDir(), "wide.vcase");
    writeFileSync(file, `study "Wide" {\n${measures}\n}\npatient P1 { procedure A vertebroplasty on 2001-01-01 at L1 { m0 8 -> 2 } }\n`);
    const child = spawn(process.execPath, [join(ROOT, "bin", "vcase.js"), "summary", file], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy()); // a summary of about 1 MB: far more than a pipe holds
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });
});

describe("--out on a full disk", () => {
  it("exits 2 with one sentence, leaves no file, and the retry writes the whole summary", () => {
    const dir = tempDir();
    const out = join(dir, "summary.md");
    const r = runOnFullDisk([...ARGS, "--out", out], 100);
    expect(r.status).toBe(2);
    expectOneSentence(r.stderr, new RegExp(`^vcase: ${out}: cannot be written \\(ENOSPC\\)\\.$`));
    expect(readdirSync(dir)).toEqual([]);
    const retry = runVcase([...ARGS, "--out", out]);
    expect(retry.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(SUMMARY);
  });

  it("with --force, leaves the existing file as it was and no temporary file", () => {
    const dir = tempDir();
    const out = join(dir, "summary.md");
    writeFileSync(out, "last week's summary\n");
    const r = runOnFullDisk([...ARGS, "--out", out, "--force"], 100);
    expect(r.status).toBe(2);
    expectOneSentence(r.stderr, /cannot be written \(ENOSPC\)\.$/);
    expect(readFileSync(out, "utf8")).toBe("last week's summary\n");
    expect(readdirSync(dir)).toEqual(["summary.md"]);
  });

  it("with --force, when the disk fills while replacing, says where the full summary is", () => {
    const dir = tempDir();
    const out = join(dir, "summary.md");
    writeFileSync(out, "old\n");
    const r = runOnFullDisk([...ARGS, "--out", out, "--force"], Buffer.byteLength(SUMMARY) + 2);
    expect(r.status).toBe(2);
    const kept = readdirSync(dir).filter((name) => name !== "summary.md");
    expect(kept).toHaveLength(1);
    expectOneSentence(r.stderr, new RegExp(`could not be replaced completely \\(ENOSPC\\); the full summary is in .*${kept[0]!.replace(/\./g, "\\.")}\\.$`));
    expect(readFileSync(join(dir, kept[0]!), "utf8")).toBe(SUMMARY);
  });

  it("with --force through a symbolic link to /dev/full: exit 2, and the link stays a link", () => {
    const dir = tempDir();
    const out = join(dir, "summary.md");
    symlinkSync("/dev/full", out);
    const r = runVcase([...ARGS, "--out", out, "--force"]);
    expect(r.status).toBe(2);
    expectOneSentence(r.stderr, /cannot be written \(ENOSPC\)\.$/);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir)).toEqual(["summary.md"]);
  });
});

describe("--force replaces the content, not the file", () => {
  it("keeps a 0600 file at 0600", () => {
    const out = join(tempDir(), "summary.md");
    writeFileSync(out, "old\n");
    chmodSync(out, 0o600);
    expect(runVcase([...ARGS, "--out", out, "--force"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(SUMMARY);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it("keeps hard links: the other name shows the new summary", () => {
    const dir = tempDir();
    const out = join(dir, "summary.md");
    const other = join(dir, "linked.md");
    writeFileSync(out, "a longer old text than the new one would be if it were short\n".repeat(200));
    linkSync(out, other);
    expect(runVcase([...ARGS, "--out", out, "--force"]).status).toBe(0);
    expect(readFileSync(other, "utf8")).toBe(SUMMARY);
    expect(statSync(out).ino).toBe(statSync(other).ino);
    expect(readdirSync(dir).sort()).toEqual(["linked.md", "summary.md"]);
  });
});

describe("--out naming the .vcase file itself", () => {
  for (const how of ["the same path", "a symbolic link to it", "a hard link to it"] as const) {
    it(`is refused, with or without --force: ${how}`, () => {
      const dir = tempDir();
      const file = join(dir, "series.vcase");
      writeFileSync(file, SAMPLE_TEXT);
      const out = how === "the same path" ? file : join(dir, "out.md");
      if (how === "a symbolic link to it") symlinkSync(file, out);
      if (how === "a hard link to it") linkSync(file, out);
      for (const force of [[], ["--force"]]) {
        const r = runVcase(["summary", file, "--out", out, ...force]);
        expect(r.status).toBe(2);
        expectOneSentence(r.stderr, /is the \.vcase file being read; it was left as it is\. Choose another --out\.$/);
        expect(readFileSync(file, "utf8")).toBe(SAMPLE_TEXT);
      }
    });
  }
});
