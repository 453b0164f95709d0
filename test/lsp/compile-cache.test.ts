/**
 * The server's compile cache (server/src/lsp/compile-cache.ts): a server given a
 * folder with `--compile-cache=DIR`, as VS Code's client gives it one, serves as
 * it does without, leaves a cache there when it exits, uses that cache the next
 * time (it is not written again), and a damaged cache changes nothing the user
 * sees: the server still checks the file and writes a good cache in its place.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from "vscode-languageserver/node";
import { readCache, writeCache } from "../../server/src/lsp/compile-cache";

const ROOT = join(__dirname, "../..");
const SAMPLE = readFileSync(join(ROOT, "samples/diagnostics.vcase"), "utf8");
const folders: string[] = [];

function newFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "vcase-compile-cache-"));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the server as an editor would, opens the sample, and returns what it published and how it exited. */
async function serveOnce(args: string[]): Promise<{ messages: string[]; exitCode: number | null }> {
  const child = spawn(process.execPath, [join(ROOT, "bin/vcase-language-server.js"), "--stdio", ...args], { stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = "file:///cases/diagnostics.vcase";
  const published = new Promise<PublishDiagnosticsParams>((resolve) =>
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri) resolve(p);
    }),
  );
  connection.listen();
  try {
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "vcase", version: 1, text: SAMPLE } });
    const { diagnostics } = await published;
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    return { messages: diagnostics.map((d) => `${d.code} ${d.message}`), exitCode: await exited };
  } finally {
    connection.dispose();
    child.kill();
  }
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith(".cache"));
}

describe("the server's compile cache", () => {
  it("is left in the folder given, used the next time, and the server checks the file the same each time", async () => {
    const dir = newFolder();
    const without = await serveOnce([]);
    expect(without.messages.length).toBeGreaterThan(0);

    const first = await serveOnce([`--compile-cache=${dir}`]);
    expect(first).toEqual(without);
    const [cache] = cacheFiles(dir);
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(readCache(join(dir, cache!))).toBeDefined();
    const written = statSync(join(dir, cache!)).mtimeMs;

    const second = await serveOnce([`--compile-cache=${dir}`]);
    expect(second).toEqual(without);
    // Written only when there was none or V8 would not take it: this one was taken.
    expect(statSync(join(dir, cache!)).mtimeMs).toBe(written);
  });

  it("a damaged cache is ignored and replaced, and the server checks the file as before", async () => {
    const dir = newFolder();
    const first = await serveOnce([`--compile-cache=${dir}`]);
    const [cache] = cacheFiles(dir);
    const file = join(dir, cache!);
    const bytes = readFileSync(file);
    for (let i = 1000; i < bytes.length; i += 997) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(file, bytes);
    expect(readCache(file)).toBeUndefined();

    const again = await serveOnce([`--compile-cache=${dir}`]);
    expect(again).toEqual(first);
    expect(readCache(file)).toBeDefined();
  });

  it("a folder that cannot be made does not stop the server", async () => {
    const dir = newFolder();
    writeFileSync(join(dir, "a-file"), "not a folder");
    const result = await serveOnce([`--compile-cache=${join(dir, "a-file", "cache")}`]);
    expect(result.exitCode).toBe(0);
    expect(result.messages.length).toBeGreaterThan(0);
  });

  it("writing a cache removes the caches of earlier bundles and half-written ones, and nothing else in the folder", () => {
    const dir = newFolder();
    writeCache(join(dir, "server-main-old.cache"), Buffer.from("old compiled code"));
    writeFileSync(join(dir, "notes.txt"), "kept");
    writeFileSync(join(dir, "server-main-old.cache.4242.partial"), "a write cut short");
    writeCache(join(dir, "server-main-new.cache"), Buffer.from("new compiled code"));
    expect(readdirSync(dir).sort()).toEqual(["notes.txt", "server-main-new.cache"]);
    expect(readCache(join(dir, "server-main-new.cache"))?.toString()).toBe("new compiled code");
  });

  it("a missing, empty or cut-short cache file reads as none", () => {
    const dir = newFolder();
    const file = join(dir, "server-main-x.cache");
    expect(readCache(file)).toBeUndefined();
    writeFileSync(file, "");
    expect(readCache(file)).toBeUndefined();
    writeCache(file, Buffer.from("compiled code"));
    writeFileSync(file, readFileSync(file).subarray(0, 40));
    expect(readCache(file)).toBeUndefined();
  });
});
