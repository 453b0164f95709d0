/**
 * The single entry the command line and the language server call to turn an
 * analysed file into a summary document: Markdown, CSV, HTML, the JSON of spec §6,
 * the chart fragment the VS Code webview shows, or a Word document (bytes, and
 * asynchronous: the library that writes it packs a zip).
 */
import type { Analysis } from "../analyze";
import { renderCsv } from "./csv";
import { renderDocx } from "./docx";

export { TooLargeForWord } from "./docx";
import { chartFragment, renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { buildReport } from "./report-model";
import { summaryJson } from "./summary-json";

export const SUMMARY_FORMATS = ["md", "csv", "html", "json", "docx"] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
/** The formats that are text. */
export type TextFormat = Exclude<SummaryFormat, "docx">;
/** What the editor can ask for: a summary document, or the charts for its webview. */
export type SummaryView = SummaryFormat | "chart";
export type TextView = Exclude<SummaryView, "docx">;

/**
 * `fileLabel` is how the documents name the file: the path as given on the
 * command line, the file name in the editor.
 */
export function renderSummary(analysis: Analysis, fileLabel: string, format: TextView): string {
  if (format === "json") {
    const json = summaryJson({
      fileLabel,
      model: analysis.model,
      figures: analysis.figures,
      errors: analysis.errorCount,
      warnings: analysis.warningCount,
    });
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const report = buildReport(analysis, fileLabel);
  switch (format) {
    case "md":
      return renderMarkdown(report);
    case "csv":
      return renderCsv(report);
    case "html":
      return renderHtml(report);
    case "chart":
      return chartFragment(report);
  }
}

/** The summary as a Word document, from the same Report as the Markdown. */
export function renderSummaryDocx(analysis: Analysis, fileLabel: string): Promise<Uint8Array> {
  return renderDocx(buildReport(analysis, fileLabel));
}
