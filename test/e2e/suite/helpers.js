// Helpers for the extension-host tests: open workspace files, wait for what the
// language server publishes (polling, never a fixed sleep), read hovers as text,
// and find positions by the text a user would point at.
const assert = require("assert");
const vscode = require("vscode");

const EXTENSION_ID = "vcase.vcase";

function workspaceUri(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, "the tests need a workspace folder with the samples (the launcher opens one)");
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Writes `text` to a new workspace file and opens it: scratch files keep the samples unchanged. */
async function openScratch(name, text) {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, "utf8"));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

async function readSample(name) {
  return Buffer.from(await vscode.workspace.fs.readFile(workspaceUri(name))).toString("utf8");
}

/**
 * Calls `probe` every `interval` ms until `until(value)` holds (by default: the
 * value is truthy), and returns the value. On timeout the error says what we
 * waited for and what was last seen.
 */
async function poll(what, probe, { until = Boolean, timeout = 20000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (until(last)) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Waited ${timeout / 1000} s for ${what}; last seen: ${seen}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The position of the `nth` (0-based) occurrence of `needle`, plus `delta` characters. */
function positionOf(doc, needle, { nth = 0, delta = 0 } = {}) {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${nth + 1}) is not in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

/** All hover contents at a position, joined as plain Markdown text. */
async function hoverText(uri, position) {
  const hovers = (await vscode.commands.executeCommand("vscode.executeHoverProvider", uri, position)) || [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n");
}

/** Diagnostics of our extension only (other extensions could publish their own). */
function vcaseDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => !d.source || /vcase/i.test(d.source));
}

function codeOf(d) {
  return typeof d.code === "object" && d.code !== null ? String(d.code.value) : String(d.code);
}

/** Applies a WorkspaceEdit or TextEdit[] and waits until the document shows it. */
async function applyEdits(doc, edits) {
  let edit = edits;
  if (Array.isArray(edits)) {
    edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
  }
  assert.ok(await vscode.workspace.applyEdit(edit), "VS Code refused to apply the edit");
  return doc.getText();
}

async function closeAll() {
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

module.exports = {
  EXTENSION_ID, workspaceUri, open, openScratch, readSample, poll, positionOf,
  hoverText, vcaseDiagnostics, codeOf, applyEdits, closeAll,
};
