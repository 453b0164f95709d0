/** Core spans (offsets) ↔ LSP ranges, and core diagnostics → LSP diagnostics. */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from "vscode-languageserver";
import type { Analysis } from "../core/analyze";
import type { Span } from "../core/syntax/ast";
import type { Diagnostic } from "../core/validation/diagnostic";

export function toRange(analysis: Analysis, span: Span): Range {
  return { start: analysis.lines.positionAt(span.start), end: analysis.lines.positionAt(span.end) };
}

export function toLspDiagnostic(analysis: Analysis, d: Diagnostic): LspDiagnostic {
  return {
    range: toRange(analysis, d.span),
    severity: d.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: "vcase",
    message: d.message,
    ...(d.data !== undefined && { data: d.data }),
  };
}

/**
 * A message as VS Code's Problems panel shows it: plain text, where Markdown's
 * backticks would stand as they are typed. Code is set apart by single quotation
 * marks instead: "write ‘range 0..10’". Every diagnostic the server publishes goes
 * through this (document-analyst.ts); the core's messages keep their backticks for the
 * command line and hovers.
 */
export function plainMessage(message: string): string {
  return message.includes("`") ? message.replace(/`([^`\n]*)`/g, "\u2018$1\u2019") : message;
}
