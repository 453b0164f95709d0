/**
 * The custom request `vcase/figure`: the cohort chart of an open document as a
 * figure file (SVG, PNG at 300 dpi, or PDF), for the editor's "Save Chart As…".
 * The server renders (core/report/chart-figure.ts, figure-file.ts); the client
 * only writes the bytes where the user chose.
 *
 *   params: { uri: string; format: "svg" | "png" | "pdf"; columns?: number }
 *   result: { data: string (base64); widthMm: number; heightMm: number; errors: number; warnings: number }
 */
import { ErrorCodes, ResponseError } from "vscode-languageserver";
import { cohortFigure } from "../../core/report/chart-figure";
import { FIGURE_FORMATS, type FigureFormat } from "../../core/report/figure-formats";
import type { AnalyzedDocument } from "../analyzed-document";
import { fileLabelOf } from "./summary-request";

export interface FigureParams {
  readonly uri: string;
  readonly format: FigureFormat;
  /** Panels per row, 1–8; two (a 174 mm double-column figure) when absent. */
  readonly columns?: number;
}

export interface FigureResult {
  /** The file's bytes, base64. */
  readonly data: string;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly errors: number;
  readonly warnings: number;
}

/** The pure feature: one document, one figure. */
export async function provideFigure(doc: AnalyzedDocument, params: FigureParams): Promise<FigureResult> {
  const { figure, title } = cohortFigure(doc.analysis, fileLabelOf(doc.uri), params.columns);
  // Loaded on the first figure only: the renderers are most of the server's size.
  const { renderFigure } = await import("../../core/report/figure-file");
  const bytes = await renderFigure(figure, params.format, title);
  return {
    data: Buffer.from(bytes).toString("base64"),
    widthMm: figure.widthMm,
    heightMm: figure.heightMm,
    errors: doc.analysis.errorCount,
    warnings: doc.analysis.warningCount,
  };
}

export function checkFigureParams(params: unknown): FigureParams {
  const p = params as Partial<Record<keyof FigureParams, unknown>> | null;
  if (typeof p !== "object" || p === null || typeof p.uri !== "string") {
    throw new ResponseError(ErrorCodes.InvalidParams, "vcase/figure needs the uri of an open .vcase document.");
  }
  if (!FIGURE_FORMATS.includes(p.format as FigureFormat)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `vcase/figure needs a format among ${FIGURE_FORMATS.join(", ")}.`);
  }
  if (p.columns !== undefined && !(Number.isInteger(p.columns) && (p.columns as number) >= 1 && (p.columns as number) <= 8)) {
    throw new ResponseError(ErrorCodes.InvalidParams, "vcase/figure takes columns as a whole number from 1 to 8.");
  }
  return { uri: p.uri, format: p.format as FigureFormat, ...(p.columns !== undefined && { columns: p.columns as number }) };
}
