/**
 * Document symbols (outline, breadcrumbs, "go to symbol in file"): the study with
 * its measures, visits and complication kinds, then each patient with its
 * procedures (each with its visits and complications) and its complications. A name a syntax error left
 * out is shown as its keyword, so the outline never loses a block. Patients and
 * procedures are read from the syntax tree's rows: an outline of 10,000 patients
 * is asked for after every edit, and making their nodes took longer than the rest.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from "vscode-languageserver";
import type { Analysis } from "../../core/analyze";
import type { Complication, Span, Visit } from "../../core/syntax/ast";
import { shapeOf } from "../../core/syntax/tree/item-tables";
import { itemViews } from "../../core/syntax/tree/item-views";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";
import { dateText, dateTextOfRow, levelsText, levelsTextOfRows } from "./procedure-text";

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

function byPosition(a: DocumentSymbol, b: DocumentSymbol): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

const PROCEDURE_VISITS = shapeOf("procedure", "visits");
const PROCEDURE_COMPLICATIONS = shapeOf("procedure", "complications");
const PATIENT_COMPLICATIONS = shapeOf("patient", "complications");

function addVisit(analysis: Analysis, into: DocumentSymbol[], v: Visit): void {
  into.push(symbol(analysis, `visit ${v.id?.text ?? "?"}`, SymbolKind.Event, v.span, v.id?.span ?? v.keyword, v.date === undefined ? undefined : dateText(v.date)));
}

function addComplication(analysis: Analysis, into: DocumentSymbol[], c: Complication): void {
  const detail = [c.date === undefined ? undefined : dateText(c.date), levelsText(c.levels), c.symptomatic && "symptomatic"].filter(Boolean).join(" · ");
  into.push(symbol(analysis, `complication ${c.kind?.text ?? "?"}`, SymbolKind.EnumMember, c.span, c.kind?.span ?? c.keyword, detail));
}

export function provideDocumentSymbols(doc: AnalyzedDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
  const { analysis } = doc;
  const out: DocumentSymbol[] = [];
  for (const study of analysis.model.studies) {
    const measures = study.measures.map((m) =>
      symbol(analysis, m.name?.text ?? "measure", SymbolKind.Property, m.span, m.name?.span ?? m.span, m.label?.value),
    );
    for (const v of study.visits) {
      const when = v.day === undefined ? undefined : `day ${v.day.value}${v.window !== undefined && v.window.value > 0 ? ` ± ${v.window.value}` : ""}`;
      const detail = [v.label?.value, when].filter(Boolean).join(" · ");
      measures.push(symbol(analysis, v.id?.text ?? "visit", SymbolKind.Event, v.span, v.id?.span ?? v.keyword, detail));
    }
    for (const c of study.complications) {
      measures.push(symbol(analysis, c.kind?.text ?? "complication", SymbolKind.EnumMember, c.span, c.kind?.span ?? c.keyword, c.label?.value));
    }
    measures.sort(byPosition);
    const selection = study.title?.span ?? study.keyword;
    out.push(symbol(analysis, study.title?.value ?? "study", SymbolKind.Namespace, study.span, selection, study.references[0]?.value, measures));
  }
  const { tree } = analysis.model;
  const { text } = analysis;
  const { patients, procedures: rows, words } = tree;
  // The visits and complications (a follow-up line is no symbol), as views over their rows.
  const views = analysis.parsed.nodes;
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
      const own: DocumentSymbol[] = [];
      for (const v of itemViews<Visit>(views, PROCEDURE_VISITS, r)) addVisit(analysis, own, v);
      for (const c of itemViews<Complication>(views, PROCEDURE_COMPLICATIONS, r)) addComplication(analysis, own, c);
      own.sort(byPosition);
      procedures.push(symbol(analysis, name, SymbolKind.Event, { start: rows.start(r), end: rows.end(r) }, selection, detail, own.length > 0 ? own : undefined));
    }
    for (const c of itemViews<Complication>(views, PATIENT_COMPLICATIONS, p)) addComplication(analysis, procedures, c);
    procedures.sort(byPosition);
    const { name, selection } = named(patients.id(p), patients.idStart(p), "patient", patients.start(p));
    out.push(symbol(analysis, name, SymbolKind.Object, { start: patients.start(p), end: patients.end(p) }, selection, undefined, procedures));
  }
  return out.sort(byPosition);
}
