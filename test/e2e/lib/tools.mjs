// Where the end-to-end tools live and small helpers shared by the launchers:
// paths into .e2e-tools/ (written by scripts/e2e/setup.sh), a free loopback port,
// waiting for a server to answer, and the one way we start headless Chromium.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const TOOLS = process.env.E2E_TOOLS || path.join(ROOT, ".e2e-tools");
export const CODE_SERVER = path.join(TOOLS, "bin", "code-server");     // code-server's CLI on Node 24
export const VSCODE_SERVER = path.join(TOOLS, "bin", "vscode-server"); // VS Code's own server-main.js on Node 24
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const RESULTS = process.env.E2E_RESULTS || path.join(ROOT, "test-results", "e2e");

/** Flags for Debian's Chromium: headless, no sandbox (we run as root), nothing that phones home. */
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export function requireTools() {
  for (const f of [CODE_SERVER, VSCODE_SERVER, CHROMIUM]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`bash scripts/e2e/setup.sh\` first.`);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers below 500, or throws after `ms`. */
export async function waitHttp(url, ms, what = "server") {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${ms / 1000} s`);
}

/** Ends a process group we started (spawned with detached: true). */
export function stopGroup(child) {
  if (child?.pid) {
    try { process.kill(-child.pid, "SIGTERM"); } catch {}
  }
}
