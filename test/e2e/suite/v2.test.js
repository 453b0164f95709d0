// Version 2 in the real editor: a hover on a visit block of the v2 sample (its
// label, date, days after the procedure, worked out by hand: 2021-01-11 to
// 2021-01-18 is 7 days, inside 7 ± 3), and the quick fix for a misspelt
// complication kind (VC711), which writes the declared kind and clears the error.
const assert = require("assert");
const vscode = require("vscode");
const { open, openScratch, readSample, poll, positionOf, hoverText, vcaseDiagnostics, codeOf, applyEdits, closeAll } = require("./helpers");

const SAMPLE = "followup-visits.vcase";

describe("version 2 items", () => {
  afterEach(async () => {
    await vscode.workspace.saveAll(false);
    await closeAll();
  });

  it("hovers a visit block with its label, date and days after the procedure", async () => {
    const doc = await open(SAMPLE);
    const at = positionOf(doc, "w1 on 2021-01-18", { delta: 1 });
    const text = await poll("a hover on the visit w1", async () => {
      const t = await hoverText(doc.uri, at);
      return /Visit w1/.test(t) && t;
    });
    assert.match(text, /1 week/, `hover text:\n${text}`);
    assert.match(text, /2021-01-18 · 7 days after PV1 vertebroplasty · inside its window/, `hover text:\n${text}`);
    assert.match(text, /\|\s*pain\s*\|\s*3\s*\|/, `hover text:\n${text}`);
  });

  it("offers a quick fix for a misspelt complication kind, and the fix clears the diagnostic", async () => {
    const sample = await readSample(SAMPLE);
    const line = '    complication leak at L1 "paravertebral, no symptoms"\n';
    assert.ok(sample.includes(line), "P01's first procedure should record a leak at L1");
    const doc = await openScratch("quickfix-v2.vcase", sample.replace(line, line.replace("leak", "leek")));
    const d = await poll("VC711 on the misspelt kind", () => vcaseDiagnostics(doc.uri).find((x) => codeOf(x) === "VC711"));
    assert.strictEqual(doc.getText(d.range), "leek");
    const actions = await poll("a quick fix", async () => {
      const a = await vscode.commands.executeCommand("vscode.executeCodeActionProvider", doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      return a && a.length > 0 && a;
    });
    const fix = actions.find((a) => a.edit && /leak/.test(a.title));
    assert.ok(fix, `no fix naming 'leak'; offered: ${actions.map((a) => a.title).join(" | ")}`);
    await applyEdits(doc, fix.edit);
    assert.ok(doc.getText().includes(line), "the fix should write the declared kind");
    await poll("VC711 to disappear", () => !vcaseDiagnostics(doc.uri).some((x) => codeOf(x) === "VC711"));
  });
});
