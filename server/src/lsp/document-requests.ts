/**
 * The requests about one document that the server's router (./server.ts) passes
 * to that document's analysis worker (./analysis-worker.ts): each method, what
 * its params must hold, and the answer for a document that is not open or too
 * large to analyse. No feature code here, so the router's bundle stays small;
 * the worker's table of features is ./feature-table.ts.
 */
import { ErrorCodes, ResponseError } from "vscode-languageserver";

export interface DocumentRequest {
  readonly method: string;
  /** Answer when the document is not open or too large to analyse. */
  readonly empty: null | readonly never[];
  readonly needs: { readonly position?: boolean; readonly range?: boolean };
}

const at = { position: true };
const over = { range: true };

export const DOCUMENT_REQUESTS: readonly DocumentRequest[] = [
  { method: "textDocument/hover", empty: null, needs: at },
  { method: "textDocument/completion", empty: [], needs: at },
  { method: "textDocument/definition", empty: [], needs: at },
  { method: "textDocument/references", empty: [], needs: at },
  { method: "textDocument/prepareRename", empty: null, needs: at },
  { method: "textDocument/rename", empty: null, needs: at },
  { method: "textDocument/formatting", empty: [], needs: {} },
  { method: "textDocument/codeAction", empty: [], needs: over },
  { method: "textDocument/documentSymbol", empty: [], needs: {} },
  { method: "textDocument/foldingRange", empty: [], needs: {} },
  { method: "textDocument/inlayHint", empty: [], needs: over },
];

/** The custom summary request (./features/summary-request.ts): its document is `params.uri`. */
export const SUMMARY_METHOD = "vcase/summary";
/** The custom figure request (./features/figure-request.ts), likewise. */
export const FIGURE_METHOD = "vcase/figure";

export const SUMMARY_NOT_OPEN =
  "This file is not open in the editor, or it is too large to analyse, so no summary can be made from it.";
const FIGURE_NOT_OPEN =
  "This file is not open in the editor, or it is too large to analyse, so no chart can be made from it.";

/** The custom requests about the document `params.uri`, with the error for a document that is not open. */
export const URI_REQUESTS: ReadonlyMap<string, string> = new Map([
  [SUMMARY_METHOD, SUMMARY_NOT_OPEN],
  [FIGURE_METHOD, FIGURE_NOT_OPEN],
]);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isPosition = (x: unknown) => isObject(x) && Number.isInteger(x.line) && Number.isInteger(x.character);

/** The document a request is about; an InvalidParams error when its params do not say, or lack what the feature needs. */
export function documentOf(request: DocumentRequest, params: unknown): string {
  const { method, needs } = request;
  const problem = !isObject(params) || !isObject(params.textDocument) || typeof params.textDocument.uri !== "string"
    ? "a textDocument with a uri"
    : needs.position && !isPosition(params.position)
      ? "a position with a whole line and character"
      : needs.range && !(isObject(params.range) && isPosition(params.range.start) && isPosition(params.range.end))
        ? "a range with a start and an end position"
        : undefined;
  if (problem !== undefined) throw new ResponseError(ErrorCodes.InvalidParams, `${method} needs ${problem}.`);
  return (params as { textDocument: { uri: string } }).textDocument.uri;
}

/** The document of a custom request (URI_REQUESTS), or InvalidParams. */
export function uriDocumentOf(method: string, params: unknown): string {
  if (!isObject(params) || typeof params.uri !== "string") {
    throw new ResponseError(ErrorCodes.InvalidParams, `${method} needs the uri of an open .vcase document.`);
  }
  return params.uri;
}
