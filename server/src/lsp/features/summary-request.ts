/**
 * The custom request `vcase/summary`: the summary tables of an open document as
 * Markdown, CSV, HTML, JSON or Word, or the chart fragment the editor's webview
 * shows. The server renders (core/report/render-summary.ts); the client only
 * shows or saves what it gets. A Word document is bytes: its content is base64,
 * and `encoding` says so. Documents name the file by its file name only, so no
 * folder of the user's machine ends up in a shared report.
 *
 *   params: { uri: string; format: "md" | "csv" | "html" | "json" | "docx" | "chart" }
 *   result: { content: string; encoding?: "base64"; errors: number; warnings: number }
 */
import { ErrorCodes, ResponseError } from "vscode-languageserver";
import { renderSummary, renderSummaryDocx, type SummaryView } from "../../core/report/render-summary";
import type { AnalyzedDocument } from "../analyzed-document";

export interface SummaryParams {
  readonly uri: string;
  readonly format: SummaryView;
}

export interface SummaryResult {
  /** The document's text; its bytes in base64 when `encoding` is "base64". */
  readonly content: string;
  readonly encoding?: "base64";
  readonly errors: number;
  readonly warnings: number;
}

export const SUMMARY_VIEWS: readonly SummaryView[] = ["md", "csv", "html", "json", "docx", "chart"];

/** The file name at the end of a URI, decoded: `file:///a/b%20c.vcase` → `b c.vcase`. */
export function fileLabelOf(uri: string): string {
  let path = uri;
  try {
    path = decodeURIComponent(new URL(uri).pathname);
  } catch {
    // not a URL: keep the text as it is
  }
  return path.split(/[\\/]/).filter((s) => s !== "").pop() ?? uri;
}

/** The pure feature: one document, one format. */
export async function provideSummary(doc: AnalyzedDocument, params: SummaryParams): Promise<SummaryResult> {
  const counts = { errors: doc.analysis.errorCount, warnings: doc.analysis.warningCount };
  const label = fileLabelOf(doc.uri);
  if (params.format === "docx") {
    const bytes = await renderSummaryDocx(doc.analysis, label);
    return { content: Buffer.from(bytes).toString("base64"), encoding: "base64", ...counts };
  }
  return { content: renderSummary(doc.analysis, label, params.format), ...counts };
}

export function checkSummaryParams(params: unknown): SummaryParams {
  const p = params as Partial<Record<keyof SummaryParams, unknown>> | null;
  if (typeof p !== "object" || p === null || typeof p.uri !== "string") {
    throw new ResponseError(ErrorCodes.InvalidParams, "vcase/summary needs the uri of an open .vcase document.");
  }
  if (!SUMMARY_VIEWS.includes(p.format as SummaryView)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `vcase/summary needs a format among ${SUMMARY_VIEWS.join(", ")}.`);
  }
  return { uri: p.uri, format: p.format as SummaryView };
}
