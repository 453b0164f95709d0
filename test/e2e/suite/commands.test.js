// Every command the extension puts in the palette runs on the sample and leaves
// what a user would look for: the summary preview beside the editor, the exported
// file beside the sample, the chart webview. The command ids and titles are read
// from the installed extension's manifest, so a new palette command without a
// test here fails the suite.
const assert = require("assert");
const vscode = require("vscode");
const { EXTENSION_ID, open, poll, workspaceUri, closeAll } = require("./helpers");

const SAMPLE = "repeat-vertebroplasty.vcase";
const RESPONDERS = /5\/6 \(83%\)/; // abstract: 5 of 6 with ≥ 3 points of pain relief after the repeat

const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
const webviewTab = (pattern) => allTabs().find((t) => t.input instanceof vscode.TabInputWebview && pattern.test(t.input.viewType + " " + t.label));
const describeTabs = () => allTabs().map((t) => `${t.label} [${t.input && (t.input.viewType || (t.input.uri && t.input.uri.scheme))}]`).join(", ");

async function exists(uri) {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** What each palette command must leave behind, keyed by a pattern on its title. */
const CHECKS = [
  [/summary table/i, async (id) => {
    await vscode.commands.executeCommand(id);
    const doc = await poll("the summary document with the seed figures", () =>
      vscode.workspace.textDocuments.find((d) => d.uri.scheme !== "file" && /summary/i.test(d.uri.path) && RESPONDERS.test(d.getText())),
    );
    assert.match(doc.getText(), /Cohort summary/);
    await poll(`a Markdown preview tab (tabs: ${describeTabs()})`, () => webviewTab(/markdown\.preview|preview/i));
  }],
  [/export/i, async (id) => {
    const target = workspaceUri(SAMPLE.replace(/\.vcase$/, ".summary.md"));
    assert.ok(!(await exists(target)), "the workspace should not hold an export yet");
    // A user picks the first format (Markdown) and accepts the proposed file name; in
    // the workbench both are quick inputs, which `acceptSelectedQuickOpenItem` confirms.
    const running = vscode.commands.executeCommand(id, workspaceUri(SAMPLE));
    running.then(undefined, () => {});
    await poll("the exported summary beside the sample", async () => {
      await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
      return exists(target);
    }, { interval: 300 });
    const text = Buffer.from(await vscode.workspace.fs.readFile(target)).toString("utf8");
    assert.match(text, RESPONDERS, "the exported Markdown should hold the responders after the repeat");
  }],
  [/save chart/i, async (id) => {
    // The save dialog is the workbench's own; the command takes the target as its second
    // argument for tests, and still goes through the server's rendering and the write.
    const target = workspaceUri(SAMPLE.replace(/\.vcase$/, ".chart.png"));
    if (await exists(target)) await vscode.workspace.fs.delete(target);
    const saved = await vscode.commands.executeCommand(id, workspaceUri(SAMPLE), target);
    assert.strictEqual(saved && saved.toString(), target.toString(), "the command should return the file it saved");
    const png = Buffer.from(await vscode.workspace.fs.readFile(target));
    assert.strictEqual(png.toString("latin1", 1, 4), "PNG");
    assert.strictEqual(png.readUInt32BE(16), 2055, "174 mm at 300 dpi is 2,055 pixels wide");
    const phys = png.indexOf("pHYs", 8, "latin1");
    assert.ok(phys > 0, "the PNG should say its resolution (pHYs)");
    assert.strictEqual(png.readUInt32BE(phys + 4), 11811, "300 dpi is 11,811 pixels per metre");
  }],
  [/chart/i, async (id) => {
    await vscode.commands.executeCommand(id);
    await poll(`the chart webview (tabs: ${describeTabs()})`, () => webviewTab(/chart/i));
  }],
];

describe("palette commands", () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  const commands = ((ext && ext.packageJSON.contributes && ext.packageJSON.contributes.commands) || []);

  it("are contributed and registered", async () => {
    assert.ok(commands.length >= 3, `the manifest should contribute the summary, export and chart commands; it has: ${commands.map((c) => c.command).join(", ")}`);
    await open(SAMPLE);
    await poll("the extension to activate", () => ext.isActive);
    const registered = await vscode.commands.getCommands(true);
    for (const c of commands) assert.ok(registered.includes(c.command), `${c.command} (${c.title}) is contributed but not registered`);
  });

  for (const c of commands) {
    const title = `${c.category ? `${c.category}: ` : ""}${c.title}`;
    it(`${title} runs and shows its result`, async () => {
      const check = CHECKS.find(([pattern]) => pattern.test(title));
      assert.ok(check, `no end-to-end check for the palette command "${title}" (${c.command}); add one to test/e2e/suite/commands.test.js`);
      await closeAll();
      await open(SAMPLE);
      await check[1](c.command);
    });
  }
});
