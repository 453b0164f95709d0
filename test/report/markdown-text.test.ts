/**
 * File text in Markdown (core/text/markdown-text.ts, used by the hovers and the
 * Markdown summary) renders as the same text and never as markup or a link, in
 * markdown-it with linkify on, as VS Code's preview renders it.
 */
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdownText } from "../../server/src/core/text/markdown-text";
import { render } from "./helpers";

const markdownIt = new MarkdownIt({ linkify: true, html: true });

/** The text a reader sees of some HTML: tags dropped, the few entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .trim();
}

const HOSTILE = [
  "see https://evil.example/x?y=1 now",
  "http://a.b",
  "www.evil.example",
  "evil.example",
  "mail someone@evil.example",
  "mailto:someone@evil.example",
  "ftp://files.example.org/a",
  "//evil.example/path",
  "~~struck~~ and ~one~",
  "*em* _em_ **strong** __strong__",
  "`code` and ``more``",
  "<b>bold</b> <script>alert(1)</script> <https://evil.example>",
  "[click](https://evil.example) ![img](x.png) [ref]",
  "a | b | c",
  "# not a heading",
  "&lt; &amp; &#60; &copy;",
  "back\\slash \\* and $x^2$",
  "Pain 3.5 → 2, 0–10, ± 1.2",
];

describe("escapeMarkdownText in markdown-it with linkify", () => {
  for (const text of HOSTILE) {
    it(`renders ${JSON.stringify(text)} as itself: no link, no markup`, () => {
      const alone = markdownIt.render(escapeMarkdownText(text));
      const inBold = markdownIt.render(`**${escapeMarkdownText(text)}** · x`);
      const inTable = markdownIt.render(`| a |\n|---|\n| ${escapeMarkdownText(text)} |`);
      for (const html of [alone, inBold, inTable]) expect(html).not.toMatch(/<(a|s|del|em|code|img|b|script|h1)\b/i);
      expect(alone).not.toMatch(/<strong\b/);
      expect(inTable.match(/<td\b/g)).toHaveLength(1);
      expect(textOf(markdownIt.render(escapeMarkdownText(text)))).toBe(text);
    });
  }

  it("folds a line break into a space", () => {
    expect(textOf(markdownIt.render(escapeMarkdownText("a\nb\r\nc")))).toBe("a b c");
  });

  it("leaves plain words, numbers and decimals unescaped", () => {
    expect(escapeMarkdownText("Pain (11-point scale) 3.5 → 2, Müller")).toBe("Pain (11-point scale) 3.5 → 2, Müller");
  });
});

describe("the Markdown summary", () => {
  it("shows a title, an etiology and a label with URLs and ~~ as text, with no link", () => {
    const text = `study "Series ~~old~~ https://evil.example" {
  measure pain "Pain, see www.evil.example" range 0..10
}
patient P1 {
  etiology "fall; https://evil.example/more"
  procedure A vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 }
}
`;
    const html = markdownIt.render(render(text, "md"));
    expect(html).not.toMatch(/<(a|s|del)\b/);
    expect(textOf(html)).toContain("Series ~~old~~ https://evil.example");
    expect(textOf(html)).toContain("fall; https://evil.example/more");
    expect(textOf(html)).toContain("Pain, see www.evil.example");
  });
});
