/**
 * A table as every summary format sees it: a title, its columns, body rows of
 * cells, and notes printed under it. Each format renders the same Table, so
 * Markdown, HTML, Word and CSV never disagree on a cell.
 *
 * - A cell is our own words (a string), text from the file (`FileText`, which
 *   Markdown escapes), a `Figure` (a number or a statistic, which the readable
 *   formats print as "9.0 ± 0.9" and CSV spreads over one column per figure:
 *   mean, SD, n), or `null`, a figure that is not there.
 * - A column may belong to a group ("Before" → "mean ± SD", "median [IQR]"):
 *   HTML and Word draw the group as a spanning header, Markdown and CSV write
 *   "Before, mean ± SD".
 *
 * A new table (Table 1, a t-test column) is a new builder that returns a Table;
 * no renderer changes unless it brings a new kind of Figure.
 */
import type { CountOf, Stats } from "../cohort/types";

/** Text as a clinician wrote it in the file: escaped where a format could read it as markup. */
export interface FileText {
  readonly fileText: string;
}

/** Our own words (plain string, never escaped) or the file's. */
export type Words = string | FileText;

/** A sentence made of our words and the file's, e.g. a note naming a measure. */
export type Prose = Words | readonly Words[];

export type Figure =
  /** A number as written or counted: age, days, ml. */
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "meanSd"; readonly stats: Stats; readonly decimals: number }
  | { readonly kind: "medianIqr"; readonly stats: Stats; readonly decimals: number }
  | { readonly kind: "range"; readonly stats: Stats; readonly decimals: number }
  /** k/n (%). */
  | { readonly kind: "count"; readonly of: CountOf }
  /** A p-value: of the Wilcoxon test, exact or the normal approximation; of the t-test (method null), from the t distribution. */
  | { readonly kind: "p"; readonly p: number; readonly method: "exact" | "approximate" | null }
  /** A score before → after one procedure; null where not recorded. */
  | { readonly kind: "change"; readonly before: number | null; readonly after: number | null }
  /** Several figures of one kind in one cell, each named by its procedure: "PV1: 9 → 2; PV3: 8 → 3". */
  | { readonly kind: "several"; readonly items: readonly { readonly label: Words; readonly figure: Figure }[] };

export type FigureKind = Figure["kind"];

export type Cell = Words | Figure | null;

export interface Column {
  readonly group: Words | null;
  readonly name: string;
  /** The one-line header, when "group, name" does not read well. */
  readonly full?: string;
  /** What the column's cells hold, so CSV can name one column per figure even when every cell is empty. */
  readonly holds?: FigureKind;
  /**
   * What the figures are of, when CSV spreads them over columns ("Before" →
   * "Before mean", "Before SD"); the group, else the name, when not given.
   */
  readonly of?: string;
}

export interface Table {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Sentences explaining the columns, shown under the table. */
  readonly notes: readonly Prose[];
}

export function fromFile(text: string): FileText {
  return { fileText: text };
}

export function isFileText(c: unknown): c is FileText {
  return typeof c === "object" && c !== null && "fileText" in c;
}

export function isFigure(c: Cell): c is Figure {
  return typeof c === "object" && c !== null && "kind" in c;
}

/** The words as they read, file text unescaped. */
export function wordsText(w: Words): string {
  return typeof w === "string" ? w : w.fileText;
}

/** A note as plain text, for formats that escape every text alike. */
export function proseText(p: Prose, words: (w: Words) => string = wordsText): string {
  return typeof p === "string" || isFileText(p) ? words(p) : p.map(words).join("");
}

/** The one-line header of a column: "Before, mean ± SD". */
export function headerText(column: Column, words: (w: Words) => string = wordsText): string {
  return column.full ?? (column.group === null ? column.name : `${words(column.group)}, ${column.name}`);
}

export function col(name: string, group: Words | null = null, options: { full?: string; holds?: FigureKind; of?: string } = {}): Column {
  return { group, name, ...options };
}

/** Runs of neighbouring columns under one group (a column without a group is a run of its own). */
export function columnGroups(columns: readonly Column[]): { readonly group: Words | null; readonly columns: readonly Column[] }[] {
  const runs: { group: Words | null; columns: Column[] }[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (c.group !== null && last !== undefined && last.group !== null && wordsText(last.group) === wordsText(c.group)) last.columns.push(c);
    else runs.push({ group: c.group, columns: [c] });
  }
  return runs;
}

/**
 * The table cut into tables of at most `max` columns, each repeating the first
 * `keep` columns (the patient, the measure) so every row still says whose it
 * is; a column group is never cut. The notes go under the last part.
 */
export function splitColumns(t: Table, max: number, keep = 1): Table[] {
  if (t.columns.length <= max) return [t];
  const runs: number[][] = [];
  let start = keep;
  for (const run of columnGroups(t.columns.slice(keep))) {
    runs.push(Array.from({ length: run.columns.length }, (_, k) => start + k));
    start += run.columns.length;
  }
  const parts: number[][] = [];
  for (const run of runs) {
    const last = parts[parts.length - 1];
    if (last !== undefined && last.length + run.length <= max - keep) last.push(...run);
    else parts.push([...run]);
  }
  const kept = Array.from({ length: keep }, (_, k) => k);
  return parts.map((part, i) => {
    const indices = [...kept, ...part];
    return {
      title: i === 0 ? t.title : `${t.title} (continued)`,
      columns: indices.map((k) => t.columns[k]!),
      rows: t.rows.map((r) => indices.map((k) => r[k] ?? null)),
      notes: i === parts.length - 1 ? t.notes : [],
    };
  });
}
