// UI tests: a real VS Code workbench (code-server) with the installed .vsix,
// driven by Playwright in headless Chromium, doing what a user does: type an
// out-of-range score and see the squiggle and the Problems entry, hover the study
// title and read the table, run the summary and chart commands from the palette,
// open the walkthrough and start a new case series from its first step.
// Screenshots go to test-results/e2e/ui-*.png.
// Run through test/e2e/run.mjs, which sets E2E_EXTENSIONS_DIR (the .vsix installed)
// and E2E_ROOT (a temporary folder for this run).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { userDataDir, workspaceDir } from "./lib/profile.mjs";
import { CHROMIUM, CHROMIUM_ARGS, CODE_SERVER, RESULTS, freePort, stopGroup, waitHttp } from "./lib/tools.mjs";
import * as wb from "./lib/workbench.mjs";

const EXTENSIONS_DIR = process.env.E2E_EXTENSIONS_DIR;
const ROOT = process.env.E2E_ROOT;
const SAMPLE = "repeat-vertebroplasty.vcase";
let server, browser, page;

const shot = (name) => page.screenshot({ path: path.join(RESULTS, `ui-${name}.png`) });

before(async () => {
  assert.ok(EXTENSIONS_DIR && ROOT, "run the UI tests through `npm run test:e2e` (it installs the .vsix first)");
  fs.mkdirSync(RESULTS, { recursive: true });
  const workspace = workspaceDir(ROOT, "ui-workspace");
  const port = await freePort();
  server = spawn(CODE_SERVER, [
    "--config", path.join(ROOT, "config.yaml"), "--user-data-dir", userDataDir(ROOT, "ui-user"),
    "--extensions-dir", EXTENSIONS_DIR, "--bind-addr", `127.0.0.1:${port}`, "--auth", "none",
    "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
    "--disable-getting-started-override", workspace,
  ], { stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...process.env, XDG_CONFIG_HOME: path.join(ROOT, "xdg") } });
  const log = fs.createWriteStream(path.join(RESULTS, "ui-code-server.log"));
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  await waitHttp(`http://127.0.0.1:${port}/healthz`, 60_000, "code-server");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await wb.openFile(page, SAMPLE, 'study "Repeat percutaneous');
});

after(async () => {
  if (page) await shot("last").catch(() => {});
  await browser?.close();
  stopGroup(server);
});

test("an out-of-range score typed into the editor is squiggled and listed in Problems", async () => {
  // P1's first procedure: `    pain 9 -> 2`; select the 9 and type 11.
  const lines = fs.readFileSync(path.join(ROOT, "ui-workspace", SAMPLE), "utf8").split("\n");
  const line = lines.findIndex((l) => l === "    pain 9 -> 2") + 1;
  assert.ok(line > 0, "the sample should have a line `    pain 9 -> 2`");
  await wb.goTo(page, line, "    pain ".length + 1);
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.type("11");
  await wb.visibleLine(page, "pain 11 -> 2").waitFor();
  await page.locator(".monaco-editor .squiggly-error").first().waitFor({ timeout: 30_000 });
  await page.keyboard.press("Control+Shift+M");
  const entry = page.locator(".markers-panel .monaco-list-row").filter({ hasText: "VC101" }).first();
  await entry.waitFor({ timeout: 30_000 });
  const text = await entry.innerText();
  assert.match(text, /pain/, text);
  assert.match(text, /\b0\b.*\b10\b/, `the Problems entry should say the allowed range 0..10: ${text}`);
  await shot("1-diagnostic");
  // Undo: the squiggle goes away, so the figures below are the sample's own.
  await wb.focusEditor(page);
  await page.keyboard.press("Control+Z");
  await wb.visibleLine(page, "pain 9 -> 2").waitFor();
  await page.locator(".monaco-editor .squiggly-error").waitFor({ state: "detached", timeout: 30_000 });
  await page.keyboard.press("Control+J"); // close the panel again
});

test("hovering the study title shows the cohort table with the seed figures", async () => {
  const hover = await wb.hoverText(page, 'study "Repeat percutaneous', "percutaneous", /\d+ patients/);
  await wb.scrollHoverTo(page, /responders/).catch(() => {}); // the hover is sticky: bring the pain figures into view
  await shot("2-hover");
  assert.ok(hover.tables > 0, `the study hover should hold a table; it shows:\n${hover.text}`);
  // The abstract's figures: 5 of 6 responders after the repeat, 4 of 6 impaired in mobility before it.
  assert.match(hover.text, /5\/6/, `the study hover should show 5/6 responders after the repeat; it shows:\n${hover.text}`);
  assert.match(hover.text, /4\/6/, `the study hover should show 4/6 impaired in mobility before the repeat; it shows:\n${hover.text}`);
  await page.mouse.move(5, 5);
  await page.keyboard.press("Escape");
});

test("VCase: Open Summary Table shows the summary with the seed figures", async () => {
  await wb.runCommand(page, "VCase: Open Summary Table");
  const frame = await wb.webviewWithText(page, /Cohort summary/);
  const body = await frame.locator("body").innerText();
  assert.match(body, /5\/6[ \u00a0]\(83%\)/, "the summary should give 5/6 (83%) responders after the repeat");
  await frame.getByText("5/6 (83%)").first().evaluate((e) => e.scrollIntoView({ block: "center" })); // for the screenshot
  await shot("3-summary");
});

test("VCase: Show Cohort Chart opens the chart", async () => {
  await wb.runCommand(page, "VCase: Show Cohort Chart");
  const frame = await wb.webviewWithSelector(page, "svg");
  const lines = await frame.locator("svg line, svg polyline, svg path").count();
  assert.ok(lines >= 6, `the chart should draw a line per patient; found ${lines} shapes`);
  await shot("4-chart");
});

test("the walkthrough shows its four steps, and its first step opens a new case series", async () => {
  const manifest = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  const walkthrough = manifest.contributes.walkthroughs[0];
  await wb.focusEditor(page);
  await page.locator(".command-center .command-center-center").first().click();
  const input = page.locator(".quick-input-widget input");
  await input.fill(">Welcome: Open Walkthrough");
  await page.locator(".quick-input-list .monaco-list-row").filter({ hasText: "Open Walkthrough" }).first().waitFor();
  await page.keyboard.press("Enter");
  // The second quick pick lists the walkthroughs by title.
  await page.locator(".quick-input-list .monaco-list-row").filter({ hasText: walkthrough.title }).first().click();
  const container = page.locator(".gettingStartedContainer");
  await container.getByText(walkthrough.title).first().waitFor();
  for (const step of walkthrough.steps) await container.getByText(step.title, { exact: true }).first().waitFor();
  await shot("5-walkthrough");
  await container.locator(".getting-started-step.expanded").getByText("New Case Series", { exact: true }).first().click();
  await wb.visibleLine(page, 'study "Title of your case series" {').waitFor();
  await shot("6-new-case-series");
});
