/**
 * The retired `--compile-cache=DIR` (server/src/lsp/node-options.ts): earlier
 * versions wrote V8's compiled code into DIR and removed the other `.cache` and
 * `.partial` files there when the server exited; the README told Neovim and
 * Helix users to point it at a folder in their home. A server still started with
 * the flag serves as one without it, says once that the flag is ignored, and the
 * folder keeps every file it had, byte for byte, with nothing added.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serveDocument } from "./bundled-server";

const ROOT = join(__dirname, "../..");
const SAMPLE = readFileSync(join(ROOT, "samples/diagnostics.vcase"), "utf8");
const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the server as an editor would, opens the sample, shuts it down, and returns what it published, its exit code and its stderr. */
async function serveOnce(args: string[]): Promise<{ messages: string[]; exitCode: number | null; stderr: string }> {
  const served = await serveDocument([join(ROOT, "bin/vcase-language-server.js"), ...args], "file:///cases/diagnostics.vcase", SAMPLE, async (_, published) =>
    (await published).diagnostics.map((d) => `${d.code} ${d.message}`),
  );
  return { messages: served.answer, exitCode: served.exitCode, stderr: served.stderr };
}

/** Every file under `dir`: its path, its bytes and its modification time. */
function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const files = new Map<string, { bytes: string; mtimeMs: number }>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), { bytes: readFileSync(path).toString("base64"), mtimeMs: statSync(path).mtimeMs });
    }
  };
  walk(dir);
  return files;
}

describe("a server started with the old --compile-cache=DIR", () => {
  it("leaves every file in that folder as it was and adds none, and checks the file as without the flag", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vcase-users-folder-"));
    folders.push(dir);
    // What a user's ~/.cache may hold: other programs' caches, half-written files, notes.
    writeFileSync(join(dir, "notes.txt"), "kept");
    writeFileSync(join(dir, "other-program.cache"), "another program's cache");
    writeFileSync(join(dir, "server-main-0123456789abcdef-v8-11.3-x64.cache"), "an old vcase cache");
    writeFileSync(join(dir, "download.partial"), "a download under way");
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "nested", "deep.cache"), "nested");
    const before = snapshot(dir);

    const without = await serveOnce([]);
    const withFlag = await serveOnce([`--compile-cache=${dir}`]);
    expect(without.messages.length).toBeGreaterThan(0);
    expect({ messages: withFlag.messages, exitCode: withFlag.exitCode }).toEqual({ messages: without.messages, exitCode: 0 });
    expect(snapshot(dir)).toEqual(before);
    expect(withFlag.stderr).toMatch(/--compile-cache is no longer needed and is ignored/);
    expect(without.stderr).toBe("");
  });
});
