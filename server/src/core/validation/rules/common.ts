/**
 * Small helpers shared by the rules: how to cite a line, name a patient or a
 * procedure that may have lost its id to a syntax error, and write dates and
 * numbers back the way the author wrote them.
 */
import type { PatientInfo, ProcedureInfo } from "../../model/cohort-model";
import type { DateRef, LevelItem, Span, Study, Word } from "../../syntax/ast";
import type { RuleContext } from "../rule";

/**
 * The first of `items` of each name, by name (those without a name left out); each
 * later one of a name is given to `again` with the first, since a duplicate is
 * reported on its second occurrence (VC501, VC705).
 */
export function firstOfEachName<T>(items: readonly T[], nameOf: (item: T) => Word | undefined, again: (later: T, name: Word, first: T) => void): Map<string, T> {
  const first = new Map<string, T>();
  for (const item of items) {
    const name = nameOf(item);
    if (name === undefined) continue;
    const earlier = first.get(name.text);
    if (earlier === undefined) first.set(name.text, item);
    else again(item, name, earlier);
  }
  return first;
}

/** 1-based line of a span's start. */
export function lineOf(context: RuleContext, span: Span): number {
  return context.lines.lineNumber(span.start);
}

export function patientName(context: RuleContext, patient: PatientInfo): string {
  return patient.id !== undefined ? `patient ${patient.id}` : `the patient on line ${lineOf(context, patient.node.keyword)}`;
}

export function procedureName(context: RuleContext, procedure: ProcedureInfo): string {
  return procedure.id ?? `the procedure on line ${lineOf(context, procedure.node.keyword)}`;
}

/** The text with its first letter a capital: a patient's name at the start of a message. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A date as written: `1996-05-14` or `day 12`. */
export function dateText(date: DateRef): string {
  if (date.kind === "calendar") return date.text;
  return date.value === undefined ? "day" : `day ${date.value.text}`;
}

export function levelItemText(item: LevelItem): string {
  return item.to === undefined ? item.from.text : `${item.from.text}-${item.to.text}`;
}

/** Where the measure name of outcome row `outcome` is written (an outcome starts with it). */
export function measureSpan(context: RuleContext, outcome: number): Span {
  const { tree } = context.model;
  const start = tree.outcomes.start(outcome);
  return { start, end: start + tree.words.length(tree.outcomes.measure(outcome)) };
}

/** A plain list "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** Whether the parser reported a syntax error starting inside `span` (see ValidationOptions.syntaxErrors). */
export function syntaxErrorWithin(context: RuleContext, span: Span): boolean {
  return (context.options.syntaxErrors ?? []).some((e) => e.start >= span.start && e.start <= span.end);
}

/**
 * A study header's stretch of text: from its keyword to the next top-level block.
 * After error recovery the study node's own span may stop short at the error.
 */
export function headerRegion(context: RuleContext, study: Study): Span {
  const { studies, tree } = context.model;
  // A block starts at its keyword. A loop, not Math.min(...starts): 200,000 patients overflow the call stack.
  let next = Infinity;
  for (const other of studies) if (other.start > study.start && other.start < next) next = other.start;
  // The patients' rows are in text order: the first that starts after the header is the nearest.
  const patients = tree.patients;
  for (let p = 0; p < patients.count; p++) {
    const start = patients.start(p);
    if (start <= study.start) continue;
    if (start < next) next = start;
    break;
  }
  return { start: study.start, end: next < Infinity ? next - 1 : context.lines.textLength };
}
