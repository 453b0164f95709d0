// The editing features through VS Code's own provider commands, the way the
// editor itself asks for them: completion, go to definition, rename, formatting
// and a quick fix. Each works on a scratch copy of the sample, saved afterwards.
const assert = require("assert");
const vscode = require("vscode");
const { openScratch, readSample, poll, positionOf, vcaseDiagnostics, codeOf, applyEdits, closeAll } = require("./helpers");

const SAMPLE = "repeat-vertebroplasty.vcase";
const labelOf = (item) => (typeof item.label === "string" ? item.label : item.label.label);

describe("editing features", () => {
  let sample;
  before(async () => {
    sample = await readSample(SAMPLE);
  });
  afterEach(async () => {
    await vscode.workspace.saveAll(false);
    await closeAll();
  });

  it("completes the declared measures inside a procedure that records none yet", async () => {
    const block = "    cement 5.5 ml\n    pain 9 -> 2\n    mobility 3 -> 1\n";
    assert.ok(sample.includes(block), "P1's first procedure should record cement, pain and mobility");
    const doc = await openScratch("completion.vcase", sample.replace(block, "    cement 5.5 ml\n    \n"));
    const at = positionOf(doc, "    cement 5.5 ml\n", { delta: "    cement 5.5 ml\n    ".length });
    const labels = await poll("completion items with the measures pain and mobility", async () => {
      const list = await vscode.commands.executeCommand("vscode.executeCompletionItemProvider", doc.uri, at);
      return list.items.map(labelOf);
    }, { until: (l) => l.includes("pain") && l.includes("mobility") });
    assert.ok(labels.length > 0);
  });

  it("completes the earlier procedure after `repeats`", async () => {
    const doc = await openScratch("completion-repeats.vcase", sample.replace("at L1 repeats PV1 {", "at L1 repeats  {"));
    const at = positionOf(doc, "at L1 repeats  {", { delta: "at L1 repeats ".length });
    await poll("PV1 among the completion items after `repeats`", async () => {
      const list = await vscode.commands.executeCommand("vscode.executeCompletionItemProvider", doc.uri, at);
      return list.items.map(labelOf);
    }, { until: (l) => l.includes("PV1") });
  });

  it("goes from `repeats PV1` to the procedure it repeats", async () => {
    const doc = await openScratch("definition.vcase", sample);
    const use = positionOf(doc, "repeats PV1", { delta: "repeats P".length });
    const declLine = positionOf(doc, "procedure PV1").line;
    const found = await poll("a definition", async () => {
      const r = await vscode.commands.executeCommand("vscode.executeDefinitionProvider", doc.uri, use);
      return r && r.length > 0 && r;
    });
    assert.strictEqual(found.length, 1, "one definition expected");
    const range = found[0].targetSelectionRange || found[0].targetRange || found[0].range;
    const uri = found[0].targetUri || found[0].uri;
    assert.strictEqual(uri.toString(), doc.uri.toString());
    assert.strictEqual(range.start.line, declLine, `definition should be on line ${declLine + 1}`);
    assert.match(doc.getText(range), /PV1/);
  });

  it("renames a measure in its declaration and every use, and nowhere else", async () => {
    const doc = await openScratch("rename.vcase", sample);
    const at = positionOf(doc, "measure pain", { delta: "measure p".length });
    const edit = await vscode.commands.executeCommand("vscode.executeDocumentRenameProvider", doc.uri, at, "pain_nrs");
    assert.ok(edit && edit.size > 0, "rename returned no edit");
    const text = await applyEdits(doc, edit);
    const expected = sample.replace("measure pain ", "measure pain_nrs ").replace(/^(\s+)pain /gm, "$1pain_nrs ");
    assert.strictEqual(text, expected);
    await doc.save();
    await poll("no error after the rename", () => vcaseDiagnostics(doc.uri).every((d) => d.severity !== vscode.DiagnosticSeverity.Error));
  });

  it("formats a flattened file back to canonical indentation, and stays put on a second run", async () => {
    const flat = sample.replace(/^[ \t]+/gm, "").replace("cement 5.5 ml", "cement   5.5   ml");
    const doc = await openScratch("format.vcase", flat);
    const options = { tabSize: 2, insertSpaces: true };
    const edits = await vscode.commands.executeCommand("vscode.executeFormatDocumentProvider", doc.uri, options);
    assert.ok(edits && edits.length > 0, "formatting returned no edits for a flattened file");
    const text = await applyEdits(doc, edits);
    assert.strictEqual(text, sample, "formatting the flattened sample should give back the sample");
    const again = await vscode.commands.executeCommand("vscode.executeFormatDocumentProvider", doc.uri, options);
    assert.deepStrictEqual((again || []).map((e) => e.newText), [], "a formatted file needs no more edits");
  });

  it("offers a quick fix for a misspelt measure, and the fix clears the diagnostic", async () => {
    const doc = await openScratch("quickfix.vcase", sample.replace("    pain 9 -> 2\n", "    pian 9 -> 2\n"));
    const d = await poll("VC102 on the misspelt measure", () => vcaseDiagnostics(doc.uri).find((x) => codeOf(x) === "VC102"));
    assert.strictEqual(doc.getText(d.range), "pian");
    const actions = await poll("a quick fix", async () => {
      const a = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      return a && a.length > 0 && a;
    });
    const fix = actions.find((a) => a.edit && /pain/.test(a.title));
    assert.ok(fix, `no fix naming 'pain'; offered: ${actions.map((a) => a.title).join(" | ")}`);
    await applyEdits(doc, fix.edit);
    assert.ok(doc.getText().includes("    pain 9 -> 2\n"), "the fix should write the declared measure");
    await poll("VC102 to disappear", () => !vcaseDiagnostics(doc.uri).some((x) => codeOf(x) === "VC102"));
  });

  it("a date written day first: one plain-text diagnostic, and its quick fix writes year-month-day", async () => {
    const right = "on 1993-11-08 at T12, L1 {";
    assert.ok(sample.includes(right), "P1's first procedure should be dated 1993-11-08");
    const doc = await openScratch("natural-mistake.vcase", sample.replace(right, "on 08/11/1993 at t12, l1 {"));
    const found = await poll("the diagnostics of the day-first date and the lower-case levels", () => {
      const ds = vcaseDiagnostics(doc.uri);
      return ds.length >= 2 && ds;
    });
    assert.deepStrictEqual(found.map((x) => [codeOf(x), doc.getText(x.range)]), [["VC001", "08/11/1993"], ["VC001", "t12, l1"]]);
    assert.ok(!found.some((x) => x.message.includes("`")), `a message with Markdown backticks: ${found.map((x) => x.message).join(" | ")}`);
    for (const d of found) {
      const actions = await poll("the quick fixes", async () => {
        const a = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
        return a && a.length > 0 && a;
      });
      // 08/11/1993: 8 November or 11 August; the author chooses the first reading.
      const fix = actions.find((a) => a.edit && /1993-11-08|T12, L1/.test(a.title));
      assert.ok(fix, `no fix; offered: ${actions.map((a) => a.title).join(" | ")}`);
      await applyEdits(doc, fix.edit);
      await poll("the fixed line's diagnostic to go", () => vcaseDiagnostics(doc.uri).length < found.length || undefined);
    }
    assert.ok(doc.getText().includes(right), "the fixes should give back the procedure line as the language writes it");
    await poll("no diagnostic left", () => vcaseDiagnostics(doc.uri).length === 0);
  });
});
