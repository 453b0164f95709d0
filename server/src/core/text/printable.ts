/**
 * Text from a file made safe to print on a terminal: every control character
 * (C0, DEL, C1) and every bidirectional override or isolate (U+202A–U+202E,
 * U+2066–U+2069) is shown as an escape instead of acting: `\x1b`, `\t`,
 * `\u{202e}`. A terminal escape in a file (`"\x1b]0;PWNED\x07"` sets the window's
 * title) or a right-to-left override (which reorders what a reader sees) is then
 * read, never run. Everything else, accented letters and → included, is kept.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * A block of lines to print: the line breaks of the block itself (`\n`, and the
 * `\r\n` of CSV, whose last `\r` may end the block, its `\n` printed after it)
 * are kept, everything else is escaped as by escapeControls.
 */
export function printableLines(text: string): string {
  return text
    .split(/(\r?\n|\r$)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeControls(part)))
    .join("");
}
