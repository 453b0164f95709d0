// The installed extension wakes up when a .vcase file is opened, and not before.
const assert = require("assert");
const vscode = require("vscode");
const { EXTENSION_ID, open, poll, closeAll } = require("./helpers");

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
});
