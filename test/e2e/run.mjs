// `npm run test:e2e`: the extension tested the way a user meets it.
//   1. scripts/e2e/setup.sh installs code-server (a real VS Code), Node 24 and Chromium, idempotently;
//   2. `npm run build`, then `vsce package` makes the real .vsix (test-results/e2e/vcase.vsix);
//   3. the .vsix is installed into a fresh extensions folder of a fresh profile;
//   4. the mocha suite (test/e2e/suite/) runs inside that VS Code's extension host;
//   5. the Playwright UI tests (test/e2e/ui.e2e.test.mjs) drive the workbench in Chromium.
// Env: E2E_SKIP_SETUP=1, E2E_SKIP_BUILD=1 (reuse the .vsix), E2E_SUITES=ext-host|ui,
//      E2E_GREP=<mocha grep>, E2E_KEEP=1 (keep the temporary profile).
// Artifacts (screenshots, logs, the .vsix) stay in test-results/e2e/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runExtensionHostTests } from "./lib/ext-host.mjs";
import { installVsix, makeTempRoot, workspaceDir } from "./lib/profile.mjs";
import { RESULTS, ROOT, requireTools } from "./lib/tools.mjs";

const env = process.env;
const suites = (env.E2E_SUITES || "ext-host,ui").split(",");
const started = Date.now();
const section = (title) => console.log(`\n=== e2e: ${title} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
  return r;
}

fs.mkdirSync(RESULTS, { recursive: true });
const vsix = path.join(RESULTS, "vcase.vsix");
if (!env.E2E_SKIP_SETUP) {
  section("tools");
  run("bash", [path.join(ROOT, "scripts", "e2e", "setup.sh")]);
}
requireTools();
if (!env.E2E_SKIP_BUILD || !fs.existsSync(vsix)) {
  section("build and package the .vsix");
  run("npm", ["run", "build"]);
  fs.rmSync(vsix, { force: true });
  run("npx", ["--no-install", "vsce", "package", "--no-dependencies", "--allow-missing-repository", "--no-rewrite-relative-links", "--out", vsix]);
}

const root = makeTempRoot();
const totals = { passed: 0, failed: 0 };
try {
  section("install the .vsix into a fresh profile");
  const extensionsDir = installVsix(root, vsix);

  if (suites.includes("ext-host")) {
    section("extension-host tests (mocha in the real extension host)");
    const r = await runExtensionHostTests({
      root, extensionsDir, workspace: workspaceDir(root, "ext-host-workspace"),
      suite: path.join(ROOT, "test", "e2e", "suite", "index.js"), results: RESULTS, grep: env.E2E_GREP,
    });
    totals.passed += r.passed;
    totals.failed += r.failed;
    console.log(`extension host: ${r.passed} passed, ${r.failed} failed`);
  }

  if (suites.includes("ui")) {
    section("UI tests (Playwright and Chromium on the workbench)");
    const r = spawnSync(process.execPath, ["--test", "--test-concurrency=1", "--test-reporter=spec", path.join(ROOT, "test", "e2e", "ui.e2e.test.mjs")], {
      cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
      env: { ...env, E2E_EXTENSIONS_DIR: extensionsDir, E2E_ROOT: root },
    });
    process.stdout.write(r.stdout);
    const passed = Number(/ℹ pass (\d+)/.exec(r.stdout)?.[1] ?? 0);
    let failed = Number(/ℹ fail (\d+)/.exec(r.stdout)?.[1] ?? 0);
    if (r.status !== 0 && failed === 0) failed = 1;
    totals.passed += passed;
    totals.failed += failed;
    console.log(`UI: ${passed} passed, ${failed} failed`);
  }
} finally {
  if (env.E2E_KEEP) console.log(`profile kept in ${root}`);
  else fs.rmSync(root, { recursive: true, force: true });
}

section(`done; screenshots and logs in ${path.relative(ROOT, RESULTS)}/`);
console.log(`e2e: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
