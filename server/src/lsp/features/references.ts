/**
 * Find references: every place a patient, a procedure (its id and each `repeats`
 * naming it, within its patient) or a measure (its declaration and each outcome)
 * is written, in text order; the declaration only when the client asks for it.
 */
import type { Location, ReferenceParams } from "vscode-languageserver";
import { occurrenceAt, occurrencesOf } from "../../core/query/symbols";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";

export function provideReferences(doc: AnalyzedDocument, params: ReferenceParams): Location[] {
  const occurrence = occurrenceAt(doc.occurrences, doc.analysis.lines.offsetAt(params.position));
  if (occurrence === undefined) return [];
  return occurrencesOf(doc.occurrences, occurrence.key)
    .filter((o) => params.context.includeDeclaration || !o.isDeclaration)
    .sort((a, b) => a.span.start - b.span.start)
    .map((o) => ({ uri: doc.uri, range: toRange(doc.analysis, o.span) }));
}
