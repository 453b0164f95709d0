/**
 * Rename a patient id, a procedure id (with the `repeats` that name it, within
 * its patient) or a measure (its declaration and every outcome). The core says
 * which places change and whether the new name is allowed (query/rename-check.ts);
 * a refused name comes back as an error whose message the editor shows.
 */
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type PrepareRenameParams,
  type Range,
  type RenameParams,
  type WorkspaceEdit,
} from "vscode-languageserver";
import { checkRename, renameTargets } from "../../core/query/rename-check";
import { occurrenceAt } from "../../core/query/symbols";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";

export function prepareRename(doc: AnalyzedDocument, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const occurrence = occurrenceAt(doc.occurrences, doc.analysis.lines.offsetAt(params.position));
  if (occurrence === undefined) return null;
  return { range: toRange(doc.analysis, occurrence.span), placeholder: occurrence.name };
}

export function provideRename(doc: AnalyzedDocument, params: RenameParams): WorkspaceEdit | null {
  const occurrence = occurrenceAt(doc.occurrences, doc.analysis.lines.offsetAt(params.position));
  if (occurrence === undefined) return null;
  const problem = checkRename(doc.analysis, doc.occurrences, occurrence, params.newName);
  if (problem !== undefined) {
    throw new ResponseError(problem.kind === "invalid-name" ? ErrorCodes.InvalidParams : LSPErrorCodes.RequestFailed, problem.message);
  }
  const edits =
    params.newName === occurrence.name
      ? []
      : renameTargets(doc.occurrences, occurrence).map((o) => ({ range: toRange(doc.analysis, o.span), newText: params.newName }));
  return { changes: { [doc.uri]: edits } };
}
