/**
 * The npm bin as other editors run it: `node bin/vcase-language-server.js --stdio`
 * answers `initialize` with its capabilities and exits cleanly on shutdown/exit.
 * The bundle (dist/server.js) is rebuilt first when it is missing or older than
 * the server sources.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startAndStop } from "./bundled-server";

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
    const run = await startAndStop([join(ROOT, "bin/vcase-language-server.js")]);
    expect(run.initialized.serverInfo?.name).toBe("vcase-language-server");
    expect(run.initialized.capabilities).toMatchObject({ hoverProvider: true, documentSymbolProvider: expect.anything(), inlayHintProvider: true });
    expect(run.exitCode).toBe(0);
  });

  it("without a transport, says how to start it instead of waiting", () => {
    ensureBundle();
    const result = spawnSync(process.execPath, [join(ROOT, "bin/vcase-language-server.js")], { encoding: "utf8", timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("vcase-language-server --stdio");
  });
});
