/**
 * Completion: the core decides what may be written at the cursor and in which
 * order (query/completions.ts); this file maps each suggestion to an LSP item that
 * replaces the word being typed. The order is kept through `sortText`. A client
 * that does not declare snippet support gets the snippets' text as offered, without
 * tab stops (snippet-text.ts).
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
import { snippetAsPlainText } from "./snippet-text";

const KIND: Record<SuggestionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  measure: CompletionItemKind.Field,
  level: CompletionItemKind.EnumMember,
  procedure: CompletionItemKind.Reference,
  value: CompletionItemKind.Value,
  id: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
  visit: CompletionItemKind.Event,
  complication: CompletionItemKind.EnumMember,
};

/** `snippetSupport`: the client declared `completionItem.snippetSupport` (VS Code does). */
export function provideCompletion(doc: AnalyzedDocument, params: CompletionParams, snippetSupport = true): CompletionItem[] {
  const { analysis } = doc;
  const { replace, items } = completionsAt(analysis, analysis.lines.offsetAt(params.position));
  const range = toRange(analysis, replace);
  return items.map((s, index) => ({
    label: s.label,
    kind: KIND[s.kind],
    sortText: String(index).padStart(4, "0"),
    textEdit: { range, newText: s.snippet && !snippetSupport ? snippetAsPlainText(s.insert) : s.insert },
    insertTextFormat: s.snippet && snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(s.detail !== undefined && { detail: s.detail }),
    ...(s.documentation !== undefined && { documentation: s.documentation }),
    ...(s.filterText !== undefined && { filterText: s.filterText }),
  }));
}
