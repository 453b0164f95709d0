/**
 * The VCase commands (palette and the editor title menu of .vcase files): Open
 * Summary Table, Export Summary…, Show Cohort Chart, Save Chart As…, each asking
 * the language server for what it shows or saves (`vcase/summary`, `vcase/figure`);
 * and New Case Series, which opens a template. Each lives in its own file.
 */
import type * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { registerExportSummary } from "./export-summary";
import { registerNewCaseSeries } from "./new-case-series";
import { registerOpenSummary } from "./open-summary";
import { registerSaveChart } from "./save-chart";
import { registerShowChart } from "./show-chart";

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  registerOpenSummary(context, client);
  registerExportSummary(context, client);
  registerSaveChart(context, client, registerShowChart(context, client));
  registerNewCaseSeries(context);
}
