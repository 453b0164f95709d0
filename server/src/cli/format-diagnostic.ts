/**
 * `FILE:LINE:COL: SEVERITY CODE message` (spec §7), 1-based line and column. The
 * column counts Unicode characters (code points) from the line's start, so é, 中 and
 * an astral 𝑥 each count one, as does a tab (the README says so): not UTF-16 units,
 * in which 𝑥 counts two, nor bytes, in which é counts two and 中 three.
 */
import type { Analysis } from "../core/analyze";
import type { Diagnostic } from "../core/validation/diagnostic";

export function formatDiagnostic(file: string, analysis: Analysis, d: Diagnostic): string {
  const { line } = analysis.lines.positionAt(d.span.start);
  const column = codePointsBetween(analysis.text, analysis.lines.offsetAt({ line, character: 0 }), d.span.start);
  return `${file}:${line + 1}:${column + 1}: ${d.severity} ${d.code} ${d.message}`;
}

/** The code points in text[from, to): UTF-16 units less the second half of each surrogate pair. */
function codePointsBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === from || !isHighSurrogate(text.charCodeAt(i - 1))) count++;
  }
  return count;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
