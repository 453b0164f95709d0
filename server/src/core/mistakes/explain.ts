/**
 * The natural mistakes of a stretch the Chevrotain parser read (recovering-parse.ts):
 * each line where the parser or the lexer stumbled is shown to the recognisers
 * (recognisers.ts); a line one of them explains gets its diagnostics instead of the
 * raw ones, and so does a stumble that follows from it on a later line (`pain 2 at
 * 6 weeks` then `}`: "expected a score after `weeks`"). The recogniser's repair is
 * applied to the recovered studies, and recorded for the patients' rows (repairs.ts),
 * so a partial reading raises no false finding.
 */
import type { IRecognitionException, IToken } from "chevrotain";
import { diagnostic, type Diagnostic } from "../validation/diagnostic";
import type { Line, Mistake, RecoveredNodes } from "./mistake";
import { RECOGNISERS } from "./recognisers";

/** No natural mistake is on a line longer than this: a longer line (pasted text) is left to the raw diagnostics, and never read by the recognisers' patterns. */
const LONGEST_LINE = 400;

/**
 * The starts of the lines of `text` from `from` to `to`, found once: a stretch with
 * thousands of stumbles on one long line must not search for its start each time.
 */
class LineStarts {
  private readonly starts: number[];

  constructor(private readonly text: string, from: number, to: number) {
    this.starts = [text.lastIndexOf("\n", from - 1) + 1];
    for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** The start of the line holding `offset` (which lies in the stretch). */
  startOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.starts[lo]!;
  }

  /** The line starting at `start`, without its `//` comment (a `//` inside double quotes is text); undefined when too long to be a mistake's. */
  line(start: number): Line | undefined {
    const text = this.text;
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (end - start > LONGEST_LINE) return undefined;
    return { start, body: lineBody(text.slice(start, end)) };
  }
}

/** A line without its `//` comment and its carriage return. */
export function lineBody(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && line[i - 1] !== "\\") quoted = !quoted;
    else if (!quoted && c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line.replace(/\r$/, "");
}

/** The mistakes one line shows (`on 15/03/2021 at L1-2` has two), in table order; a later recogniser's shape over an earlier one's is not another mistake. */
export function mistakesOn(line: Line): readonly Mistake[] {
  const out: Mistake[] = [];
  for (const { recognise } of RECOGNISERS) {
    for (const m of recognise(line)) if (!out.some((o) => o.span.start < m.span.end && m.span.start < o.span.end)) out.push(m);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function asDiagnostic(m: Mistake): Diagnostic {
  const data = { ...(m.fixes.length > 0 && { fixes: m.fixes }), ...(m.fraction !== undefined && { fraction: m.fraction }) };
  return diagnostic("VC001", m.span, m.message, Object.keys(data).length > 0 ? data : undefined);
}

/**
 * `raw`: the stretch's syntax diagnostics; `errors`: the parser's, whose previous
 * token tells a stumble that follows from a line. Lines at or after `to` are the next
 * block's, read as lookahead only. Returns the diagnostics to report.
 */
export function explainMistakes(text: string, raw: readonly Diagnostic[], errors: readonly IRecognitionException[], to: number, nodes: RecoveredNodes): Diagnostic[] {
  if (raw.length === 0) return [];
  let from = to;
  let last = 0;
  for (const d of raw) {
    from = Math.min(from, d.span.start);
    last = Math.max(last, d.span.start);
  }
  const lines = new LineStarts(text, Math.min(from, last), Math.max(to, last + 1));
  const explained = new Map<number, readonly Mistake[]>(); // line start → its mistakes
  for (const d of raw) {
    if (d.span.start >= to) continue;
    const start = lines.startOf(d.span.start);
    if (explained.has(start)) continue;
    const line = lines.line(start);
    explained.set(start, line === undefined ? [] : mistakesOn(line));
  }
  const claimed = new Set([...explained].filter(([, ms]) => ms.length > 0).map(([start]) => start));
  if (claimed.size === 0) return [...raw];
  const covered = { from: Math.min(from, last), to: Math.max(to, last + 1) };
  const lineOf = (offset: number): number => (offset < covered.from || offset >= covered.to ? text.lastIndexOf("\n", offset - 1) + 1 : lines.startOf(offset));
  const followsFrom = new Set<number>();
  for (const error of errors) {
    const previous = (error as { previousToken?: IToken }).previousToken;
    if (previous !== undefined && Number.isFinite(previous.startOffset) && claimed.has(lineOf(previous.startOffset)) && Number.isFinite(error.token.startOffset)) {
      followsFrom.add(error.token.startOffset);
    }
  }
  const out = raw.filter((d) => !claimed.has(lineOf(d.span.start)) && !followsFrom.has(d.span.start));
  for (const start of claimed) {
    for (const mistake of explained.get(start)!) {
      mistake.repair?.(nodes);
      out.push(asDiagnostic(mistake));
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
