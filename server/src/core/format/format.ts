/**
 * The canonical layout of a .vcase file, written from its tokens and comments:
 * one item per line, blocks indented, single spaces between tokens, and the
 * compact forms `range 0..10`, `T11-L1`, `T12, L1`, `pain 9 -> 2`. Every comment is
 * kept where it was (at the end of its line, or on a line of its own; end-of-line
 * comments aligned in a column stay in that column); a run of blank lines becomes
 * one, and top-level blocks are set one blank line apart.
 *
 * Text with a syntax error (VC001: an unknown character, an open string, a token out
 * of place) is returned unchanged: the user is probably mid-edit, and reflowing text
 * the parser did not understand could move words across a boundary it did not see.
 * As a last guard, the result must lex to the same tokens and comments as the input,
 * or the input is returned; so formatting never changes what the file says.
 */
import type { IToken } from "chevrotain";
import { BlockTracker, isType, tokenEnd as end } from "../syntax/block-tracker";
import { lex } from "../syntax/lexer";
import { parse, type ParseResult } from "../syntax/parse";

export interface FormatOptions {
  /** One level of indentation, e.g. two spaces or a tab. */
  readonly indent: string;
}

const isComment = (t: IToken) => isType(t, "LineComment") || isType(t, "BlockComment");
const imageOf = (t: IToken) => (isType(t, "LineComment") ? t.image.trimEnd() : t.image);

function lineBreaks(gap: string): number {
  return (gap.match(/\r\n|\r|\n/g) ?? []).length;
}

/** No space before `,` and `..`, none around the `-` of a level range and after `..`. */
function separator(previous: IToken, token: IToken): string {
  if (isComment(previous)) return " ";
  const p = previous.tokenType.name;
  const n = token.tokenType.name;
  return n === "Comma" || n === "DotDot" || n === "Minus" || p === "DotDot" || p === "Minus" ? "" : " ";
}

export function formatText(text: string, options: FormatOptions, parsed: ParseResult = parse(text)): string {
  if (parsed.diagnostics.length > 0) return text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const bom = text.startsWith("\ufeff") ? "\ufeff" : "";
  const out = bom + layout(text, parsed.tokens, parsed.comments, options.indent, eol);
  return sameWords(text, out) ? out : text;
}

function layout(text: string, tokens: readonly IToken[], comments: readonly IToken[], indent: string, eol: string): string {
  const elements = [...tokens, ...comments].sort((a, b) => a.startOffset - b.startOffset);
  const tracker = new BlockTracker();
  const lines: string[] = [];
  let line: string | undefined;
  let previous: IToken | undefined;
  let nextToken = 0;
  let openedBlock = false; // the line being written opened a block: no blank line after it
  let closedTopBlock = false; // it closed a top-level block: a blank line before what follows

  const startLine = (level: number, blank: boolean) => {
    if (line !== undefined) lines.push(line.trimEnd());
    if (line !== undefined && (blank || closedTopBlock) && !openedBlock) lines.push("");
    line = indent.repeat(level);
    openedBlock = false;
    closedTopBlock = false;
  };

  /** Whether the output line ends after `comment`: what follows it goes on a new line. */
  const endsLine = (comment: IToken, next: IToken | undefined) =>
    isType(comment, "LineComment") ||
    next === undefined ||
    (isComment(next) ? lineBreaks(text.slice(end(comment), next.startOffset)) > 0 : startsLine(next));
  // A visit block (`visit w6 { pain 2 odi 30 }`, a block of no kind of its own) stays on its line; one the
  // author began on a new line after its `{` keeps one measure and score per line, and its `}` on its own.
  let visitLines = false;
  let visitEntries = 0;
  const inVisitLines = () => tracker.frame.kind === "other" && visitLines;
  const startsLine = (token: IToken) =>
    (isType(token, "RCurly") && (tracker.frame.kind !== "other" || visitLines)) ||
    tracker.startsStatement(token) ||
    (inVisitLines() && !isType(token, "RCurly") && visitEntries % 2 === 0);
  elements.forEach((element, index) => {
    const breaks = previous === undefined ? 0 : lineBreaks(text.slice(end(previous), element.startOffset));
    const depth = tracker.stack.length;
    if (isComment(element)) {
      const next = tokens[nextToken];
      const betweenStatements = next === undefined || startsLine(next);
      if (line === undefined) startLine(0, false);
      else if (breaks === 0) line = beforeComment(text, line, previous!, element, endsLine(element, elements[index + 1]));
      else startLine(betweenStatements ? depth : depth + 1, betweenStatements && breaks >= 2);
      line += imageOf(element);
    } else {
      const closing = isType(element, "RCurly");
      const natural = startsLine(element);
      if (line === undefined) startLine(0, false);
      else if (natural) startLine(closing ? Math.max(0, depth - 1) : depth, !closing && breaks >= 2);
      else if (isType(previous, "LineComment")) startLine(isType(element, "LCurly") ? depth : depth + 1, false);
      else line += separator(previous!, element);
      line += element.image;
      tracker.feed(element);
      nextToken++;
      if (isType(element, "LCurly") && tracker.frame.kind === "other") {
        const following = elements[index + 1];
        visitLines = following !== undefined && lineBreaks(text.slice(end(element), following.startOffset)) > 0;
        visitEntries = 0;
      } else if (tracker.frame.kind === "other") visitEntries++;
      if (isType(element, "LCurly")) openedBlock = true;
      if (closing && tracker.stack.length === 0) closedTopBlock = true;
    }
    previous = element;
  });
  if (line !== undefined) lines.push(line.trimEnd());
  return lines.length === 0 ? "" : lines.join(eol) + eol;
}

/**
 * One space before a comment on the line of a token; but a comment that ends its
 * line and that the author set apart with more than one space (comments aligned in
 * a column) keeps its original column, if the line still ends before it.
 */
function beforeComment(text: string, line: string, previous: IToken, comment: IToken, endsLine: boolean): string {
  const gap = text.slice(end(previous), comment.startOffset);
  const lineStart = Math.max(text.lastIndexOf("\n", comment.startOffset - 1), text.lastIndexOf("\r", comment.startOffset - 1)) + 1;
  const column = comment.startOffset - lineStart;
  return endsLine && gap.length > 1 && line.length < column ? line.padEnd(column) : `${line} `;
}

/** Whether two texts read as the same tokens and comments, in the same order. */
function sameWords(before: string, after: string): boolean {
  const a = lex(before);
  const b = lex(after);
  const words = (x: ReturnType<typeof lex>) =>
    [...x.tokens, ...x.comments].sort((p, q) => p.startOffset - q.startOffset).map((t) => `${t.tokenType.name}\u0000${imageOf(t)}`);
  const wa = words(a);
  const wb = words(b);
  return b.unknown.length === 0 && wa.length === wb.length && wa.every((w, i) => w === wb[i]);
}
