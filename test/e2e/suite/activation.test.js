// The installed extension wakes up when a .vcase file is opened, and not before.
const assert = require("assert");
const vscode = require("vscode");
const { EXTENSION_ID, open, poll, vcaseDiagnostics, closeAll } = require("./helpers");

describe("activation", () => {
  after(closeAll);

  it("is installed and activates on a .vcase file", async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed; installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith("vscode.")).join(", ")}`);
    if (process.env.VCASE_E2E_EXPECT_INSTALLED) {
      // run.mjs installs the packaged .vsix; make sure that is what we test, not the source tree.
      assert.ok(
        ext.extensionPath.startsWith(process.env.VCASE_E2E_EXPECT_INSTALLED),
        `the extension was loaded from ${ext.extensionPath}, not from the installed .vsix`,
      );
    }
    const doc = await open("repeat-vertebroplasty.vcase");
    assert.strictEqual(doc.languageId, "vcase", "a .vcase file should open in the VCase language");
    await poll("the extension to activate", () => ext.isActive);
  });

  it("checks files again after a restart of the server", async () => {
    const { client } = vscode.extensions.getExtension(EXTENSION_ID).exports;
    const doc = await open("diagnostics.vcase");
    await poll("diagnostics on diagnostics.vcase", () => vcaseDiagnostics(doc.uri).length > 0);
    const before = vcaseDiagnostics(doc.uri).length;
    await client.stop();
    assert.strictEqual(vcaseDiagnostics(doc.uri).length, 0, "a stopped client should have cleared its diagnostics");
    await client.start();
    await poll(`the same ${before} diagnostics from the restarted server`, () => vcaseDiagnostics(doc.uri).length, { until: (n) => n === before });
  });
});
