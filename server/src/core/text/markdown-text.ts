/**
 * Text from a file (a title, a label, an etiology, an id) made inert in Markdown:
 * the hovers and the Markdown summary both escape it here, so it reads literally
 * and never becomes markup or a link where VS Code renders it (markdown-it with
 * linkify on, in the preview; hovers likewise).
 *
 * - A backslash before what could start markup: emphasis `*` `_`, code `` ` ``,
 *   links `[` `]`, HTML `<` `>`, headings `#`, table pipes `|`, strikethrough `~`,
 *   math `$`, and the backslash itself; `&` becomes `&amp;` (so `&lt;` stays text).
 * - No autolink: the `:` of `https://` or `mailto:` and the `.` before a letter in
 *   `example.org` or `www.x` are escaped too. A linkifier only sees the text between
 *   escapes, so neither a scheme nor a domain is left whole; `3.5` is left alone.
 * - Line breaks fold into spaces (a table cell or a heading is one line).
 */
const MARKUP = /[\\`*_[\]<>#|~$]/g;
const LINK_PARTS = /:(?=\/\/)|(?<=\bmailto):|\.(?=\p{L})/giu;

export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(LINK_PARTS, (c) => `\\${c}`)
    .replace(/&/g, "&amp;");
}
