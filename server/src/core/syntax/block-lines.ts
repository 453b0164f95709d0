/**
 * The lines that start a block: a line whose first word (after spaces and tabs) is
 * `patient` or `study`, as a whole word. Whatever came before, a reader takes such a
 * line as the start of a new block, and so do the parser, which reads the text after
 * a damaged block from the next one on (parse.ts), and completion, which reads only
 * the block around the cursor (query/completion-tokens.ts). Neither function knows
 * about comments: a caller that has them skips the lines that lie inside one.
 */

/** Where a block line's keyword starts, and where it ends. */
export interface BlockLine {
  readonly start: number;
  readonly keywordEnd: number;
}

const BLOCK_KEYWORDS = ["patient", "study"] as const;

/** The block keyword that the line starting at `line` starts with, after spaces and tabs. */
function blockKeywordOf(text: string, line: number): BlockLine | undefined {
  let at = line;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  for (const keyword of BLOCK_KEYWORDS) {
    if (text.startsWith(keyword, at) && !/[A-Za-z0-9_]/.test(text.charAt(at + keyword.length))) {
      return { start: at, keywordEnd: at + keyword.length };
    }
  }
  return undefined;
}

/**
 * The first block line whose keyword starts at or after `from`: where the text after
 * a damaged block starts. Undefined when no line does.
 */
export function nextBlockLine(text: string, from: number): BlockLine | undefined {
  let line = text.lastIndexOf("\n", from - 1) + 1;
  while (line < text.length) {
    const found = blockKeywordOf(text, line);
    if (found !== undefined && found.start >= from) return found;
    const newline = text.indexOf("\n", line);
    if (newline === -1) return undefined;
    line = newline + 1;
  }
  return undefined;
}

/**
 * The last block line whose keyword starts before `offset`: the block a cursor at
 * `offset` is in, read backwards a line at a time. Undefined when no line does.
 * With nextBlockLine(text, offset), the block lines on either side of `offset`.
 */
export function blockLineBefore(text: string, offset: number): BlockLine | undefined {
  if (offset <= 0) return undefined;
  let line = text.lastIndexOf("\n", offset - 1) + 1;
  for (;;) {
    const found = blockKeywordOf(text, line);
    if (found !== undefined && found.start < offset) return found;
    if (line === 0) return undefined;
    // `line - 1` is the newline that ends the line before; its start is after the newline before that.
    line = line >= 2 ? text.lastIndexOf("\n", line - 2) + 1 : 0;
  }
}
