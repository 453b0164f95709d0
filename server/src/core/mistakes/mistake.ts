/**
 * A natural mistake: a shape clinicians write (`15/03/2021`, `at L1-2`, `cement 4,5 ml`)
 * that the parser can only call a syntax error. A recogniser sees the shape on a line
 * where the parser stumbled, and says in one sentence what to write instead, with the
 * replacement as a quick fix when the fix is clear (recognisers.ts; the runner is
 * explain.ts). It may also repair what recovery read of the line, so that a partial
 * reading (`L1` of `L1-2`) raises no false finding elsewhere.
 */
import type { Measure, Span, Study } from "../syntax/ast";
import type { ItemView } from "../syntax/tree/item-views";
import type { Repairs } from "./repairs";

/** One way to fix a mistake: `newText` in place of what the diagnostic covers (so it moves with the diagnostic, reparse.ts). */
export interface Fix {
  readonly title: string;
  readonly newText: string;
}

/**
 * What recovery read of the stretch, which a recogniser may repair: the studies as
 * nodes, and the patients' rows through the repairs the tree builder applies as it
 * writes them (repairs.ts).
 */
export interface RecoveredNodes {
  readonly studies: readonly Study[];
  readonly patients: Repairs;
}

/** A score written as a fraction (`8/10`): whether `/10` is the measure's top is known only once the measures are linked (fractions.ts). */
export interface FractionNote {
  readonly measure: string;
  readonly tops: readonly number[];
  /** The outcome as it reads with the fractions' tops dropped: `pain 8 -> 2`. */
  readonly alone: string;
}

export interface Mistake {
  /** What is wrong, exactly: the diagnostic's range. */
  readonly span: Span;
  readonly message: string;
  readonly fixes: readonly Fix[];
  readonly repair?: (nodes: RecoveredNodes) => void;
  readonly fraction?: FractionNote;
}

/** One line of the text, without its line comment: what recognisers read. */
export interface Line {
  /** Offset of the line's first character in the text. */
  readonly start: number;
  /** The line up to its end or its `//` comment. */
  readonly body: string;
}

export type Recogniser = (line: Line) => readonly Mistake[];

/** The span of `length` characters at `index` of the line's body. */
export function at(line: Line, index: number, length: number): Span {
  return { start: line.start + index, end: line.start + index + length };
}

/** The measure of the recovered studies whose span holds `offset`: for repairs. */
export function measureAt(nodes: RecoveredNodes, offset: number) {
  for (const study of nodes.studies) for (const m of study.measures) if (offset >= m.start && offset <= m.end) return m;
  return undefined;
}

/** A value of a recovered measure forgotten by a repair (its rows are still being read). */
export function forget(measure: Measure, field: "rangeMin" | "rangeMax" | "responder"): void {
  (measure as unknown as ItemView).forget(field);
}
