/**
 * The summary as one standalone, printable HTML page: the tables, the notice and
 * the before/after charts as inline SVG. Nothing is loaded from anywhere: a
 * Content-Security-Policy meta tag allows only the page's own stylesheet (by its
 * SHA-256 hash) and no script at all. Every text from the file is escaped with
 * escape-html, so a title of `<script>` or `</style>` is shown, never run.
 *
 * `chartFragment` is the part the VS Code webview shows: the notice and the
 * charts, without page or stylesheet (the webview brings its own, with a nonce).
 */
import { createHash } from "node:crypto";
import escapeHtml from "escape-html";
import { MISSING } from "./format-numbers";
import type { DiagnosticsNotice } from "./diagnostics-notice";
import type { Report } from "./report-model";
import { CHART_CSS } from "./chart-style";
import { chartFigures } from "./svg-chart";
import { figureText } from "./figure-text";
import { columnGroups, isFigure, proseText, wordsText, type Cell, type Column, type Table, type Words } from "./table";

const PAGE_CSS = `
:root { color-scheme: light dark; --vcase-chart-patient: #2563eb; --vcase-chart-mean: #c2410c; --vcase-rule: #d0d4da; --vcase-notice: #fff4e5; }
@media (prefers-color-scheme: dark) {
  :root { --vcase-chart-patient: #7aa7ff; --vcase-chart-mean: #ff9a5c; --vcase-rule: #3a3f47; --vcase-notice: #3b2a12; }
}
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px; }
h1 { font-size: 1.5em; margin: 0 0 0.4em; }
h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.notice { background: var(--vcase-notice); border-left: 4px solid #d97706; padding: 0.6em 1em; margin: 1em 0; }
.notice p { margin: 0 0 0.3em; font-weight: 600; }
.notice ul { margin: 0; padding-left: 1.2em; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--vcase-rule); padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { font-weight: 600; border-bottom-width: 2px; vertical-align: bottom; }
th.group { text-align: center; border-bottom-width: 1px; }
th:not(.group) { white-space: nowrap; }
td { white-space: nowrap; }
td:first-child { white-space: normal; min-width: 4em; max-width: 14em; }
.table-wrap { overflow-x: auto; }
.notes { font-size: 0.9em; opacity: 0.85; margin: 0.4em 0 0; }
footer { margin-top: 2em; font-size: 0.85em; opacity: 0.7; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  :root { color-scheme: light; --vcase-chart-patient: #2563eb; --vcase-chart-mean: #c2410c; --vcase-rule: #999; --vcase-notice: #fff; }
  body { margin: 0; font-size: 9pt; color: #000; background: #fff; }
  .table-wrap { overflow: visible; }
  section, tr { break-inside: avoid; }
}
${CHART_CSS}`;

const esc = (s: string) => escapeHtml(s);
/** Every text is escaped, ours as well as the file's: harmless for ours. */
const words = (w: Words) => esc(wordsText(w));

function cell(c: Cell): string {
  const text = c === null ? MISSING : isFigure(c) ? figureText(c, words) : words(c);
  return `<td>${text}</td>`;
}

/** One header row, or two when columns are grouped ("Before" over "mean ± SD", …). */
function headerRows(columns: readonly Column[]): string {
  if (columns.every((c) => c.group === null)) return `<tr>${columns.map((c) => `<th scope="col">${esc(c.name)}</th>`).join("")}</tr>`;
  const top: string[] = [];
  const sub: string[] = [];
  for (const run of columnGroups(columns)) {
    if (run.group === null) {
      top.push(`<th scope="col" rowspan="2">${esc(run.columns[0]!.name)}</th>`);
      continue;
    }
    for (const c of run.columns) sub.push(`<th scope="col">${esc(c.name)}</th>`);
    top.push(`<th scope="colgroup" colspan="${run.columns.length}" class="group">${words(run.group)}</th>`);
  }
  return `<tr>${top.join("")}</tr>\n<tr>${sub.join("")}</tr>`;
}

function table(t: Table): string {
  const head = headerRows(t.columns);
  const body = t.rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("\n");
  const notes = t.notes.map((n) => `<p class="notes">${proseText(n, words)}</p>`).join("\n");
  return `<section>\n<h2>${esc(t.title)}</h2>\n<div class="table-wrap"><table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table></div>\n${notes}\n</section>`;
}

export function noticeHtml(notice: DiagnosticsNotice | null): string {
  if (notice === null) return "";
  const items = notice.items.map((i) => `<li>${esc(i)}</li>`);
  if (notice.more > 0) items.push(`<li>… and ${notice.more} more.</li>`);
  return `<div class="notice" role="alert">\n<p>${esc(notice.headline)}</p>\n<ul>\n${items.join("\n")}\n</ul>\n</div>`;
}

/** The notice and the charts, for a page that brings its own stylesheet. */
export function chartFragment(report: Report): string {
  return `${noticeHtml(report.notice)}\n<div class="charts">\n${chartFigures(report.charts)}\n</div>\n`;
}

export function renderHtml(report: Report): string {
  const styleHash = createHash("sha256").update(PAGE_CSS, "utf8").digest("base64");
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const facts = report.facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${words(f.value)}</dd>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words(report.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
<h1>${words(report.title)}</h1>
<dl class="facts">
${facts}
</dl>
</header>
${noticeHtml(report.notice)}
${report.tables.map(table).join("\n")}
<section>
<h2>${report.charts.some((c) => c.points.length > 2) ? "Before, after and at each visit" : "Before and after"}, patient by patient</h2>
<div class="charts">
${chartFigures(report.charts)}
</div>
</section>
<footer>Summary written by vcase from ${report.facts[0] === undefined ? "" : words(report.facts[0].value)}.</footer>
</body>
</html>
`;
}
