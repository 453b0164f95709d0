/**
 * Completion: the core decides what may be written at the cursor and in which
 * order (query/completions.ts); this file maps each suggestion to an LSP item that
 * replaces the word being typed. The order is kept through `sortText`.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionParams,
} from "vscode-languageserver";
import { completionsAt, type SuggestionKind } from "../../core/query/completions";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";

const KIND: Record<SuggestionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  measure: CompletionItemKind.Field,
  level: CompletionItemKind.EnumMember,
  procedure: CompletionItemKind.Reference,
  value: CompletionItemKind.Value,
  id: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

export function provideCompletion(doc: AnalyzedDocument, params: CompletionParams): CompletionItem[] {
  const { analysis } = doc;
  const { replace, items } = completionsAt(analysis, analysis.lines.offsetAt(params.position));
  const range = toRange(analysis, replace);
  return items.map((s, index) => ({
    label: s.label,
    kind: KIND[s.kind],
    sortText: String(index).padStart(4, "0"),
    textEdit: { range, newText: s.insert },
    ...(s.snippet && { insertTextFormat: InsertTextFormat.Snippet }),
    ...(s.detail !== undefined && { detail: s.detail }),
    ...(s.documentation !== undefined && { documentation: s.documentation }),
    ...(s.filterText !== undefined && { filterText: s.filterText }),
  }));
}
