/**
 * The typed syntax tree of a .vcase file. Every node carries `start` and `end`,
 * half-open character offsets into the source text, and its `span` (nodes.ts,
 * tree/views.ts). A field the parser could not read (a syntax error recovered from)
 * is `undefined`, never a made-up value.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface SyntaxNode extends Span {
  readonly span: Span;
}

/** A word of the source: an identifier, a keyword value such as `lower`, or a sex code. */
export interface Word extends SyntaxNode {
  readonly text: string;
}

export interface NumberLiteral extends SyntaxNode {
  readonly value: number;
  readonly text: string;
}

export interface StringLiteral extends SyntaxNode {
  /** The text between the quotes with escapes resolved. */
  readonly value: string;
}

export interface VcaseFile extends SyntaxNode {
  readonly studies: Study[];
  readonly patients: Patient[];
}

export interface Study extends SyntaxNode {
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
}

export type Direction = "lower" | "higher";

export interface Measure extends SyntaxNode {
  readonly name?: Word;
  readonly label?: StringLiteral;
  readonly rangeMin?: NumberLiteral;
  readonly rangeMax?: NumberLiteral;
  readonly better?: { readonly direction: Direction; readonly span: Span };
  readonly responder?: NumberLiteral;
}

export type SingleFieldName = "age" | "sex" | "etiology";

/** `age N`, `sex X`, `etiology X` — the single-valued patient fields. */
export interface PatientField extends SyntaxNode {
  readonly name: SingleFieldName;
  readonly keyword: Span;
  /** NumberLiteral for age, Word for sex, Word or StringLiteral for etiology. */
  readonly value?: NumberLiteral | Word | StringLiteral;
}

export interface Patient extends SyntaxNode {
  readonly keyword: Span;
  readonly id?: Word;
  readonly fields: PatientField[];
  readonly procedures: Procedure[];
  readonly recurrences: Recurrence[];
  readonly complications: Complication[];
  /** `followup until DATE [lost|died]` (more than one is VC722). */
  readonly followups: FollowUp[];
  readonly notes: StringLiteral[];
}

/** A calendar date `YYYY-MM-DD` or a relative `day N`. */
export type DateRef = CalendarDate | RelativeDay;

export interface CalendarDate extends SyntaxNode {
  readonly kind: "calendar";
  readonly text: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface RelativeDay extends SyntaxNode {
  readonly kind: "day";
  /** The number after `day`; `undefined` when it is missing. */
  readonly value?: NumberLiteral;
}

/** One vertebral level as written, e.g. `T12`; `L6` is lexed as a level too and rejected by VC301. */
export interface LevelToken extends SyntaxNode {
  readonly text: string;
  /** C, T, L or S. */
  readonly region: "C" | "T" | "L" | "S";
  readonly number: number;
}

/** `T12` or a range `T11-L1`. */
export interface LevelItem extends SyntaxNode {
  readonly from: LevelToken;
  readonly to?: LevelToken;
}

export interface Score extends SyntaxNode {
  /** `null` when written `?` (not recorded). */
  readonly value: number | null;
}

export interface Outcome extends SyntaxNode {
  readonly measure: Word;
  readonly before?: Score;
  readonly after?: Score;
}

export interface Cement extends SyntaxNode {
  readonly keyword: Span;
  readonly volume?: NumberLiteral;
}

export interface Procedure extends SyntaxNode {
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
}

export interface Recurrence extends SyntaxNode {
  readonly keyword: Span;
  readonly date?: DateRef;
  readonly levels: LevelItem[];
}

/** `complication KIND "label"` in the study header (read by the generic item readers). */
export interface ComplicationKind extends SyntaxNode {
  readonly keyword: Span;
  readonly kind?: Word;
  readonly label?: StringLiteral;
}

/** `complication KIND [on DATE] [at LEVELS] [symptomatic] ["text"]` in a patient or a procedure (read by the generic item readers). */
export interface Complication extends SyntaxNode {
  readonly keyword: Span;
  readonly kind?: Word;
  readonly date?: DateRef;
  readonly levels: LevelItem[];
  /** The `symptomatic` keyword, when written. */
  readonly symptomatic?: Span;
  readonly text?: StringLiteral;
}

/** `visit ID ["label"] day N [window N]` in the study header (read by the generic item readers). */
export interface VisitDecl extends SyntaxNode {
  readonly keyword: Span;
  readonly id?: Word;
  readonly label?: StringLiteral;
  readonly day?: NumberLiteral;
  readonly window?: NumberLiteral;
}

/** `visit ID [on DATE] { MEASURE SCORE … }` in a procedure (read by the generic item readers). */
export interface Visit extends SyntaxNode {
  readonly keyword: Span;
  readonly id?: Word;
  readonly date?: DateRef;
  readonly scores: VisitScore[];
}

/** `pain 2` inside a visit block. */
export interface VisitScore extends SyntaxNode {
  readonly measure?: Word;
  readonly score?: Score;
}

/** `followup until DATE [lost|died]` in a patient (read by the generic item readers). */
export interface FollowUp extends SyntaxNode {
  readonly keyword: Span;
  readonly until?: DateRef;
  /** `lost` or `died`, when written; neither: the planned follow-up was completed. */
  readonly status?: Word;
}
