/**
 * The tokens completion reads: those of the top-level block around the cursor, lexed
 * on their own, and whether the cursor is inside a comment (where nothing is offered).
 */
import type { IToken } from "chevrotain";
import type { Analysis } from "../analyze";
import { blockLineBefore, nextBlockLine } from "../syntax/block-lines";
import { isType, tokenEnd as end } from "../syntax/block-tracker";
import { lex } from "../syntax/lexer";
import { shiftOffsets } from "../syntax/recovering-parse";
import { lastStartingAtOrBefore } from "../text/in-text-order";

/** Whether `offset` is inside a comment, or at the end of a line comment (`// …|`). */
export function inComment(comments: readonly IToken[], offset: number): boolean {
  // The last comment that starts before `offset` is the only one that can hold it: comments are in text order and do not overlap.
  const c = comments[lastStartingAtOrBefore(comments, offset - 1, (comment) => comment.startOffset)];
  return c !== undefined && (offset < end(c) || (offset === end(c) && isType(c, "LineComment")));
}

/**
 * The tokens of the top-level block around the cursor, lexed on their own: from the
 * last block line (../syntax/block-lines.ts) before the cursor up to the next one.
 * A `patient` or `study` keyword resets the BlockTracker, so nothing before that line
 * changes what the tokens up to the cursor mean. A block keyword the cursor is in or
 * just after is the word being typed, read as such, so its line is not the block's
 * start; nor is a line inside a comment. Before the first block line, from the start.
 * Nothing after the cursor is read but the token that holds it, which ends on its
 * line, so the next block line ends the stretch even if it lies in a comment.
 */
export function tokensAround(analysis: Analysis, at: number): IToken[] {
  const { text } = analysis;
  const comments = analysis.parsed.comments;
  let before = blockLineBefore(text, at);
  while (before !== undefined && (before.keywordEnd >= at || inComment(comments, before.start))) before = blockLineBefore(text, before.start);
  const from = before?.start ?? 0;
  const to = nextBlockLine(text, at)?.start ?? text.length;
  const lexed = lex(from === 0 && to === text.length ? text : text.slice(from, to));
  shiftOffsets(lexed, from);
  return lexed.tokens;
}
