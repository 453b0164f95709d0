/**
 * Builds the bundles (dist/) once before the tests, so the tests that run the real
 * `vcase` and `vcase-language-server` programs run what a user would install.
 */
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/bundle.mjs"], { stdio: "inherit" });
}
