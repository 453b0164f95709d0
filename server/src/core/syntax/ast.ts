/**
 * The typed syntax tree of a .vcase file.
 *
 * Every node carries `start` and `end`, half-open character offsets [start, end)
 * into the source text, and `span` is the node itself (see nodes.ts, which builds
 * them; a separate span object per node would double the objects a large cohort
 * allocates), or for a view over the rows a plain copy of its offsets (tree/views.ts). Keyword spans are derived from `start` on
 * demand. Line and column are derived on demand too (see ../text/line-index.ts).
 * A field the parser could not read (a syntax error recovered from) is
 * `undefined`, never a made-up value.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A word of the source: an identifier, a keyword value such as `lower`, or a sex code. */
export interface Word extends Span {
  readonly text: string;
  readonly span: Span;
}

export interface NumberLiteral extends Span {
  readonly value: number;
  readonly text: string;
  readonly span: Span;
}

export interface StringLiteral extends Span {
  /** The text between the quotes with escapes resolved. */
  readonly value: string;
  readonly span: Span;
}

export interface VcaseFile extends Span {
  readonly studies: Study[];
  readonly patients: Patient[];
  readonly span: Span;
}

export interface Study extends Span {
  /** The `study` keyword. */
  readonly keyword: Span;
  readonly title?: StringLiteral;
  readonly references: StringLiteral[];
  readonly designs: StringLiteral[];
  readonly measures: Measure[];
  /** `complication KIND "label"`: the kinds of complication the cohort records. */
  readonly complications: ComplicationKind[];
  /** `visit ID "label" day N window N`: the follow-up schedule. */
  readonly visits: VisitDecl[];
  readonly span: Span;
}

export type Direction = "lower" | "higher";

export interface Measure extends Span {
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
export interface PatientField extends Span {
  readonly name: SingleFieldName;
  readonly keyword: Span;
  /** NumberLiteral for age, Word for sex, Word or StringLiteral for etiology. */
  readonly value?: NumberLiteral | Word | StringLiteral;
  readonly span: Span;
}

export interface Patient extends Span {
  readonly keyword: Span;
  readonly id?: Word;
  readonly fields: PatientField[];
  readonly procedures: Procedure[];
  readonly recurrences: Recurrence[];
  readonly complications: Complication[];
  /** `followup until DATE [lost|died]` (more than one is VC722). */
  readonly followups: FollowUp[];
  readonly notes: StringLiteral[];
  readonly span: Span;
}

/** A calendar date `YYYY-MM-DD` or a relative `day N`. */
export type DateRef = CalendarDate | RelativeDay;

export interface CalendarDate extends Span {
  readonly kind: "calendar";
  readonly text: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly span: Span;
}

export interface RelativeDay extends Span {
  readonly kind: "day";
  /** The number after `day`; `undefined` when it is missing. */
  readonly value?: NumberLiteral;
  readonly span: Span;
}

/** One vertebral level as written, e.g. `T12`; `L6` is lexed as a level too and rejected by VC301. */
export interface LevelToken extends Span {
  readonly text: string;
  /** C, T, L or S. */
  readonly region: "C" | "T" | "L" | "S";
  readonly number: number;
  readonly span: Span;
}

/** `T12` or a range `T11-L1`. */
export interface LevelItem extends Span {
  readonly from: LevelToken;
  readonly to?: LevelToken;
  readonly span: Span;
}

export interface Score extends Span {
  /** `null` when written `?` (not recorded). */
  readonly value: number | null;
  readonly span: Span;
}

export interface Outcome extends Span {
  readonly measure: Word;
  readonly before?: Score;
  readonly after?: Score;
  readonly span: Span;
}

export interface Cement extends Span {
  readonly keyword: Span;
  readonly volume?: NumberLiteral;
  readonly span: Span;
}

export interface Procedure extends Span {
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
  readonly complications: Complication[];
  readonly visits: Visit[];
  readonly notes: StringLiteral[];
  readonly span: Span;
}

export interface Recurrence extends Span {
  readonly keyword: Span;
  readonly date?: DateRef;
  readonly levels: LevelItem[];
  readonly span: Span;
}

/** `complication KIND "label"` in the study header (read by the generic item readers). */
export interface ComplicationKind extends Span {
  readonly keyword: Span;
  readonly kind?: Word;
  readonly label?: StringLiteral;
  readonly span: Span;
}

/** `complication KIND [on DATE] [at LEVELS] [symptomatic] ["text"]` in a patient or a procedure (read by the generic item readers). */
export interface Complication extends Span {
  readonly keyword: Span;
  readonly kind?: Word;
  readonly date?: DateRef;
  readonly levels: LevelItem[];
  /** The `symptomatic` keyword, when written. */
  readonly symptomatic?: Span;
  readonly text?: StringLiteral;
  readonly span: Span;
}

/** `visit ID ["label"] day N [window N]` in the study header (read by the generic item readers). */
export interface VisitDecl extends Span {
  readonly keyword: Span;
  readonly id?: Word;
  readonly label?: StringLiteral;
  readonly day?: NumberLiteral;
  readonly window?: NumberLiteral;
  readonly span: Span;
}

/** `visit ID [on DATE] { MEASURE SCORE … }` in a procedure (read by the generic item readers). */
export interface Visit extends Span {
  readonly keyword: Span;
  readonly id?: Word;
  readonly date?: DateRef;
  readonly scores: VisitScore[];
  readonly span: Span;
}

/** `pain 2` inside a visit block. */
export interface VisitScore extends Span {
  readonly measure?: Word;
  readonly score?: Score;
  readonly span: Span;
}

/** `followup until DATE [lost|died]` in a patient (read by the generic item readers). */
export interface FollowUp extends Span {
  readonly keyword: Span;
  readonly until?: DateRef;
  /** `lost` or `died`, when written; neither: the planned follow-up was completed. */
  readonly status?: Word;
  readonly span: Span;
}
