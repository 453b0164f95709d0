/**
 * The typed syntax tree of a .vcase file.
 *
 * Every node and every token-valued field carries a `span`: half-open character
 * offsets [start, end) into the source text. Line and column are derived on demand
 * (see ../text/line-index.ts). A field the parser could not read (a syntax error
 * recovered from) is `undefined`, never a made-up value.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A word of the source: an identifier, a keyword value such as `lower`, or a sex code. */
export interface Word {
  readonly text: string;
  readonly span: Span;
}

export interface NumberLiteral {
  readonly value: number;
  readonly text: string;
  readonly span: Span;
}

export interface StringLiteral {
  /** The text between the quotes with escapes resolved. */
  readonly value: string;
  readonly span: Span;
}

export interface VcaseFile {
  readonly studies: Study[];
  readonly patients: Patient[];
  readonly span: Span;
}

export interface Study {
  /** The `study` keyword. */
  readonly keyword: Span;
  readonly title?: StringLiteral;
  readonly references: StringLiteral[];
  readonly designs: StringLiteral[];
  readonly measures: Measure[];
  readonly span: Span;
}

export type Direction = "lower" | "higher";

export interface Measure {
  readonly name?: Word;
  readonly label?: StringLiteral;
  readonly rangeMin?: NumberLiteral;
  readonly rangeMax?: NumberLiteral;
  /** Span of `range A..B` as written (covers both bounds). */
  readonly rangeSpan?: Span;
  readonly better?: { readonly direction: Direction; readonly span: Span };
  readonly responder?: NumberLiteral;
  readonly span: Span;
}

export type SingleFieldName = "age" | "sex" | "etiology";

/** `age N`, `sex X`, `etiology X` — the single-valued patient fields. */
export interface PatientField {
  readonly name: SingleFieldName;
  readonly keyword: Span;
  /** NumberLiteral for age, Word for sex, Word or StringLiteral for etiology. */
  readonly value?: NumberLiteral | Word | StringLiteral;
  readonly span: Span;
}

export interface Patient {
  readonly keyword: Span;
  readonly id?: Word;
  readonly fields: PatientField[];
  readonly procedures: Procedure[];
  readonly recurrences: Recurrence[];
  readonly notes: StringLiteral[];
  readonly span: Span;
}

/** A calendar date `YYYY-MM-DD` or a relative `day N`. */
export type DateRef = CalendarDate | RelativeDay;

export interface CalendarDate {
  readonly kind: "calendar";
  readonly text: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly span: Span;
}

export interface RelativeDay {
  readonly kind: "day";
  /** The number after `day`; `undefined` when it is missing. */
  readonly value?: NumberLiteral;
  readonly span: Span;
}

/** One vertebral level as written, e.g. `T12`; `L6` is lexed as a level too and rejected by VC301. */
export interface LevelToken {
  readonly text: string;
  /** C, T, L or S. */
  readonly region: "C" | "T" | "L" | "S";
  readonly number: number;
  readonly span: Span;
}

/** `T12` or a range `T11-L1`. */
export interface LevelItem {
  readonly from: LevelToken;
  readonly to?: LevelToken;
  readonly span: Span;
}

export interface Score {
  /** `null` when written `?` (not recorded). */
  readonly value: number | null;
  readonly span: Span;
}

export interface Outcome {
  readonly measure: Word;
  readonly before?: Score;
  readonly after?: Score;
  readonly span: Span;
}

export interface Cement {
  readonly keyword: Span;
  readonly volume?: NumberLiteral;
  readonly span: Span;
}

export interface Procedure {
  readonly keyword: Span;
  readonly id?: Word;
  /** e.g. `vertebroplasty`. */
  readonly kind?: Word;
  readonly date?: DateRef;
  readonly levels: LevelItem[];
  /** The procedure id after `repeats`. */
  readonly repeats?: Word;
  readonly outcomes: Outcome[];
  readonly cements: Cement[];
  readonly notes: StringLiteral[];
  readonly span: Span;
}

export interface Recurrence {
  readonly keyword: Span;
  readonly date?: DateRef;
  readonly levels: LevelItem[];
  readonly span: Span;
}
