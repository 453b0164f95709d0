/**
 * Asking the language server for a summary (`vcase/summary`) and finding which
 * .vcase document a command is about. The server renders every table and chart;
 * this side only sends the request and reports a failure in plain words.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { SummaryParams, SummaryResult } from "../../../server/src/lsp/features/summary-request";

export type { SummaryResult };
export type SummaryView = SummaryParams["format"];

/** The method of server/src/lsp/features/summary-request.ts, spelled here to keep the server out of the client bundle. */
const SUMMARY_METHOD = "vcase/summary";

export async function requestSummary(client: LanguageClient, uri: vscode.Uri, format: SummaryView): Promise<SummaryResult> {
  const params: SummaryParams = { uri: client.code2ProtocolConverter.asUri(uri), format };
  return client.sendRequest<SummaryResult>(SUMMARY_METHOD, params);
}

export function isVcase(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === "vcase";
}

/**
 * The document a command acts on: the file whose editor title menu was used, or
 * the active editor. Says so and returns undefined when it is not a .vcase file.
 */
export async function targetDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  const document =
    resource instanceof vscode.Uri ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
  if (isVcase(document)) return document;
  void vscode.window.showInformationMessage("Open a .vcase file first: the summary is made from the case series in the active editor.");
  return undefined;
}

/** "2 errors and 1 warning", or "" when there are none. */
export function problemsText(result: Pick<SummaryResult, "errors" | "warnings">): string {
  const parts: string[] = [];
  if (result.errors > 0) parts.push(`${result.errors} error${result.errors === 1 ? "" : "s"}`);
  if (result.warnings > 0) parts.push(`${result.warnings} warning${result.warnings === 1 ? "" : "s"}`);
  return parts.join(" and ");
}

export function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Whether `target` may be written: yes when nothing is there, otherwise only when
 * the user says "Replace" in a modal question naming what would replace it.
 */
export async function mayReplace(target: vscode.Uri, withWhat: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    return true;
  }
  const name = target.path.slice(target.path.lastIndexOf("/") + 1);
  const answer = await vscode.window.showWarningMessage(
    `${name} already exists. Replace it with ${withWhat}?`,
    { modal: true, detail: "The file's present content will be lost." },
    "Replace",
  );
  return answer === "Replace";
}
