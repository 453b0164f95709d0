/**
 * The analysis worker's features by method (the router's side of each method is
 * ./document-requests.ts). Features are pure functions of an analysed document
 * and their request's params.
 */
import type { AnalyzedDocument } from "./analyzed-document";
import { FIGURE_METHOD, SUMMARY_METHOD } from "./document-requests";
import type { WorkerSetup } from "./worker-messages";
import { provideCodeActions } from "./features/code-actions";
import { provideCompletion } from "./features/completion";
import { provideDefinition } from "./features/definition";
import { provideDocumentSymbols } from "./features/document-symbols";
import { checkFigureParams, provideFigure } from "./features/figure-request";
import { provideFoldingRanges } from "./features/folding";
import { provideFormatting } from "./features/formatting";
import { provideHover } from "./features/hover";
import { provideInlayHints } from "./features/inlay-hints";
import { provideReferences } from "./features/references";
import { prepareRename, provideRename } from "./features/rename";
import { checkSummaryParams, provideSummary } from "./features/summary-request";

// Params are checked by the router before they reach a worker (document-requests.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Feature = (doc: AnalyzedDocument, params: any, setup: WorkerSetup) => unknown;

export const FEATURES: ReadonlyMap<string, Feature> = new Map<string, Feature>([
  ["textDocument/hover", provideHover],
  ["textDocument/completion", (doc, params, setup) => provideCompletion(doc, params, setup.snippetSupport ?? true)],
  ["textDocument/definition", provideDefinition],
  ["textDocument/references", provideReferences],
  ["textDocument/prepareRename", prepareRename],
  ["textDocument/rename", provideRename],
  ["textDocument/formatting", provideFormatting],
  ["textDocument/codeAction", provideCodeActions],
  ["textDocument/documentSymbol", provideDocumentSymbols],
  ["textDocument/foldingRange", provideFoldingRanges],
  ["textDocument/inlayHint", provideInlayHints],
  [SUMMARY_METHOD, (doc, params) => provideSummary(doc, checkSummaryParams(params))],
  [FIGURE_METHOD, (doc, params) => provideFigure(doc, checkFigureParams(params))],
]);
