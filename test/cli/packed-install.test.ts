/**
 * Any machine: the tarball `npm pack` makes installs with `npm install -g` into a
 * fresh prefix, offline (the package has no runtime dependency: the bundles carry
 * them), and puts `vcase` and `vcase-language-server` on that prefix's PATH, both
 * working from a folder that is not the checkout.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./run-cli";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let temp: string;
let prefix: string;
let elsewhere: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "vcase-pack-"));
  prefix = join(temp, "prefix");
  elsewhere = join(temp, "elsewhere");
  mkdirSync(elsewhere);
  // dist/ is built by the test run's global setup; --ignore-scripts skips `prepare` rebuilding it.
  execFileSync(npm, ["pack", "--ignore-scripts", "--pack-destination", temp], { cwd: ROOT, stdio: "pipe" });
  const tarball = readdirSync(temp).find((f) => f.endsWith(".tgz"))!;
  execFileSync(npm, ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(temp, tarball)], { cwd: elsewhere, stdio: "pipe" });
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const bin = (name: string) => join(prefix, "bin", name);

describe("the packed tarball, installed with npm install -g", () => {
  it("puts vcase and vcase-language-server in the prefix's bin", () => {
    expect(existsSync(bin("vcase"))).toBe(true);
    expect(existsSync(bin("vcase-language-server"))).toBe(true);
  });

  it("installs no dependency: the bundles carry what they use", () => {
    const installed = join(prefix, "lib", "node_modules", "vcase");
    expect(readdirSync(installed).sort()).toEqual(["LICENSE", "README.md", "bin", "dist", "package.json", "samples"]);
    expect(existsSync(join(installed, "node_modules"))).toBe(false);
  });

  it("runs vcase check from another folder, on a file there", () => {
    copyFileSync(join(ROOT, "samples", "diagnostics.vcase"), join(elsewhere, "tour.vcase"));
    const r = spawnSync(bin("vcase"), ["check", "tour.vcase"], { cwd: elsewhere, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    // samples/diagnostics.vcase: `  age 134   // VC403` is line 15, the 134 in column 7.
    expect(r.stdout).toContain("tour.vcase:18:7: error VC403 ");
    copyFileSync(join(ROOT, "samples", "repeat-vertebroplasty.vcase"), join(elsewhere, "clean.vcase"));
    const clean = spawnSync(bin("vcase"), ["check", "clean.vcase"], { cwd: elsewhere, encoding: "utf8" });
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, "", ""]);
  });

  it("starts vcase-language-server --stdio, which answers initialize", async () => {
    const server = spawn(bin("vcase-language-server"), ["--stdio"], { cwd: elsewhere });
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    let out = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no initialize answer; got: ${out}`)), 15_000);
      server.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString("utf8");
        if (out.includes('"serverInfo"')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    server.kill();
    expect(out).toContain('"name":"vcase-language-server"');
  });
});
