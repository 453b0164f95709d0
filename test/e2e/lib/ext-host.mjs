// Runs the mocha suite (test/e2e/suite/index.js) inside the extension host of a
// real VS Code: VS Code's own server (from the code-server package) started with
// --enable-smoke-test-driver, a headless Chromium workbench opening the workspace,
// and the suite passed as `extensionTestsPath` in the workbench URL's `payload`.
// VS Code runs extension tests only together with an extensionDevelopmentPath (the
// extension host refuses extensionTestsPath alone), so that path is the folder VS
// Code's own CLI unpacked from the .vsix into `extensionsDir`: the tests see the
// installed files, not the source tree. The workbench reports the result through
// window.codeAutomationExit(code); mocha's report is streamed from a log file.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, VSCODE_SERVER, freePort, stopGroup, waitHttp } from "./tools.mjs";
import { userDataDir } from "./profile.mjs";

export async function runExtensionHostTests({ root, extensionsDir, workspace, suite, results, timeoutMs = 360_000, grep }) {
  const port = await freePort();
  const report = path.join(results, "ext-host-mocha.log");
  fs.writeFileSync(report, "");
  const env = {
    ...process.env,
    VCASE_E2E_LOG: report,
    VCASE_E2E_EXPECT_INSTALLED: extensionsDir,
    ...(grep ? { VCASE_E2E_GREP: grep } : {}),
  };
  const server = spawn(VSCODE_SERVER, [
    "--host", "127.0.0.1", "--port", String(port), "--without-connection-token",
    "--accept-server-license-terms", "--telemetry-level", "off", "--enable-smoke-test-driver",
    "--disable-workspace-trust", "--server-data-dir", path.join(root, "server-data"),
    "--user-data-dir", userDataDir(root, "ext-host-user"), "--extensions-dir", extensionsDir,
  ], { stdio: ["ignore", "pipe", "pipe"], detached: true, env });
  const serverLog = fs.createWriteStream(path.join(results, "ext-host-server.log"));
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);

  let browser;
  let printed = 0;
  const flush = () => {
    const text = fs.readFileSync(report, "utf8");
    if (text.length > printed) process.stdout.write(text.slice(printed));
    printed = text.length;
  };
  const tail = setInterval(flush, 200);
  try {
    await waitHttp(`http://127.0.0.1:${port}/version`, 60_000, "the VS Code server");
    const authority = `127.0.0.1:${port}`;
    const installed = fs.readdirSync(extensionsDir).find((d) => d.startsWith("vcase.vcase-"));
    const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
    const payload = [
      ["extensionDevelopmentPath", remote(path.join(extensionsDir, installed))],
      ["extensionTestsPath", remote(suite)],
    ];
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const consoleLog = fs.createWriteStream(path.join(results, "ext-host-console.log"));
    page.on("console", (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on("pageerror", (e) => consoleLog.write(`[pageerror] ${e.message}\n`));
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction("codeAutomationExit", (code) => exit(code));
    await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const code = await Promise.race([
      exited,
      new Promise((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs))),
    ]);
    clearTimeout(timer);
    await page.screenshot({ path: path.join(results, "ext-host-workbench.png") }).catch(() => {});
    flush();
    const text = fs.readFileSync(report, "utf8");
    const passed = Number(/^\s*(\d+) passing/m.exec(text)?.[1] ?? 0);
    let failed = Number(/^\s*(\d+) failing/m.exec(text)?.[1] ?? 0);
    if (code === "timeout") console.log(`extension-host tests did not finish within ${timeoutMs / 1000} s (see ${path.relative(process.cwd(), results)}/ext-host-*.log)`);
    else if (code !== 0 && failed === 0) console.log(`extension host exited with code ${code} before mocha reported (see ext-host-console.log)`);
    if (code !== 0 && failed === 0) failed = 1;
    return { passed, failed };
  } finally {
    clearInterval(tail);
    await browser?.close().catch(() => {});
    stopGroup(server);
  }
}
