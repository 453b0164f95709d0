/**
 * The npm bin as other editors run it: `node bin/vcase-language-server.js --stdio`
 * answers `initialize` with its capabilities and exits cleanly on shutdown/exit.
 * The bundle (dist/server.js) is rebuilt first when it is missing or older than
 * the server sources.
 */
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node";

const ROOT = join(__dirname, "../..");
const BUNDLE = join(ROOT, "dist/server.js");

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestSource(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

function ensureBundle(): void {
  let built = 0;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    // not built yet
  }
  if (built >= newestSource(join(ROOT, "server/src"))) return;
  const result = spawnSync(process.execPath, ["scripts/bundle.mjs"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`bundling failed:\n${result.stderr}`);
}

describe("vcase-language-server --stdio", () => {
  it("answers initialize and exits with 0 after shutdown and exit", async () => {
    ensureBundle();
    const child = spawn(process.execPath, [join(ROOT, "bin/vcase-language-server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      expect(result.serverInfo?.name).toBe("vcase-language-server");
      expect(result.capabilities).toMatchObject({ hoverProvider: true, documentSymbolProvider: expect.anything(), inlayHintProvider: true });
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it("without a transport, says how to start it instead of waiting", () => {
    ensureBundle();
    const result = spawnSync(process.execPath, [join(ROOT, "bin/vcase-language-server.js")], { encoding: "utf8", timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("vcase-language-server --stdio");
  });
});
