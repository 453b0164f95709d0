// Every command the extension puts in the palette runs on the sample and leaves
// what a user would look for: the summary preview beside the editor, the exported
// file beside the sample, the chart webview. The command ids and titles are read
// from the installed extension's manifest, so a new palette command without a
// test here fails the suite.
const assert = require("assert");
const vscode = require("vscode");
const mammoth = require("mammoth");
const { EXTENSION_ID, open, poll, workspaceUri, closeAll, vcaseDiagnostics, codeOf } = require("./helpers");

const SAMPLE = "repeat-vertebroplasty.vcase";
const RESPONDERS = /5\/6[ \u00a0]\(83%\)/; // abstract: 5 of 6 with ≥ 3 points of pain relief after the repeat

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
    const target = workspaceUri(SAMPLE.replace(/\.vcase$/, ".summary.docx"));
    assert.ok(!(await exists(target)), "the workspace should not hold an export yet");
    // A user picks the first format (Word) and accepts the proposed file name; in
    // the workbench both are quick inputs, which `acceptSelectedQuickOpenItem` confirms.
    const running = vscode.commands.executeCommand(id, workspaceUri(SAMPLE));
    running.then(undefined, () => {});
    await poll("the exported Word summary beside the sample", async () => {
      await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
      return exists(target);
    }, { interval: 300 });
    // Read back by an independent reader: the Word tables hold the responders after the repeat.
    const bytes = Buffer.from(await poll("the Word document written whole", async () => {
      const b = await vscode.workspace.fs.readFile(target);
      return b.length > 0 ? b : undefined;
    }));
    assert.strictEqual(bytes.subarray(0, 2).toString("latin1"), "PK", "a .docx is a zip file");
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    assert.match(html, /<table>/, "the summary should be written as Word tables");
    assert.match(html, RESPONDERS, "the Word tables should hold the responders after the repeat");

    // A script (or this test) names the format and the file: no question is asked.
    const csv = workspaceUri("exported-by-argument.summary.csv");
    // Not awaited: the command ends when its "exported" notification is dismissed.
    vscode.commands.executeCommand(id, workspaceUri(SAMPLE), { format: "csv", target: csv }).then(undefined, () => {});
    const text = await poll("the CSV exported to the file the argument names", async () => {
      if (!(await exists(csv))) return undefined;
      const t = Buffer.from(await vscode.workspace.fs.readFile(csv)).toString("utf8");
      return t.length > 0 ? t : undefined;
    });
    assert.match(text, /\r\nPain \(11-point scale\),Repeat,6,5,6,83,/, "the CSV should give the responders as numbers: 5 of 6, 83%");
  }],
  [/new case series/i, async (id) => {
    const before = new Set(vscode.workspace.textDocuments);
    await vscode.commands.executeCommand(id);
    const doc = await poll("a new untitled document", () => vscode.workspace.textDocuments.find((d) => !before.has(d) && d.isUntitled));
    assert.strictEqual(doc.languageId, "vcase");
    assert.match(doc.getText(), /^study "Title of your case series" \{$/m);
    assert.match(doc.getText(), /^patient P1 \{$/m);
    assert.strictEqual(vscode.window.activeTextEditor && vscode.window.activeTextEditor.document, doc, "the new document should be the active editor");
    // The server checks it like any other: the template has no diagnostic, and a bad score gets one.
    await vscode.window.activeTextEditor.edit((e) => {
      const at = doc.getText().indexOf("pain 8 -> 3") + "pain ".length;
      e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 1)), "11");
    });
    const diagnostics = await poll("a diagnostic on the pain score of 11", () => {
      const found = vcaseDiagnostics(doc.uri);
      return found.length > 0 && found;
    });
    assert.deepStrictEqual(diagnostics.map(codeOf), ["VC101"]);
    // Close the edited untitled file without a save prompt.
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
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
