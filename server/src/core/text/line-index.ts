/**
 * Maps character offsets to zero-based line and column and back.
 * One per text; the lexer tracks offsets only, which keeps lexing linear. The line
 * starts are found on first use: a file without findings may never need a line.
 */
export interface Position {
  /** Zero-based line. */
  readonly line: number;
  /** Zero-based column, in UTF-16 code units (as LSP and VS Code count). */
  readonly character: number;
}

/** Where the line after the one holding offset `from` starts, or -1 on the last line; `\n`, `\r\n` and `\r` end a line. */
function afterLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

/** The same for text with `\n` line ends only: the engine's own search finds them several times faster. */
function afterLineFeed(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i === -1 ? -1 : i + 1;
}

/**
 * Where each line starts. The lines are counted first so that the list is made
 * once, at its final size: a large file has hundreds of thousands of lines, and a
 * list grown as it fills costs several times more.
 */
function lineStarts(text: string): Uint32Array {
  const next = text.includes("\r") ? afterLineEnd : afterLineFeed;
  let count = 1;
  for (let start = next(text, 0); start !== -1; start = next(text, start)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let start = next(text, 0); start !== -1; start = next(text, start)) starts[line++] = start;
  return starts;
}

export class LineIndex {
  private starts: Uint32Array | undefined;

  constructor(private readonly text: string) {}

  private get lineStarts(): Uint32Array {
    return (this.starts ??= lineStarts(this.text));
  }

  /** The text's length in characters: where it ends. */
  get textLength(): number {
    return this.text.length;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - starts[low]! };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[position.line]!;
    return Math.min(lineStart + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset just before the line's end-of-line characters (a column past it is clamped here, as LSP asks). */
  lineEnd(line: number): number {
    const starts = this.lineStarts;
    let end = line + 1 < starts.length ? starts[line + 1]! : this.text.length;
    while (end > starts[line]! && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  /** 1-based line of an offset, as people and the command line count. */
  lineNumber(offset: number): number {
    return this.positionAt(offset).line + 1;
  }
}
