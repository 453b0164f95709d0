/** Runs the real `vcase` program (the bundle bin/vcase.js loads) and captures what a user sees. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runVcase(args: string[], cwd = ROOT): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "vcase.js"), ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
