/**
 * The cohort chart webview's page: a strict Content-Security-Policy (nothing but
 * the webview's own resources, the one stylesheet by a fresh nonce, no script),
 * the server's fragment inside, and the title and failures escaped.
 */
import { describe, expect, it } from "vitest";
import { chartPageHtml, nonce } from "../../client/src/commands/chart-html";

const CSP_SOURCE = "https://file+.vscode-resource.vscode-cdn.net";

describe("chartPageHtml", () => {
  const html = chartPageHtml({ cspSource: CSP_SOURCE, title: "Cohort chart — <b>x</b>.vcase", fragment: "<div class=\"charts\"><svg></svg></div>" }, "N0nce");

  it("has a strict policy: default-src none, styles only from the webview or by nonce, no script", () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(policy.split("; ")).toEqual([
      "default-src 'none'",
      `style-src ${CSP_SOURCE} 'nonce-N0nce'`,
      `img-src ${CSP_SOURCE} data:`,
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<style nonce="N0nce">');
    expect(html).not.toMatch(/\sstyle=/);
  });

  it("follows the theme through VS Code's variables", () => {
    expect(html).toContain("--vcase-chart-patient: var(--vscode-charts-blue)");
    expect(html).toContain("color: var(--vscode-foreground)");
  });

  it("shows the fragment and escapes the title and a failure", () => {
    expect(html).toContain('<div class="charts"><svg></svg></div>');
    expect(html).toContain("<h1>Cohort chart — &lt;b&gt;x&lt;/b&gt;.vcase</h1>");
    const failed = chartPageHtml({ cspSource: CSP_SOURCE, title: "t", failure: "No <summary> today" }, "n");
    expect(failed).toContain('<p class="failure">No &lt;summary&gt; today</p>');
  });

  it("offers Save chart as… as the one command link, only above a drawn chart", () => {
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(["command:vcase.saveChart"]);
    expect(html).toContain(">Save chart as…</a>");
    expect(chartPageHtml({ cspSource: CSP_SOURCE, title: "t", failure: "no" }, "n")).not.toContain("command:");
  });

  it("makes a new nonce each time", () => {
    expect(nonce()).not.toBe(nonce());
    expect(nonce()).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});
