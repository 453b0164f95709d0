/**
 * Small Markdown builders for hovers: escaping of the author's own words and
 * compact tables. Numbers are rounded by core/report/format-numbers.ts, not here.
 */
import { escapeMarkdownText } from "../../core/text/markdown-text";

/** Text the author wrote (titles, labels, ids), safe inside Markdown and table cells: never markup or a link. */
export const md = escapeMarkdownText;

export type Align = "left" | "right";

/** A table with a header row; `align` per column, left by default. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const rule = header.map((_, i) => (align[i] === "right" ? "--:" : ":--"));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}

/** Paragraphs separated by blank lines; empty parts left out. */
export function blocks(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === "string" && p !== "").join("\n\n");
}
