/**
 * The line every summary document shows when the file has errors or warnings:
 * how many there were, where the first few are, and that the figures leave out
 * what could not be read. Errors are listed before warnings, each as
 * `line N: message` (1-based), so the reader can go and fix them.
 */
import type { Analysis } from "../analyze";

export interface DiagnosticsNotice {
  /** "This file has 2 errors and 1 warning. …" */
  readonly headline: string;
  /** The first few, `line N: message`. */
  readonly items: readonly string[];
  /** How many more there are beyond `items`; 0 when all are listed. */
  readonly more: number;
}

const LISTED = 5;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export function diagnosticsNotice(analysis: Pick<Analysis, "diagnostics" | "errorCount" | "warningCount" | "lines">): DiagnosticsNotice | null {
  const { errorCount, warningCount } = analysis;
  if (errorCount + warningCount === 0) return null;
  const tally =
    errorCount > 0 && warningCount > 0
      ? `${count(errorCount, "error")} and ${count(warningCount, "warning")}`
      : errorCount > 0
        ? count(errorCount, "error")
        : count(warningCount, "warning");
  const headline =
    errorCount > 0
      ? `This file has ${tally}. The tables and figures leave out what could not be read; correct the file to include it.`
      : `This file has ${tally}; the tables and figures use everything that could be read.`;
  const ordered = [
    ...analysis.diagnostics.filter((d) => d.severity === "error"),
    ...analysis.diagnostics.filter((d) => d.severity !== "error"),
  ];
  const items = ordered.slice(0, LISTED).map((d) => {
    const line = analysis.lines.positionAt(d.span.start).line + 1;
    return `line ${line}${d.severity === "error" ? "" : " (warning)"}: ${d.message}`;
  });
  return { headline, items, more: ordered.length - items.length };
}
