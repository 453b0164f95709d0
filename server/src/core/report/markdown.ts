/**
 * The summary as GitHub-flavoured Markdown: title, facts, the "errors left out"
 * notice, then each table with its notes. Every text from the file is escaped,
 * so a title such as `<script>` or `[x](y)` reads literally and never becomes
 * markup, a link or a broken table; our own words ("median [IQR]") are written
 * as they are, without a needless backslash. Figures keep each value on one
 * line (figure-text.ts), so a narrow preview never breaks "9.0 ± 0.9".
 */
import { escapeMarkdownText } from "../text/markdown-text";
import { figureText } from "./figure-text";
import { MISSING } from "./format-numbers";
import type { Report } from "./report-model";
import { headerText, isFigure, proseText, type Cell, type Table, type Words } from "./table";

/** Every text from the file: core/text/markdown-text.ts. */
export const escapeMarkdown = escapeMarkdownText;

/** Our words as they are, the file's escaped. */
function words(w: Words): string {
  return typeof w === "string" ? w : escapeMarkdown(w.fileText);
}

function cell(c: Cell): string {
  if (c === null) return MISSING;
  return isFigure(c) ? figureText(c, words) : words(c);
}

function table(t: Table): string[] {
  const lines = [`## ${t.title}`, ""];
  lines.push(`| ${t.columns.map((c) => headerText(c, words)).join(" | ")} |`);
  lines.push(`|${t.columns.map(() => "---").join("|")}|`);
  for (const row of t.rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
  if (t.rows.length === 0) lines.push("", "*No rows.*");
  for (const note of t.notes) lines.push("", `*${proseText(note, words)}*`);
  lines.push("");
  return lines;
}

export function renderMarkdown(report: Report): string {
  const lines: string[] = [`# ${words(report.title)}`, ""];
  for (const f of report.facts) lines.push(`- **${f.label}:** ${words(f.value)}`);
  lines.push("");
  if (report.notice !== null) {
    lines.push(`> **${report.notice.headline}**`, ">");
    for (const item of report.notice.items) lines.push(`> - ${escapeMarkdown(item)}`);
    if (report.notice.more > 0) lines.push(`> - … and ${report.notice.more} more.`);
    lines.push("");
  }
  // Line by line, not push(...table(t)): a spread of 200,000 rows overflows the call stack.
  for (const t of report.tables) for (const line of table(t)) lines.push(line);
  return `${lines.join("\n").trimEnd()}\n`;
}
