/**
 * Format document: the core's canonical layout (format/format.ts) with the
 * editor's indentation, sent as one edit over the whole text, or no edit when the
 * text is already canonical. A document with a syntax error (VC001) gets no edit at
 * all: the user is mid-edit, and text the parser did not understand is never reflowed.
 */
import type { DocumentFormattingParams, TextEdit } from "vscode-languageserver";
import { formatText } from "../../core/format/format";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";

export function provideFormatting(doc: AnalyzedDocument, params: DocumentFormattingParams): TextEdit[] {
  const { analysis } = doc;
  if (analysis.parsed.diagnostics.length > 0) return [];
  const tabSize = Math.max(1, Math.floor(params.options.tabSize || 2));
  const indent = params.options.insertSpaces === false ? "\t" : " ".repeat(tabSize);
  const formatted = formatText(analysis.text, { indent }, analysis.parsed);
  if (formatted === analysis.text) return [];
  return [{ range: toRange(analysis, { start: 0, end: analysis.text.length }), newText: formatted }];
}
