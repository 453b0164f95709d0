/**
 * Text from a file (a title, a label, an etiology, an id) made inert in Markdown:
 * the hovers and the Markdown summary both escape it here, so it reads literally
 * and never becomes markup or a link where VS Code renders it (markdown-it with
 * linkify on, in the preview; hovers likewise).
 *
 * - A backslash before what could start markup: emphasis `*` `_`, code `` ` ``,
 *   links `[` `]`, HTML `<` `>`, headings `#`, table pipes `|`, strikethrough `~`,
 *   math `$`, and the backslash itself; `&` becomes `&amp;` (so `&lt;` stays text).
 * - No autolink: the `:` of `https://` or `mailto:`, the first `/` of a bare `//`,
 *   the `.` after `www`, and the `.` before a word a linkifier takes for a
 *   top-level domain (two letters, as in `summary.md`, or a generic one such as
 *   `.org`) are escaped too. A linkifier only
 *   sees the text between escapes, so neither a scheme nor a domain is left whole;
 *   `3.5`, `e.g.` and `repeat-vertebroplasty.vcase` are left alone.
 * - Line breaks fold into spaces (a table cell or a heading is one line).
 */
const MARKUP = /[\\`*_[\]<>#|~$]/g;
/** linkify-it's generic top-level domains; every two-letter word counts as a country's. */
const TOP_LEVEL = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф";
const LINK_PARTS = new RegExp(`:(?=//)|(?<![:/])/(?=/)|(?<=\\bmailto):|(?<=\\bwww)\\.|\\.(?=(?:\\p{L}{2}|${TOP_LEVEL})(?!\\p{L}))`, "giu");

export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(LINK_PARTS, (c) => `\\${c}`)
    .replace(/&/g, "&amp;");
}
