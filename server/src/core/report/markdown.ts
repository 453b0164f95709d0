/**
 * The summary as GitHub-flavoured Markdown: title, facts, the "errors left out"
 * notice, then each table with its notes. Every text from the file is escaped,
 * so a title such as `<script>` or `[x](y)` reads literally and never becomes
 * markup, a link or a broken table.
 */
import { escapeMarkdownText } from "../text/markdown-text";
import { MISSING } from "./format-numbers";
import type { Report } from "./report-model";
import { headerText, type Cell, type Table } from "./table";

/** Every text from the file, and for now the summary's own words too: core/text/markdown-text.ts. */
export const escapeMarkdown = escapeMarkdownText;

function cell(c: Cell): string {
  return c === null ? MISSING : escapeMarkdown(c);
}

function table(t: Table): string[] {
  const lines = [`## ${escapeMarkdown(t.title)}`, ""];
  lines.push(`| ${t.columns.map((c) => escapeMarkdown(headerText(c))).join(" | ")} |`);
  lines.push(`|${t.columns.map(() => "---").join("|")}|`);
  for (const row of t.rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
  if (t.rows.length === 0) lines.push("", "*No rows.*");
  for (const note of t.notes) lines.push("", `*${escapeMarkdown(note)}*`);
  lines.push("");
  return lines;
}

export function renderMarkdown(report: Report): string {
  const lines: string[] = [`# ${escapeMarkdown(report.title)}`, ""];
  for (const f of report.facts) lines.push(`- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`);
  lines.push("");
  if (report.notice !== null) {
    lines.push(`> **${escapeMarkdown(report.notice.headline)}**`, ">");
    for (const item of report.notice.items) lines.push(`> - ${escapeMarkdown(item)}`);
    if (report.notice.more > 0) lines.push(`> - … and ${report.notice.more} more.`);
    lines.push("");
  }
  // Line by line, not push(...table(t)): a spread of 200,000 rows overflows the call stack.
  for (const t of report.tables) for (const line of table(t)) lines.push(line);
  return `${lines.join("\n").trimEnd()}\n`;
}
