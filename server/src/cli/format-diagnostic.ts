/** `FILE:LINE:COL: SEVERITY CODE message` (spec §7), 1-based line and column. */
import type { Analysis } from "../core/analyze";
import type { Diagnostic } from "../core/validation/diagnostic";

export function formatDiagnostic(file: string, analysis: Analysis, d: Diagnostic): string {
  const { line, character } = analysis.lines.positionAt(d.span.start);
  return `${file}:${line + 1}:${character + 1}: ${d.severity} ${d.code} ${d.message}`;
}
