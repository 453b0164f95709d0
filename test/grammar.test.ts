// Runs the TextMate grammar tests (test/grammar/*.vcase) with vscode-tmgrammar-test,
// the same as: npx vscode-tmgrammar-test -g syntaxes/vcase.tmLanguage.json 'test/grammar/*.vcase'
// and checks that the runner really fails on a wrong assertion, so that a green
// result cannot come from a runner that checks nothing.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const grammar = "syntaxes/vcase.tmLanguage.json";

function runnerScript(): string {
  const require = createRequire(join(root, "package.json"));
  const manifestPath = require.resolve("vscode-tmgrammar-test/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    bin: Record<string, string>;
  };
  const bin = manifest.bin["vscode-tmgrammar-test"];
  if (!bin) throw new Error("vscode-tmgrammar-test has no 'vscode-tmgrammar-test' bin entry");
  return join(dirname(manifestPath), bin);
}

function runGrammarTests(glob: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [runnerScript(), "-g", grammar, glob], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
    timeout: 60_000,
  });
}

const output = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`;

describe("TextMate grammar (source.vcase)", () => {
  const scratch = mkdtempSync(join(tmpdir(), "vcase-grammar-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  // the runner takes glob patterns: use forward slashes even on Windows
  const scratchGlob = (name: string) => join(scratch, name).split("\\").join("/");

  it("passes every test in test/grammar/*.vcase", () => {
    const files = readdirSync(join(root, "test/grammar")).filter((f) => f.endsWith(".vcase"));
    expect(files.length).toBeGreaterThan(0);
    const r = runGrammarTests("test/grammar/*.vcase");
    expect(r.error).toBeUndefined();
    expect(r.status, output(r)).toBe(0);
    for (const f of files) expect(output(r)).toContain(`${f} run successfuly`);
  });

  it("passes a correct assertion written to a temp file", () => {
    writeFileSync(
      join(scratch, "right.vcase"),
      ['// SYNTAX TEST "source.vcase"', "patient P1 {", "// <------- keyword.control.vcase", "}", ""].join("\n"),
    );
    const r = runGrammarTests(scratchGlob("right.vcase"));
    expect(r.status, output(r)).toBe(0);
  });

  it("fails on a deliberately wrong assertion", () => {
    writeFileSync(
      join(scratch, "wrong.vcase"),
      [
        '// SYNTAX TEST "source.vcase"',
        'note "study"',
        "//     ^^^^^ keyword.control.vcase", // wrong: `study` inside a string is a string
        "",
      ].join("\n"),
    );
    const r = runGrammarTests(scratchGlob("wrong.vcase"));
    expect(r.error).toBeUndefined();
    expect(r.status).not.toBe(0);
    expect(output(r)).toContain("wrong.vcase failed");
    expect(output(r)).toContain("missing required scopes: keyword.control.vcase");
  });
});
