// A fresh VS Code profile for one run: a temporary folder with user settings,
// an extensions folder holding only the packaged .vsix, and a workspace that is
// a copy of samples/ (tests write scratch files and exports there, never in the repo).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CODE_SERVER, ROOT } from "./tools.mjs";

/** Quiet, deterministic settings: no trust prompt, no telemetry, no welcome page, quick hovers. */
export const SETTINGS = {
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "editor.hover.delay": 150,
  "editor.hover.above": false,
  "files.autoSave": "off",
  // Save dialogs as quick inputs (always so in a browser; desktop needs this), so tests can answer them.
  "files.simpleDialog.enable": true,
};

export function makeTempRoot() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "vcase-e2e-"));
}

/** A user-data folder with our settings. */
export function userDataDir(root, name) {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, "User"), { recursive: true });
  fs.writeFileSync(path.join(dir, "User", "settings.json"), JSON.stringify(SETTINGS, null, 2));
  return dir;
}

/** A workspace folder holding a copy of every sample. */
export function workspaceDir(root, name) {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, "samples"))) {
    if (f.endsWith(".vcase")) fs.copyFileSync(path.join(ROOT, "samples", f), path.join(dir, f));
  }
  return dir;
}

/** Installs the .vsix with VS Code's own CLI into `<root>/extensions`; returns that folder. */
export function installVsix(root, vsix) {
  const extensionsDir = path.join(root, "extensions");
  fs.writeFileSync(path.join(root, "config.yaml"), "auth: none\n");
  execFileSync(CODE_SERVER, [
    "--config", path.join(root, "config.yaml"), "--user-data-dir", userDataDir(root, "install-user"),
    "--extensions-dir", extensionsDir, "--install-extension", vsix,
  ], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, XDG_CONFIG_HOME: path.join(root, "xdg") } });
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith("vcase.vcase-"));
  if (installed.length !== 1) throw new Error(`expected one vcase extension in ${extensionsDir}, found: ${installed.join(", ") || "none"}`);
  return extensionsDir;
}
