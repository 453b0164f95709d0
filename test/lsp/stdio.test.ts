/**
 * The npm bin as other editors run it: `node bin/vcase-language-server.js --stdio`
 * answers `initialize` with its capabilities and exits cleanly on shutdown/exit.
 * It runs the bundle (dist/server.js) that the test setup builds (test/global-setup.ts).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startAndStop } from "./bundled-server";

const ROOT = join(__dirname, "../..");

describe("vcase-language-server --stdio", () => {
  it("answers initialize and exits with 0 after shutdown and exit", async () => {
    const run = await startAndStop([join(ROOT, "bin/vcase-language-server.js")]);
    expect(run.initialized.serverInfo?.name).toBe("vcase-language-server");
    expect(run.initialized.capabilities).toMatchObject({ hoverProvider: true, documentSymbolProvider: expect.anything(), inlayHintProvider: true });
    expect(run.exitCode).toBe(0);
  });

  it("without a transport, says how to start it instead of waiting", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "bin/vcase-language-server.js")], { encoding: "utf8", timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("vcase-language-server --stdio");
  });
});
