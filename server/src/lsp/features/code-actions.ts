/**
 * Quick fixes for the diagnostics the editor sends back: VC001 a natural mistake
 * written as the language writes it (`15/03/2021` → 2021-03-15), VC102 use the closest
 * declared measure (VC701 the closest visit, VC711 the closest complication kind),
 * VC303 write a backwards range forwards, VC304 remove a level
 * listed twice, VC404 keep one of two values of a single-valued field, VC405 write a
 * sex value in its proper case. Each fix is rebuilt from the current analysis (the
 * diagnostic with the same code and range); a diagnostic that no longer matches the
 * text gets no fix rather than an edit built on stale data.
 */
import { blockIndexAt } from "../../core/query/block-at";
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
} from "vscode-languageserver";
import type { PatientField, Span } from "../../core/syntax/ast";
import type { Diagnostic } from "../../core/validation/diagnostic";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";

const sameRange = (a: LspDiagnostic["range"], b: LspDiagnostic["range"]) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

export function provideCodeActions(doc: AnalyzedDocument, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only !== undefined && !only.some((k) => k === CodeActionKind.Empty || k === CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  for (const sent of params.context.diagnostics) {
    const current = doc.analysis.diagnostics.find(
      (d) => d.code === String(sent.code) && sameRange(toRange(doc.analysis, d.span), sent.range),
    );
    if (current !== undefined) actions.push(...fixesFor(doc, current, sent));
  }
  return actions;
}

function fixesFor(doc: AnalyzedDocument, d: Diagnostic, sent: LspDiagnostic): CodeAction[] {
  const text = doc.analysis.text;
  const written = text.slice(d.span.start, d.span.end);
  const fix = (title: string, edits: { span: Span; newText: string }[], isPreferred: boolean): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [sent],
    isPreferred,
    edit: { changes: { [doc.uri]: edits.map((e): TextEdit => ({ range: toRange(doc.analysis, e.span), newText: e.newText })) } },
  });
  const { suggestion, swapped, removeSpan, fixes } = d.data ?? {};
  switch (d.code) {
    case "VC001":
      // A natural mistake (core/mistakes/): one fix is the fix; two are readings only the author can choose between.
      return (fixes ?? []).map((f) => fix(f.title, [{ span: d.span, newText: f.newText }], fixes!.length === 1));
    case "VC102":
    case "VC701":
    case "VC711":
      return suggestion === undefined ? [] : [fix(`Change '${written}' to '${suggestion}'`, [{ span: d.span, newText: suggestion }], true)];
    case "VC405":
      return suggestion === undefined ? [] : [fix(`Write sex '${suggestion}'`, [{ span: d.span, newText: suggestion }], true)];
    case "VC303":
      return swapped === undefined ? [] : [fix(`Write the range as ${swapped}`, [{ span: d.span, newText: swapped }], true)];
    case "VC304":
      return removeSpan === undefined ? [] : [fix(`Remove the repeated ${written}`, [{ span: removeSpan, newText: "" }], true)];
    case "VC404":
      return removeSpan === undefined ? [] : keepOneField(doc, d.span, removeSpan, fix);
    default:
      return [];
  }
}

/**
 * Two values of `age`, `sex` or `etiology`: which one is right is the author's call,
 * so both choices are offered and neither is preferred.
 */
function keepOneField(
  doc: AnalyzedDocument,
  span: Span,
  removeSpan: Span,
  fix: (title: string, edits: { span: Span; newText: string }[], isPreferred: boolean) => CodeAction,
): CodeAction[] {
  const { analysis } = doc;
  const text = (s: Span) => analysis.text.slice(s.start, s.end);
  const index = blockIndexAt(analysis.model.tree.patients, span.start);
  const patient = index === -1 ? undefined : analysis.model.patientAt(index).node;
  const field = patient?.fields.find((f) => f.span.start === span.start);
  const others = patient?.fields.filter((f: PatientField) => f.name === field?.name && f !== field) ?? [];
  const actions = [fix(`Remove '${text(span)}'`, [{ span: wholeLine(doc, removeSpan), newText: "" }], false)];
  if (field !== undefined && others.length > 0) {
    const where = others.map((f) => analysis.lines.lineNumber(f.span.start)).join(", ");
    const title = `Keep '${text(field.span)}', remove the other ${field.name} (line${others.length > 1 ? "s" : ""} ${where})`;
    actions.push(fix(title, others.map((f) => ({ span: wholeLine(doc, f.span), newText: "" })), false));
  }
  return actions;
}

/** A span widened to its whole line when nothing else is on it, or to the spaces that set it apart. */
function wholeLine(doc: AnalyzedDocument, span: Span): Span {
  const { lines, text } = doc.analysis;
  const first = lines.positionAt(span.start).line;
  const last = lines.positionAt(span.end).line;
  const lineStart = lines.offsetAt({ line: first, character: 0 });
  const lineEnd = lines.lineEnd(last);
  const before = text.slice(lineStart, span.start);
  const after = text.slice(span.end, lineEnd);
  if (before.trim() === "" && after.trim() === "") {
    const next = last + 1 < lines.lineCount ? lines.offsetAt({ line: last + 1, character: 0 }) : text.length;
    return { start: lineStart, end: next };
  }
  if (before.trim() === "") return { start: span.start, end: span.end + (after.length - after.trimStart().length) };
  return { start: span.start - (before.length - before.trimEnd().length), end: span.end };
}
