/**
 * The page of the cohort chart webview: the server's chart fragment (notice and
 * SVG charts, every file text already escaped) inside a page with a strict
 * Content-Security-Policy: nothing loads but the webview's own resources, the
 * only stylesheet carries a fresh nonce, and there is no script at all.
 * Colours follow the VS Code theme through its CSS variables.
 */
import { randomBytes } from "node:crypto";
import escapeHtml from "escape-html";
import { CHART_CSS } from "../../../server/src/core/report/chart-style";

const THEME_CSS = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); padding: 0 20px 20px; }
body { --vcase-chart-patient: var(--vscode-charts-blue); --vcase-chart-mean: var(--vscode-charts-orange); }
h1 { font-size: 1.3em; font-weight: 600; }
.notice { border-left: 4px solid var(--vscode-editorWarning-foreground); background: var(--vscode-textBlockQuote-background); padding: 0.5em 1em; margin: 1em 0; }
.notice p { margin: 0 0 0.3em; font-weight: 600; }
.notice ul { margin: 0; padding-left: 1.2em; }
.failure { color: var(--vscode-errorForeground); }
.actions { margin: 0 0 1em; }
.actions a { color: var(--vscode-textLink-foreground); }
`;

/** The one command link the page may follow (the webview allows only this command). */
const SAVE_LINK = `<p class="actions"><a href="command:vcase.saveChart" title="Save the chart as a PNG (300 dpi), PDF or SVG file">Save chart as…</a> (PNG at 300 dpi, PDF or SVG, 174 mm wide)</p>`;

export function nonce(): string {
  return randomBytes(18).toString("base64");
}

export interface ChartPage {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  readonly title: string;
  /** The server's chart fragment, trusted as rendered; or undefined with `failure`. */
  readonly fragment?: string;
  readonly failure?: string;
}

export function chartPageHtml(page: ChartPage, styleNonce = nonce()): string {
  const csp = [
    "default-src 'none'",
    `style-src ${page.cspSource} 'nonce-${styleNonce}'`,
    `img-src ${page.cspSource} data:`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const body =
    page.fragment !== undefined
      ? page.fragment
      : `<p class="failure">${escapeHtml(page.failure ?? "Open a .vcase file to see its chart.")}</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style nonce="${styleNonce}">${CHART_CSS}${THEME_CSS}</style>
</head>
<body>
<h1>${escapeHtml(page.title)}</h1>
${page.fragment !== undefined ? SAVE_LINK : ""}
${body}
</body>
</html>
`;
}
