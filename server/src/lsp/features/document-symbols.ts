/**
 * Document symbols (outline, breadcrumbs, "go to symbol in file"): the study with
 * its measures, then each patient with its procedures. A name a syntax error left
 * out is shown as its keyword, so the outline never loses a block. Patients and
 * procedures are read from the syntax tree's rows: an outline of 10,000 patients
 * is asked for after every edit, and making their nodes took longer than the rest.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from "vscode-languageserver";
import type { Analysis } from "../../core/analyze";
import type { Span } from "../../core/syntax/ast";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";
import { dateTextOfRow, levelsTextOfRows } from "./procedure-text";

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
  const out: DocumentSymbol[] = [];
  for (const study of analysis.model.studies) {
    const measures = study.measures.map((m) =>
      symbol(analysis, m.name?.text ?? "measure", SymbolKind.Property, m.span, m.name?.span ?? m.span, m.label?.value),
    );
    const selection = study.title?.span ?? study.keyword;
    out.push(symbol(analysis, study.title?.value ?? "study", SymbolKind.Namespace, study.span, selection, study.references[0]?.value, measures));
  }
  const { tree } = analysis.model;
  const { text } = analysis;
  const { patients, procedures: rows, words } = tree;
  /** A word's text and where it is written, or the keyword at `start` when the word was left out. */
  const named = (word: number, wordStart: number, keyword: string, start: number) =>
    word < 0
      ? { name: keyword, selection: { start, end: start + keyword.length } }
      : { name: words.text(word), selection: { start: wordStart, end: wordStart + words.length(word) } };
  for (let p = 0; p < patients.count; p++) {
    const first = patients.firstProcedure(p);
    const procedures: DocumentSymbol[] = [];
    for (let r = first; r < first + patients.procedureCount(p); r++) {
      const kind = rows.kind(r);
      const repeats = rows.repeats(r);
      const detail = [
        kind < 0 ? undefined : words.text(kind),
        dateTextOfRow(tree, text, rows.date(r)),
        levelsTextOfRows(tree, text, rows.firstLevel(r), rows.levelCount(r)),
        repeats < 0 ? undefined : `repeats ${words.text(repeats)}`,
      ].filter(Boolean).join(" · ");
      const { name, selection } = named(rows.id(r), rows.idStart(r), "procedure", rows.start(r));
      procedures.push(symbol(analysis, name, SymbolKind.Event, { start: rows.start(r), end: rows.end(r) }, selection, detail));
    }
    const { name, selection } = named(patients.id(p), patients.idStart(p), "patient", patients.start(p));
    out.push(symbol(analysis, name, SymbolKind.Object, { start: patients.start(p), end: patients.end(p) }, selection, undefined, procedures));
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
