/**
 * Document symbols (outline, breadcrumbs, "go to symbol in file"): the study with
 * its measures, then each patient with its procedures. A name a syntax error left
 * out is shown as its keyword, so the outline never loses a block.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from "vscode-languageserver";
import type { Analysis } from "../../core/analyze";
import type { Span } from "../../core/syntax/ast";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";
import { dateText, levelsText } from "./procedure-text";

function symbol(analysis: Analysis, name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  return {
    name: name === "" ? "?" : name,
    kind,
    range: toRange(analysis, span),
    selectionRange: toRange(analysis, selection),
    ...(detail !== undefined && detail !== "" && { detail }),
    ...(children !== undefined && { children }),
  };
}

export function provideDocumentSymbols(doc: AnalyzedDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
  const { analysis } = doc;
  const { file } = analysis.model;
  const out: DocumentSymbol[] = [];
  for (const study of file.studies) {
    const measures = study.measures.map((m) =>
      symbol(analysis, m.name?.text ?? "measure", SymbolKind.Property, m.span, m.name?.span ?? m.span, m.label?.value),
    );
    const selection = study.title?.span ?? study.keyword;
    out.push(symbol(analysis, study.title?.value ?? "study", SymbolKind.Namespace, study.span, selection, study.references[0]?.value, measures));
  }
  for (const patient of analysis.model.patients) {
    const node = patient.node;
    const procedures = node.procedures.map((p) => {
      const detail = [p.kind?.text, dateText(p.date), levelsText(p.levels), p.repeats && `repeats ${p.repeats.text}`].filter(Boolean).join(" · ");
      return symbol(analysis, p.id?.text ?? "procedure", SymbolKind.Event, p.span, p.id?.span ?? p.keyword, detail);
    });
    out.push(symbol(analysis, node.id?.text ?? "patient", SymbolKind.Object, node.span, node.id?.span ?? node.keyword, undefined, procedures));
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
