/**
 * A document as the features see it: the LSP text document, the core's analysis of
 * exactly that version, and the symbol index, built once per version on first use.
 * Features are pure functions of an AnalyzedDocument and their request's params.
 */
import type { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, type Analysis, type AnalysisOptions } from "../core/analyze";
import { collectOccurrences, type Occurrence } from "../core/query/symbols";

export interface AnalyzedDocument {
  readonly uri: string;
  readonly version: number;
  readonly document: TextDocument;
  readonly analysis: Analysis;
  /** Every patient, procedure and measure name with its place; computed on first use. */
  readonly occurrences: readonly Occurrence[];
}

export function analyzeDocument(document: TextDocument, options: AnalysisOptions = {}): AnalyzedDocument {
  const analysis = analyze(document.getText(), options);
  let occurrences: Occurrence[] | undefined;
  return {
    uri: document.uri,
    version: document.version,
    document,
    analysis,
    get occurrences() {
      return (occurrences ??= collectOccurrences(analysis.model));
    },
  };
}
