/**
 * VCase: Show Cohort Chart — a webview beside the editor with, per measure and
 * role, the before/after line of every patient, the mean line and the scale's
 * range. One panel for the window; it follows the active .vcase editor and
 * redraws, after a short pause, while that file is edited. Scripts are off; the
 * only command a link may run is VCase: Save Chart As….
 */
import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { chartPageHtml } from "./chart-html";
import { failureText, isVcase, requestSummary, targetDocument } from "./summary-client";

const REDRAW_MS = 300;

class ChartPanel {
  private panel: vscode.WebviewPanel | undefined;
  private source: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts draws, so a slow answer never replaces a newer one. */
  private generation = 0;

  constructor(private readonly client: LanguageClient) {}

  show(document: vscode.TextDocument): void {
    if (this.panel === undefined) {
      this.panel = vscode.window.createWebviewPanel("vcase.cohortChart", "Cohort chart", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        // Only the page's "Save chart as…" link may run a command.
        enableCommandUris: ["vcase.saveChart"],
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.source = undefined;
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.follow(document, true);
  }

  follow(document: vscode.TextDocument, force = false): void {
    if (this.panel === undefined) return;
    if (!force && this.source?.toString() === document.uri.toString()) return;
    this.source = document.uri;
    this.redraw(0);
  }

  /** The file the open chart shows, if a chart is open. */
  sourceUri(): vscode.Uri | undefined {
    return this.panel === undefined ? undefined : this.source;
  }

  isSource(document: vscode.TextDocument): boolean {
    return this.panel !== undefined && this.source?.toString() === document.uri.toString();
  }

  redraw(delay = REDRAW_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.draw(), delay);
  }

  private async draw(): Promise<void> {
    this.timer = undefined;
    const panel = this.panel;
    const source = this.source;
    if (panel === undefined || source === undefined) return;
    const generation = ++this.generation;
    const name = path.posix.basename(source.path);
    const title = `Cohort chart — ${name}`;
    let html: string;
    try {
      const result = await requestSummary(this.client, source, "chart");
      html = chartPageHtml({ cspSource: panel.webview.cspSource, title, fragment: result.content });
    } catch (error) {
      html = chartPageHtml({ cspSource: panel.webview.cspSource, title, failure: `The chart could not be drawn: ${failureText(error)}` });
    }
    if (generation !== this.generation || this.panel !== panel) return;
    panel.title = title;
    panel.webview.html = html;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.panel?.dispose();
  }
}

/** Registers the command; returns what file the chart view shows, for Save Chart As…. */
export function registerShowChart(context: vscode.ExtensionContext, client: LanguageClient): () => vscode.Uri | undefined {
  const chart = new ChartPanel(client);
  context.subscriptions.push(
    chart,
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (isVcase(editor?.document)) chart.follow(editor.document);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (chart.isSource(event.document) && event.contentChanges.length > 0) chart.redraw();
    }),
    vscode.commands.registerCommand("vcase.showCohortChart", async (resource?: unknown) => {
      const document = await targetDocument(resource);
      if (document !== undefined) chart.show(document);
    }),
  );
  return () => chart.sourceUri();
}
