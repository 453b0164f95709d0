/**
 * What the server does with what goes wrong: an error is described (its stack,
 * which the bundle's source map turns back into the source's lines) and written
 * to the client's log, and the server keeps serving.
 *
 * Requests: params without what the feature needs get an InvalidParams reply
 * (./document-requests.ts); a document that is not open, or too large to analyse,
 * gets the empty answer; an exception in a feature is logged and becomes an
 * InternalError reply, while a ResponseError a feature throws on purpose (an
 * invalid new name in rename) goes to the client as it is (./document-analyst.ts).
 */
import type { Connection } from "vscode-languageserver";

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
