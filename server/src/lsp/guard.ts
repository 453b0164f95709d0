/**
 * Every feature request goes through `documentRequest`: it checks the params,
 * finds the analysed document, and turns whatever goes wrong into a reply rather
 * than a crash.
 *
 * - Params without a `textDocument.uri` (or a `position` / `range` the feature
 *   needs) get an InvalidParams error reply.
 * - A document that is not open, or too large to analyse, gets the empty answer.
 * - A position past the end is clamped to the end by the core's LineIndex.
 * - An exception in a feature is logged and becomes an InternalError reply; a
 *   ResponseError a feature throws on purpose (e.g. an invalid new name in rename)
 *   goes to the client as it is.
 */
import { ErrorCodes, ResponseError, type CancellationToken, type Connection } from "vscode-languageserver";
import type { AnalyzedDocument } from "./analyzed-document";

export type GetDocument = (uri: string) => Promise<AnalyzedDocument | undefined>;

type Needs = { readonly position?: boolean; readonly range?: boolean };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isPosition = (x: unknown) => isObject(x) && Number.isInteger(x.line) && Number.isInteger(x.character);

function checkParams(method: string, params: unknown, needs: Needs): void {
  const problem = !isObject(params) || !isObject(params.textDocument) || typeof params.textDocument.uri !== "string"
    ? "a textDocument with a uri"
    : needs.position && !isPosition(params.position)
      ? "a position with a whole line and character"
      : needs.range && !(isObject(params.range) && isPosition(params.range.start) && isPosition(params.range.end))
        ? "a range with a start and an end position"
        : undefined;
  if (problem !== undefined) throw new ResponseError(ErrorCodes.InvalidParams, `${method} needs ${problem}.`);
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Writes to the client's log, tolerating a connection that has closed meanwhile (nothing is left to tell). */
export function logError(connection: Connection, message: string): void {
  try {
    connection.console.error(message);
  } catch {
    // connection closed
  }
}

export function documentRequest<P extends { textDocument: { uri: string } }, R, E extends R>(
  connection: Connection,
  getDocument: GetDocument,
  method: string,
  feature: (doc: AnalyzedDocument, params: P) => R,
  empty: E,
  needs: Needs = {},
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    checkParams(method, params, needs);
    try {
      const doc = await getDocument(params.textDocument.uri);
      if (doc === undefined || token.isCancellationRequested) return empty;
      return feature(doc, params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`vcase: ${method} failed: ${describeError(error)}`);
      throw new ResponseError(ErrorCodes.InternalError, `The vcase server could not answer ${method}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
