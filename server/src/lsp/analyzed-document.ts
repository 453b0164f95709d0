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

/** A class, not an object literal with a getter: see core/analyze.ts. */
class Analyzed implements AnalyzedDocument {
  private collected: Occurrence[] | undefined;
  readonly uri: string;
  /** The version analysed, taken now: the document object is updated in place by later edits. */
  readonly version: number;

  constructor(
    readonly document: TextDocument,
    readonly analysis: Analysis,
  ) {
    this.uri = document.uri;
    this.version = document.version;
  }

  get occurrences(): readonly Occurrence[] {
    return (this.collected ??= collectOccurrences(this.analysis.model));
  }
}

/** `previous`: the same document's analysis before this version, reused where the edit left it alone and not to be used again. */
export function analyzeDocument(document: TextDocument, options: AnalysisOptions = {}, previous?: AnalyzedDocument): AnalyzedDocument {
  return new Analyzed(document, analyze(document.getText(), options, previous?.analysis));
}
