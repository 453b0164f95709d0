/**
 * VCase: Save Chart As… — the cohort chart as a figure file (SVG, PNG at 300
 * dpi, or PDF; 174 mm wide), saved where the user chooses (proposed:
 * `<name>.chart.<ext>` beside the file). The server draws and renders it
 * (`vcase/figure`); this side only asks where, and writes the bytes. An existing
 * file is never replaced without the user confirming in a modal dialog.
 *
 * Arguments, all optional: the .vcase file (the editor title menu passes it; else
 * the chart view's file, else the active editor's), and the target file (for
 * tests and other extensions: no dialog, the format from its extension).
 */
import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { FigureParams, FigureResult } from "../../../server/src/lsp/features/figure-request";
import { failureText, isVcase, mayReplace, problemsText } from "./summary-client";

/** The method of server/src/lsp/features/figure-request.ts, spelled here to keep the server out of the client bundle. */
const FIGURE_METHOD = "vcase/figure";

type FigureFormat = FigureParams["format"];

interface FormatItem extends vscode.QuickPickItem {
  readonly format: FigureFormat;
}

const FORMATS: readonly FormatItem[] = [
  { label: "PNG", description: ".png", detail: "An image at 300 dpi, 174 mm wide: what most journals accept.", format: "png" },
  { label: "PDF", description: ".pdf", detail: "Vector, 174 mm wide, font embedded: sharp at any size.", format: "pdf" },
  { label: "SVG", description: ".svg", detail: "Vector, for editing in Inkscape or Illustrator, or for the web.", format: "svg" },
];

function formatOf(uri: vscode.Uri): FigureFormat | undefined {
  const ext = path.posix.extname(uri.path).slice(1).toLowerCase();
  return FORMATS.find((f) => f.format === ext)?.format;
}


/** The .vcase document to draw: the one passed, else the chart view's, else the active editor's. */
async function sourceDocument(resource: unknown, chartSource: () => vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  const uri = resource instanceof vscode.Uri ? resource : chartSource();
  const document = uri !== undefined ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (isVcase(document)) return document;
  void vscode.window.showInformationMessage("Open a .vcase file first: the chart is drawn from the case series in the active editor.");
  return undefined;
}

async function chooseTarget(document: vscode.TextDocument): Promise<{ target: vscode.Uri; format: FigureFormat } | undefined> {
  const item = await vscode.window.showQuickPick(FORMATS, { title: "Save Chart As", placeHolder: "Choose the format of the figure" });
  if (item === undefined) return undefined;
  const base = path.posix.basename(document.uri.path).replace(/\.vcase$/i, "") || "chart";
  const name = `${base}.chart.${item.format}`;
  const folder = document.uri.scheme !== "untitled" ? vscode.Uri.joinPath(document.uri, "..") : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: `Save the chart as ${item.label}`,
    saveLabel: "Save",
    filters: { [item.label]: [item.format] },
    ...(folder !== undefined && { defaultUri: vscode.Uri.joinPath(folder, name) }),
  });
  return target === undefined ? undefined : { target, format: formatOf(target) ?? item.format };
}

async function saveChart(client: LanguageClient, chartSource: () => vscode.Uri | undefined, resource?: unknown, given?: unknown): Promise<vscode.Uri | undefined> {
  const document = await sourceDocument(resource, chartSource);
  if (document === undefined) return undefined;
  let choice: { target: vscode.Uri; format: FigureFormat } | undefined;
  if (given instanceof vscode.Uri) {
    const format = formatOf(given);
    if (format === undefined) {
      void vscode.window.showErrorMessage(`${path.posix.basename(given.path)}: a chart is saved as .png, .pdf or .svg; choose one of these extensions.`);
      return undefined;
    }
    choice = { target: given, format };
  } else choice = await chooseTarget(document);
  if (choice === undefined) return undefined;
  const { target, format } = choice;
  const name = path.posix.basename(target.path);
  if (!(await mayReplace(target, "the chart"))) return undefined;
  try {
    const params: FigureParams = { uri: client.code2ProtocolConverter.asUri(document.uri), format };
    const result = await client.sendRequest<FigureResult>(FIGURE_METHOD, params);
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, "base64"));
    const size = `${result.widthMm} × ${Math.round(result.heightMm)} mm${format === "png" ? " at 300 dpi" : ""}`;
    const problems = problemsText(result);
    void vscode.window.showInformationMessage(
      problems === "" ? `Chart saved to ${name} (${size}).` : `Chart saved to ${name} (${size}). The file has ${problems}; what could not be read is left out.`,
    );
    return target;
  } catch (error) {
    void vscode.window.showErrorMessage(`The chart could not be saved to ${name}: ${failureText(error)}`);
    return undefined;
  }
}

export function registerSaveChart(context: vscode.ExtensionContext, client: LanguageClient, chartSource: () => vscode.Uri | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("vcase.saveChart", (resource?: unknown, target?: unknown) => saveChart(client, chartSource, resource, target)),
  );
}
