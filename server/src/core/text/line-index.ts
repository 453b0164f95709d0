/**
 * Maps character offsets to zero-based line and column and back.
 * Built once per text; the lexer tracks offsets only, which keeps lexing linear.
 */
export interface Position {
  /** Zero-based line. */
  readonly line: number;
  /** Zero-based column, in UTF-16 code units (as LSP and VS Code count). */
  readonly character: number;
}

/** Where each line starts, for text with `\n`, `\r\n` or `\r` line ends. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The same for text with `\n` line ends only: the engine's own search finds them several times faster. */
function lineFeedStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    this.lineStarts = text.includes("\r") ? lineStarts(text) : lineFeedStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line]!;
    return Math.min(lineStart + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Offset just before the line's end-of-line characters (a column past it is clamped here, as LSP asks). */
  lineEnd(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    while (end > this.lineStarts[line]! && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  /** 1-based line of an offset, as people and the command line count. */
  lineNumber(offset: number): number {
    return this.positionAt(offset).line + 1;
  }
}
