/**
 * VCase: Export Summary… — the summary as Word, Markdown, CSV, HTML or JSON,
 * saved where the user chooses (proposed: `<name>.summary.<ext>` beside the
 * file). An existing file is never replaced without the user confirming in a
 * modal dialog, even when the save dialog has already asked. The server sends a
 * Word document as base64; it is written as the bytes it decodes to.
 *
 * A second argument `{ format, target }` (a script's, or a test's) skips the
 * two questions it answers; the replace confirmation still applies.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { failureText, mayReplace, problemsText, requestSummary, targetDocument, type SummaryView } from "./summary-client";

interface FormatItem extends vscode.QuickPickItem {
  readonly format: Exclude<SummaryView, "chart">;
  readonly extension: string;
  readonly filter: string;
}

const FORMATS: readonly FormatItem[] = [
  { label: "Word", description: ".docx", detail: "The tables as Word tables, with their notes, for a manuscript.", format: "docx", extension: "docx", filter: "Word document" },
  { label: "Markdown", description: ".md", detail: "Tables for a README, a wiki or a manuscript draft.", format: "md", extension: "md", filter: "Markdown" },
  { label: "CSV", description: ".csv", detail: "The tables for a spreadsheet.", format: "csv", extension: "csv", filter: "CSV" },
  { label: "HTML", description: ".html", detail: "A printable page with the tables and the before/after charts.", format: "html", extension: "html", filter: "HTML" },
  { label: "JSON", description: ".json", detail: "Every figure, unrounded, for other programs.", format: "json", extension: "json", filter: "JSON" },
];

/** `<name>.summary.<ext>` beside the file; in the first workspace folder for an unsaved file. */
function proposedTarget(document: vscode.TextDocument, extension: string): vscode.Uri | undefined {
  const base = path.posix.basename(document.uri.path).replace(/\.vcase$/i, "") || "summary";
  const name = `${base}.summary.${extension}`;
  if (document.uri.scheme !== "untitled") return document.uri.with({ path: path.posix.join(path.posix.dirname(document.uri.path), name) });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder === undefined ? undefined : vscode.Uri.joinPath(folder, name);
}


/** The format and target given as the command's second argument, when both are there. */
interface ExportChoice {
  readonly format?: unknown;
  readonly target?: unknown;
}

async function askTarget(document: vscode.TextDocument, item: FormatItem): Promise<vscode.Uri | undefined> {
  const defaultUri = proposedTarget(document, item.extension);
  return vscode.window.showSaveDialog({
    title: `Export the summary as ${item.label}`,
    saveLabel: "Export",
    filters: { [item.filter]: [item.extension] },
    ...(defaultUri !== undefined && { defaultUri }),
  });
}

async function exportSummary(client: LanguageClient, resource?: unknown, choice?: ExportChoice): Promise<void> {
  const document = await targetDocument(resource);
  if (document === undefined) return;
  const given = FORMATS.find((f) => f.format === choice?.format);
  const item = given ?? (await vscode.window.showQuickPick(FORMATS, { title: "Export Summary", placeHolder: "Choose the format of the summary" }));
  if (item === undefined) return;
  const target = choice?.target instanceof vscode.Uri && given !== undefined ? choice.target : await askTarget(document, item);
  if (target === undefined) return;
  const name = path.posix.basename(target.path);
  if (!(await mayReplace(target, "the new summary"))) return;
  try {
    const result = await requestSummary(client, document.uri, item.format);
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.content, result.encoding === "base64" ? "base64" : "utf8"));
    const problems = problemsText(result);
    const message = problems === ""
      ? `Summary exported to ${name}.`
      : `Summary exported to ${name}. The file has ${problems}; the summary lists them and leaves out what could not be read.`;
    const open = await vscode.window.showInformationMessage(message, "Open");
    if (open === "Open") {
      if (item.format === "html" || item.format === "docx") await vscode.env.openExternal(target);
      else await vscode.window.showTextDocument(target);
    }
  } catch (error) {
    void vscode.window.showErrorMessage(`The summary could not be exported to ${name}: ${failureText(error)}`);
  }
}

export function registerExportSummary(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand("vcase.exportSummary", (resource?: unknown, choice?: ExportChoice) => exportSummary(client, resource, choice)));
}
