/**
 * Test helpers for the validation rules: parse a source, link it, validate it, and
 * read each diagnostic back as the text it covers and its 1-based line.
 */
import { linkCohort } from "../../server/src/core/model/cohort-model";
import { todayNumber } from "../../server/src/core/model/dates";
import { parse } from "../../server/src/core/syntax/parse";
import { LineIndex } from "../../server/src/core/text/line-index";
import type { DiagnosticCode } from "../../server/src/core/validation/catalogue";
import type { Diagnostic } from "../../server/src/core/validation/diagnostic";
import { validate, type ValidationOptions } from "../../server/src/core/validation/validate";

export const TODAY = todayNumber("2024-06-01");

export const HEADER = `study "Repeat vertebroplasty" {
  measure pain "Pain (11-point scale)" range 0..10 better lower responder 3
  measure mobility "Mobility impairment (5-point scale)" range 0..4 better lower
}
`;

/** The spec §1 example, verbatim. */
export const EXAMPLE = `// Repeat percutaneous vertebroplasty at previously treated levels
study "Repeat percutaneous vertebroplasty at previously treated levels" {
  reference "PMID 12427618"
  design "retrospective case series"
  measure pain "Pain (11-point scale)" range 0..10 better lower responder 3
  measure mobility "Mobility impairment (5-point scale)" range 0..4 better lower
}

patient P1 {
  age 78
  sex F
  etiology osteoporosis
  procedure PV1 vertebroplasty on 1996-05-14 at T12, L1 {
    cement 4.5 ml
    pain 9 -> 2
    mobility 3 -> 1
  }
  recurrence on 1996-05-22 at T12
  procedure PV2 vertebroplasty on 1996-06-03 at T12 repeats PV1 {
    pain 10 -> 3
    mobility 3 -> ?
  }
  note "Recurrent pain arose from the previously treated level."
}
`;

export interface Found extends Diagnostic {
  /** The source text the range covers. */
  readonly covered: string;
  /** 1-based line of the range start. */
  readonly line: number;
}

export interface Checked {
  readonly text: string;
  readonly syntax: Diagnostic[];
  readonly all: Found[];
  /** The diagnostics with one code. */
  of(code: DiagnosticCode): Found[];
}

export function check(text: string, options: Partial<ValidationOptions> = {}): Checked {
  const parsed = parse(text);
  const lines = new LineIndex(text);
  const syntaxErrors = parsed.diagnostics.map((d) => d.span);
  const diagnostics = validate(linkCohort(parsed), lines, { today: TODAY, futureDates: false, syntaxErrors, ...options });
  const all = diagnostics.map((d) => ({ ...d, message: d.message, covered: text.slice(d.span.start, d.span.end), line: lines.lineNumber(d.span.start) }));
  return { text, syntax: parsed.diagnostics, all, of: (code) => all.filter((d) => d.code === code) };
}

/** A patient block around some items, with one ordinary procedure unless `items` brings its own. */
export function patient(id: string, items: string): string {
  return `patient ${id} {\n${items}\n}\n`;
}

export const PROC = `  procedure PV1 vertebroplasty on 1996-05-14 at T12, L1 {
    pain 9 -> 2
  }`;

/** Apply a removeSpan: the text left after a quick fix deletes it. */
export function without(text: string, span: { start: number; end: number }): string {
  return text.slice(0, span.start) + text.slice(span.end);
}
