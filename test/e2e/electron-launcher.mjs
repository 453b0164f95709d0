// Second launcher for the same extension-host suite (test/e2e/suite/index.js),
// for machines that can download VS Code: @vscode/test-electron fetches a VS Code
// build, installs the packaged .vsix into a fresh extensions folder with VS Code's
// CLI, and runs the suite against that installed copy.
//   npm run package && node test/e2e/electron-launcher.mjs [vscodeVersion]
// (On Linux without a display: xvfb-run -a node test/e2e/electron-launcher.mjs.)
// This machine cannot reach VS Code's download host; run.mjs is the launcher here.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  downloadAndUnzipVSCode,
  resolveCliArgsFromVSCodeExecutablePath,
  runTests,
} from "@vscode/test-electron";
import { userDataDir as makeUserDataDir, workspaceDir } from "./lib/profile.mjs";
import { ROOT } from "./lib/tools.mjs";

const version = process.argv[2] || "stable";
const vsix = path.join(ROOT, "vcase.vsix");
if (!fs.existsSync(vsix)) throw new Error("vcase.vsix is missing: run `npm run package` first");

const root = fs.mkdtempSync(path.join(os.tmpdir(), "vcase-electron-"));
const extensionsDir = path.join(root, "extensions");
const userDataDir = makeUserDataDir(root, "user");
try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode(version);
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
  const installed = spawnSync(cli, [...cliArgs, "--extensions-dir", extensionsDir, "--user-data-dir", userDataDir, "--install-extension", vsix], { stdio: "inherit", shell: process.platform === "win32" });
  if (installed.status !== 0) throw new Error("installing the .vsix failed");
  const [folder] = fs.readdirSync(extensionsDir).filter((d) => d.startsWith("vcase.vcase-"));
  if (!folder) throw new Error(`the .vsix did not install into ${extensionsDir}`);
  await runTests({
    vscodeExecutablePath,
    // Desktop VS Code runs extension tests only with a development path: point it at
    // the folder VS Code itself unpacked from the .vsix, so the tests see what users install.
    extensionDevelopmentPath: path.join(extensionsDir, folder),
    extensionTestsEnv: { VCASE_E2E_EXPECT_INSTALLED: extensionsDir },
    extensionTestsPath: path.join(ROOT, "test", "e2e", "suite", "index.js"),
    launchArgs: [workspaceDir(root, "workspace"), "--extensions-dir", extensionsDir, "--user-data-dir", userDataDir, "--disable-workspace-trust"],
  });
  console.log("extension-host tests passed in VS Code", version);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
