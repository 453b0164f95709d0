/**
 * The syntax tree's nodes for what is not rows: the single values (words, numbers,
 * dates, levels) the views make when a property is read (tree/views.ts), and the
 * file. A node is its own span; a keyword's span is computed from `start` when
 * asked for. Fields are writable here so the parsers can fill a node in; everything
 * else sees the read-only interfaces of ast.ts.
 */
import type * as A from "./ast";

/** What every node shares: its offsets, and itself as its span. */
export abstract class Node implements A.Span {
  constructor(public start: number, public end: number) {}

  get span(): A.Span { return this; }
}

/** The span of the keyword a node begins with (`patient`, `procedure`, …), derived from where the node starts. */
export function keywordSpan(node: A.Span, keyword: string): A.Span {
  return { start: node.start, end: node.start + keyword.length };
}

/** For the lists of a node: one shared, frozen empty list instead of one per node. */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

export class WordNode extends Node implements A.Word {
  constructor(public text: string, start: number, end: number) { super(start, end); }
}

export class NumberNode extends Node implements A.NumberLiteral {
  constructor(public value: number, public text: string, start: number, end: number) { super(start, end); }
}

export class StringNode extends Node implements A.StringLiteral {
  constructor(public value: string, start: number, end: number) { super(start, end); }
}

export class FileNode extends Node implements A.VcaseFile {
  studies: A.Study[] = [];
  patients: A.Patient[] = [];
}

export class CalendarDateNode extends Node implements A.CalendarDate {
  constructor(public year: number, public month: number, public day: number, start: number, end: number) { super(start, end); }
  get kind(): "calendar" { return "calendar"; }

  /** As written: the token is always four, two and two digits, so this is the source text. */
  get text(): string { return `${String(this.year).padStart(4, "0")}-${String(this.month).padStart(2, "0")}-${String(this.day).padStart(2, "0")}`; }
}

export class RelativeDayNode extends Node implements A.RelativeDay {
  value?: A.NumberLiteral;

  get kind(): "day" { return "day"; }
}

export class LevelTokenNode extends Node implements A.LevelToken {
  constructor(public text: string, public region: "C" | "T" | "L" | "S", public number: number, start: number, end: number) { super(start, end); }
}

export class LevelItemNode extends Node implements A.LevelItem {
  constructor(public from: A.LevelToken, public to: A.LevelToken | undefined, start: number, end: number) { super(start, end); }
}

export class ScoreNode extends Node implements A.Score {
  constructor(public value: number | null, start: number, end: number) { super(start, end); }
}
