/**
 * Outputs are inert, whatever the file's texts say. A cross-cutting audit beside
 * the renderers' own example tests (test/report/injection.test.ts,
 * test/client/chart-html.test.ts):
 *
 * - Property: hostile texts in every text slot of a file (title, reference,
 *   design, measure label, etiology, note) never add a tag or an attribute to the
 *   HTML page or the webview chart fragment, never start a CSV cell a spreadsheet
 *   would run, and never leave `<` unescaped or break a table row in Markdown.
 * - Source audit: no `eval` or `new Function`, no network module, no webview
 *   with scripts, no Content-Security-Policy with `unsafe-inline` / `unsafe-eval`
 *   or a remote source, and the language server never writes a file.
 * - The manifest declares its workspace-trust support, and every restricted
 *   setting it names exists.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { renderSummary, type TextView as SummaryView } from "../../server/src/core/report/render-summary";
import { chartPageHtml } from "../../client/src/commands/chart-html";
import { fcParams, RUNS, TIMEOUT_MS, TODAY } from "./fuzz-support";
import { utf16String } from "./text-arbitraries";

const ROOT = join(__dirname, "..", "..");

// ---- hostile texts ----------------------------------------------------------------

const PAYLOADS = [
  "<script>alert(1)</script>", "</style><script>x</script>", "<img src=x onerror=alert(1)>", "\" onload=\"alert(1)", "' onmouseover='x",
  "</title></svg><iframe src=//evil.example>", "<!--", "-->", "]]>", "&lt;script&gt;", "javascript:alert(1)", "<a href=\"http://evil.example\">x</a>",
  "=HYPERLINK(\"http://evil.example\")", "+SUM(A1:A9)", "-2+3", "@cmd|' /C calc'!A0", "\t=1+1", "=1|2", "| a | b |", "[x](http://evil.example)",
  "`code`", "*em*", "\\", "\\\"", "${x}", "{{x}}", "\u202E", "\u0000", "\uD800",
];
const hostile = fc.oneof(fc.constantFrom(...PAYLOADS), utf16String(30), fc.array(fc.constantFrom(...PAYLOADS), { maxLength: 3 }).map((p) => p.join(" ")));

/** A .vcase string literal that reads back as `text` (line breaks cannot be in one, so they become spaces). */
function literal(text: string): string {
  return `"${text.replace(/[\r\n]/g, " ").replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

interface Slots {
  title: string;
  reference: string;
  design: string;
  label: string;
  etiology: string;
  note: string;
}

function file(s: Slots): string {
  return `study ${literal(s.title)} {
  reference ${literal(s.reference)}
  design ${literal(s.design)}
  measure pain ${literal(s.label)} range 0..10 better lower responder 3
}
patient P1 {
  age 70
  sex F
  etiology ${literal(s.etiology)}
  procedure PV1 vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 note ${literal(s.note)} }
  procedure PV2 vertebroplasty on 2001-03-01 at L1 repeats PV1 { pain 9 -> 3 }
  note ${literal(s.note)}
}
patient P2 {
  age 71
  sex M
  etiology ${literal(s.etiology)}
  procedure PV1 vertebroplasty on 2002-01-01 at T12 { pain 7 -> 1 }
  procedure PV2 vertebroplasty on 2002-02-01 at T12 repeats PV1 { pain 10 -> 2 }
}
`;
}

const BENIGN: Slots = { title: "Title", reference: "Ref", design: "Design", label: "Pain", etiology: "osteoporosis", note: "Note" };
const slots: fc.Arbitrary<Slots> = fc.record({ title: hostile, reference: hostile, design: hostile, label: hostile, etiology: hostile, note: hostile });

const render = (text: string, view: SummaryView) => renderSummary(analyze(text, { today: TODAY }), "x.vcase", view);

/** Every tag name and every attribute name written as markup, e.g. `svg`, `svg@viewBox`. */
function markup(html: string): Set<string> {
  const out = new Set<string>();
  for (const tag of html.matchAll(/<\/?([A-Za-z][\w:-]*)([^>]*)>/g)) {
    const name = tag[1]!.toLowerCase();
    out.add(name);
    for (const attribute of tag[2]!.matchAll(/([^\s=/"']+)\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) out.add(`${name}@${attribute[1]!.toLowerCase()}`);
  }
  return out;
}

const benignMarkup = { html: markup(render(file(BENIGN), "html")), chart: markup(render(file(BENIGN), "chart")) };

describe("hostile texts in every slot", { timeout: TIMEOUT_MS }, () => {
  const runs = Math.max(50, Math.ceil(RUNS / 3));

  it("add no tag and no attribute to the HTML page or the chart fragment, and no script", () => {
    expect([...benignMarkup.html]).toEqual(expect.arrayContaining(["table", "svg", "meta@content"]));
    expect(markup(`<p title="a">x</p><img src=x onerror=y>`)).toEqual(new Set(["p", "p@title", "img", "img@src", "img@onerror"]));
    fc.assert(
      fc.property(slots, (s) => {
        for (const view of ["html", "chart"] as const) {
          const html = render(file(s), view);
          const added = [...markup(html)].filter((m) => !benignMarkup[view].has(m));
          expect(added, view).toEqual([]);
          expect(html).not.toMatch(/<script/i); // `javascript:` as escaped text is inert; no href or src can carry it
        }
      }),
      fcParams(31, runs),
    );
  });

  it("start no CSV cell that a spreadsheet would run as a formula", () => {
    fc.assert(
      fc.property(slots, (s) => {
        const cells = (parseCsv(render(file(s), "csv"), { bom: true, relax_column_count: true }) as string[][]).flat();
        for (const c of cells) if (!/^-?\d+(\.\d+)?$/.test(c)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
      fcParams(32, runs),
    );
  });

  it("leave no `<` unescaped and no table row broken in Markdown", () => {
    fc.assert(
      fc.property(slots, (s) => {
        const md = render(file(s), "md");
        expect(md).not.toMatch(/(^|[^\\])</m);
        const lines = md.split("\n");
        for (let i = 0; i < lines.length; i++) {
          if (!/^\|.*\|$/.test(lines[i]!) || lines[i - 1]?.startsWith("|")) continue;
          const width = pipes(lines[i]!); // a header row: every row under it has as many cells
          for (let j = i + 1; j < lines.length && lines[j]!.startsWith("|"); j++) expect(pipes(lines[j]!), lines[j]).toBe(width);
        }
      }),
      fcParams(33, runs),
    );
  });
});

/** Table cell separators: pipes not escaped by a backslash. */
const pipes = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

// ---- source audit -----------------------------------------------------------------

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name))
    .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, "utf8") }));
}

const ALL = [...sources("server/src"), ...sources("client/src")];
const hits = (files: typeof ALL, pattern: RegExp) => files.filter((f) => pattern.test(f.text)).map((f) => f.path);

describe("the sources", () => {
  it("are found", () => {
    expect(ALL.length).toBeGreaterThan(20);
    expect(ALL.map((f) => f.path)).toContain(join("client", "src", "extension.ts"));
  });

  it("never evaluate text as code", () => {
    expect(hits(ALL, /(?<![\w.])eval\s*\(|new\s+Function\s*\(/)).toEqual([]);
  });

  it("never open a network connection", () => {
    expect(hits(ALL, /from\s+["'](node:)?(http|https|http2|net|tls|dgram)["']|require\(["'](node:)?(http|https|http2|net|tls|dgram)["']\)/)).toEqual([]);
    expect(hits(ALL, /\bfetch\s*\(|XMLHttpRequest|WebSocket/)).toEqual([]);
  });

  it("name no remote resource in code (only XML namespaces; comments may cite links)", () => {
    const code = (text: string) => text.split("\n").filter((l) => !/^\s*(\/\/|\/\*|\*)/.test(l)).join("\n");
    const urls = ALL.flatMap((f) => [...code(f.text).matchAll(/https?:\/\/[^\s"'`)]+/g)].map((m) => `${f.path}: ${m[0]}`));
    expect(urls.filter((u) => !/: http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink)$/.test(u))).toEqual([]);
  });

  it("open no webview with scripts, and no Content-Security-Policy allows inline or eval'd code", () => {
    expect(hits(ALL, /enableScripts\s*:\s*true/)).toEqual([]);
    expect(hits(ALL, /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/)).toEqual([]);
  });

  it("the chart webview page and the HTML summary: a CSP that runs no script and loads nothing remote", () => {
    const pages = [chartPageHtml({ cspSource: "vscode-webview://abc", title: "<t>", fragment: render(file(BENIGN), "chart") }), render(file(BENIGN), "html")];
    for (const page of pages) {
      const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1];
      expect(csp).toBeDefined();
      const directives = new Map(csp!.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      expect(directives.get("default-src")).toEqual(["'none'"]);
      const scripts = directives.get("script-src") ?? directives.get("default-src");
      expect(scripts).toEqual(["'none'"]);
      for (const values of directives.values()) for (const v of values) expect(v).not.toMatch(/^(https?:|\*|'unsafe-)/);
      expect(page).not.toMatch(/<script/i);
    }
  });

  it("the language server writes no file of the user's: formatting and fixes are edits the user can undo", () => {
    // No writer at all (the retired compile cache: test/lsp/compile-cache.test.ts).
    const server = ALL.filter((f) => f.path.startsWith(join("server", "src", "lsp")) || f.path.startsWith(join("server", "src", "core")));
    expect(server.length).toBeGreaterThan(0);
    expect(hits(server, /writeFile|createWriteStream|appendFile|\brename(Sync)?\s*\(|unlink|rmSync|\brm\s*\(/)).toEqual([]);
  });
});

// ---- workspace trust --------------------------------------------------------------

describe("the manifest's workspace-trust declaration", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    capabilities?: { untrustedWorkspaces?: { supported: boolean | "limited"; description?: string; restrictedConfigurations?: string[] } };
    contributes?: { configuration?: { properties?: Record<string, unknown> } };
  };

  it("is present, explained when limited, and restricts only settings that exist", () => {
    const trust = manifest.capabilities?.untrustedWorkspaces;
    expect(trust).toBeDefined();
    expect([true, "limited"]).toContain(trust!.supported);
    if (trust!.supported === "limited") expect(trust!.description?.length ?? 0).toBeGreaterThan(20);
    const settings = Object.keys(manifest.contributes?.configuration?.properties ?? {});
    for (const name of trust!.restrictedConfigurations ?? []) expect(settings).toContain(name);
  });
});
