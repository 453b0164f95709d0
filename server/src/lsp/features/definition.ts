/**
 * Go to definition: from a patient id, a procedure id, `repeats X` (the procedure X
 * of the same patient) or a measure in an outcome, to where it is declared. An id
 * declared twice (VC401, VC501) leads to both places, so the clash is in view.
 */
import type { DefinitionParams, Location } from "vscode-languageserver";
import { declarationsOf, occurrenceAtOffset } from "../../core/query/symbols";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";

export function provideDefinition(doc: AnalyzedDocument, params: DefinitionParams): Location[] {
  const { model, lines } = doc.analysis;
  const occurrence = occurrenceAtOffset(model, lines.offsetAt(params.position));
  if (occurrence === undefined) return [];
  return declarationsOf(model, occurrence).map((o) => ({ uri: doc.uri, range: toRange(doc.analysis, o.span) }));
}
