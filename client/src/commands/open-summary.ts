/**
 * VCase: Open Summary Table — the per-patient table and the cohort summary as a
 * Markdown preview beside the editor. The Markdown is a virtual document
 * (scheme `vcase-summary`) whose text the server renders; it follows the active
 * .vcase editor and refreshes, after a short pause, while that file is edited.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { failureText, isVcase, requestSummary, targetDocument } from "./summary-client";

export const SUMMARY_SCHEME = "vcase-summary";
const REFRESH_MS = 300;

class SummaryDocument implements vscode.TextDocumentContentProvider {
  /** One virtual document for the whole window: it shows the file being followed. */
  readonly uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: "/VCase summary.md" });
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private source: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: LanguageClient) {}

  async provideTextDocumentContent(): Promise<string> {
    if (this.source === undefined) return "# VCase summary\n\nOpen a `.vcase` file to see its summary tables here.\n";
    try {
      return (await requestSummary(this.client, this.source, "md")).content;
    } catch (error) {
      return `# VCase summary\n\nThe summary could not be made: ${failureText(error).replace(/[\\`*_[\]<>|]/g, "\\$&")}\n`;
    }
  }

  follow(document: vscode.TextDocument): void {
    if (this.source?.toString() === document.uri.toString()) return;
    this.source = document.uri;
    this.refresh(0);
  }

  isSource(document: vscode.TextDocument): boolean {
    return this.source?.toString() === document.uri.toString();
  }

  /** Refreshes the preview, if it is open, after `delay` ms; later calls restart the pause. */
  refresh(delay = REFRESH_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.uri.toString());
      if (open) this.changed.fire(this.uri);
    }, delay);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.changed.dispose();
  }
}

export function registerOpenSummary(context: vscode.ExtensionContext, client: LanguageClient): void {
  const summary = new SummaryDocument(client);
  context.subscriptions.push(
    summary,
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, summary),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (isVcase(editor?.document)) summary.follow(editor.document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (summary.isSource(event.document) && event.contentChanges.length > 0) summary.refresh();
    }),
    vscode.commands.registerCommand("vcase.openSummaryTable", async (resource?: unknown) => {
      const document = await targetDocument(resource);
      if (document === undefined) return;
      summary.follow(document);
      await vscode.commands.executeCommand("markdown.showPreviewToSide", summary.uri);
    }),
  );
}
