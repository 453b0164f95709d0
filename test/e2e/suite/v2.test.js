// Version 2 in the real editor: a hover on a visit block of the v2 sample (its
// label, date, days after the procedure, worked out by hand: 2021-01-11 to
// 2021-01-18 is 7 days, inside 7 ± 3), and the quick fix for a misspelt
// complication kind (VC711), which writes the declared kind and clears the error;
// and the summary preview of the v2 sample with its four tables in order, whose
// figures were worked out by hand from the sample (see the test).
const assert = require("assert");
const vscode = require("vscode");
const { open, openScratch, readSample, poll, positionOf, hoverText, vcaseDiagnostics, codeOf, applyEdits, closeAll } = require("./helpers");

const SAMPLE = "followup-visits.vcase";
// A space or the no-break space the tables keep inside "k/n (%)".
const SP = "[ \u00a0]";
// The dash of a range, with the word joiner the tables may put after it.
const TO = "–\u2060?";

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

  it("shows the v2 tables in the summary preview: Table 1 first, outcomes by visit, complications, follow-up", async () => {
    await open(SAMPLE);
    await vscode.commands.executeCommand("vcase.openSummaryTable");
    // The summary document follows the active file: wait until it is the sample's (the
    // scratch file of the test before has the same title).
    const doc = await poll("the summary document of the v2 sample", () =>
      vscode.workspace.textDocuments.find((d) => d.uri.scheme !== "file" && /summary/i.test(d.uri.path) && /^- \*\*File:\*\* (.*\/)?followup-visits\.vcase$/m.test(d.getText()) && /## Follow-up/.test(d.getText())),
    );
    const text = doc.getText();
    const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepStrictEqual(sections.slice(0, 4), ["Characteristics of the patients", "Outcomes over time", "Complications", "Follow-up"], `sections: ${sections.join(" | ")}`);
    // A table row starting with these cells (a space in a cell may be a no-break space).
    const row = (cells) => new RegExp(`^\\| ${cells.map((c) => c.replace(/ /g, SP)).join(" \\| ")} \\|`, "m");
    // Table 1. Ages 78 71 83 66 74 81 69 88 75 62 79 73: sum 899, mean 74.9; female: P01 P03 P04 P05 P07 P08 P10 P11.
    assert.match(text, row(["Age \\(years\\)", "mean \\(SD\\)", "74\\.9 ± 7\\.4"]));
    assert.match(text, row(["Sex, n \\(%\\)", "female", `8/12 \\(67%\\)`]));
    // Outcomes over time, pain after the initial procedures at 1 week: 12 procedures (P03's PV2 has no w1),
    // scores 3 2 4 2 5 2 3 5 2 3 3 4: mean 38/12 = 3.17, SD sqrt((134 − 38²/12)/11) = 1.11;
    // improvements 6 6 6 5 3 7 4 5 6 6 5 3: mean 5.17, SD 1.27, t = 14.1 on 11 df, p < 0.001.
    assert.match(text, /^\| Measure \| Procedure \| Time \| n \| Mean ± SD \| Paired t-test p \| Wilcoxon p \|/m);
    assert.match(text, row(["Pain \\(VAS\\)", "Initial", "1 week", "12", "3\\.2 ± 1\\.1", "< 0\\.001"]));
    // At 1 year: P01 P02 P04 P07 P09 P11 P12 (P05's is after its repeat), scores 1 1 1 0 2 1 2: 8/7 = 1.14, SD 0.69.
    assert.match(text, row(["Pain \\(VAS\\)", "Initial", "1 year", "7", "1\\.1 ± 0\\.7"]));
    // Complications: leaks at L1 (P01), T11 (P03), T9 (P08), T12 (P12), in 4 of the 13 initial procedures,
    // 4 of the 18 vertebrae treated; none symptomatic. Fractures: P03 (symptomatic) and P09.
    assert.match(text, row(["Cement leakage", "4", `4/12 \\(33%\\)`, `4/13 \\(31%\\)`, `0/1 \\(0%\\)`, `4/18 \\(22%\\)`, "0"]));
    assert.match(text, row(["New vertebral fracture", "2", `2/12 \\(17%\\)`, `0/13 \\(0%\\)`, `0/1 \\(0%\\)`, `0/18 \\(0%\\)`, "1"]));
    // Follow-up, days from the first procedure: 364 ×7, 301 (P03), 427 (P05), 79 (P06), 56 (P08), 197 (P10);
    // sorted 56 79 197 301 364… 427: median 364, first quartile 197 + 0.75 × 104 = 275.
    assert.match(text, row(["Length in days, median \\(IQR\\)", `364 \\[275${TO}364\\]`]));
    assert.match(text, row(["Length in days, range", `56${TO}427`]));
    assert.match(text, row(["Lost to follow-up", `2/12 \\(17%\\)`]));
    assert.match(text, row(["Died", `2/12 \\(17%\\)`]));
    await poll("a Markdown preview tab", () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview|preview/i.test(t.input.viewType + " " + t.label)),
    );
  });
});
