/**
 * VCase: New Case Series — opens a new, untitled .vcase document from the template
 * (case-series-template.ts), checked by the server like any other. Nothing is
 * written to disk until the author saves.
 */
import * as vscode from "vscode";
import { CASE_SERIES_TEMPLATE } from "./case-series-template";

export function registerNewCaseSeries(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("vcase.newCaseSeries", async () => {
      const document = await vscode.workspace.openTextDocument({ language: "vcase", content: CASE_SERIES_TEMPLATE });
      await vscode.window.showTextDocument(document);
    }),
  );
}
