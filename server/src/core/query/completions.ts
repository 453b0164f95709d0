/**
 * The suggestions for a place in the text, in the order they should be shown:
 * keywords with a line on what they take, the declared measures, the vertebral
 * levels in column order, sex values, earlier procedures for `repeats`, fresh ids,
 * and block snippets. What the place allows is decided in completion-context.ts.
 *
 * Snippet placeholders (language/placeholders.ts) are words that do not parse where
 * they stand (`age age`, `on YYYY-MM-DD`, `pain before -> after`), so a field tabbed
 * past without typing is flagged ("Fill in …") instead of being recorded as a
 * plausible made-up value.
 */
import type { Analysis } from "../analyze";
import { itemKeywords, keywordHelp, PROCEDURE_KINDS, SEX_VALUES } from "../language/grammar";
import { PLACEHOLDERS } from "../language/placeholders";
import { levelName, regionName } from "../model/levels";
import type { Patient, Procedure, Span, Word } from "../syntax/ast";
import { completionContext, type CompletionContext, type Expectation, type ItemBlock } from "./completion-context";
import { declaredComplications, declaredVisits, visitMeasures, visitSnippet } from "./visit-completions";

export type SuggestionKind = "keyword" | "measure" | "level" | "procedure" | "value" | "id" | "snippet" | "visit" | "complication";

export interface Suggestion {
  readonly label: string;
  readonly kind: SuggestionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** The text inserted; snippet syntax when `snippet` is true. */
  readonly insert: string;
  readonly snippet: boolean;
  /** What the typed word is matched against, when not the label. */
  readonly filterText?: string;
}

export interface Completions {
  readonly replace: Span;
  readonly items: Suggestion[];
}

const BLOCK_KEYWORDS: Record<ItemBlock, readonly string[]> = {
  top: itemKeywords("top"),
  study: itemKeywords("study"),
  patient: itemKeywords("patient"),
  procedure: itemKeywords("procedure"),
};

const SEX_HELP: Record<string, string> = { F: "female", M: "male" };
const LEVEL_COUNT = 29;

export function completionsAt(analysis: Analysis, offset: number): Completions {
  return completionsFor(analysis, completionContext(analysis, offset));
}

/** The suggestions a context calls for; exported for the tests, which compare contexts read from different tokens. */
export function completionsFor(analysis: Analysis, context: CompletionContext): Completions {
  return { replace: context.replace, items: context.expects.flatMap((e) => suggest(analysis, context, e)) };
}

function keyword(word: string, block?: ItemBlock): Suggestion {
  const help = keywordHelp(word, block);
  return { label: word, kind: "keyword", insert: word, snippet: false, ...(help !== undefined && { detail: help }) };
}

function suggest(analysis: Analysis, context: CompletionContext, e: Expectation): Suggestion[] {
  switch (e.kind) {
    case "keywords":
      return e.words.map((w) => keyword(w));
    case "items":
      return blockItems(analysis, context, e.block);
    case "levels":
      return levelSuggestions(e.after, e.listed);
    case "sex":
      return SEX_VALUES.map((v) => ({ label: v, kind: "value", insert: v, snippet: false, ...(SEX_HELP[v] && { detail: SEX_HELP[v] }) }));
    case "repeated-procedure":
      return e.earlier.map(({ id, keyword }) => {
        const detail = procedureSummary(analysis, context.patient?.procedures.find((p) => p.keyword.start === keyword));
        return { label: id, kind: "procedure", insert: id, snippet: false, ...(detail && { detail }) };
      });
    case "new-id": {
      const typed = context.replace.start; // the id being typed does not count as taken
      const id = e.what === "patient" ? freshPatientId(analysis, typed) : freshProcedureId(context.patient, typed);
      return [{ label: id, kind: "id", detail: `an id not used yet for a ${e.what}`, insert: id, snippet: false }];
    }
    case "study-title":
      return [{ label: '"Title" { … }', kind: "snippet", detail: "The study's title, then its header in braces", insert: '"${1:Title}" {\n\t$0\n}', snippet: true, filterText: '"' }];
    case "procedure-kind":
      return procedureKinds(analysis, context.replace.start).map((k) => ({ label: k, kind: "value", detail: "procedure kind", insert: k, snippet: false }));
    case "declared":
      return e.what === "visit id" ? declaredVisits(analysis) : declaredComplications(analysis);
    case "visit-measure":
      return visitMeasures(analysis, e.scored);
  }
}

/**
 * The kinds the cohort's procedures use, in order of first use, then the known ones;
 * `except`: the offset of a kind being typed. One walk over every procedure without
 * intermediate lists: on 10,000 patients the lists took about 10 ms, the walk 3.
 */
function procedureKinds(analysis: Analysis, except: number): string[] {
  const kinds = new Set<string>();
  const { procedures, words } = analysis.model.tree;
  for (let row = 0; row < procedures.count; row++) {
    const kind = procedures.kind(row);
    if (kind >= 0 && procedures.kindStart(row) !== except) kinds.add(words.text(kind));
  }
  for (const known of PROCEDURE_KINDS) kinds.add(known);
  return [...kinds];
}

function blockItems(analysis: Analysis, context: CompletionContext, block: ItemBlock): Suggestion[] {
  const typed = context.replace.start;
  let words = BLOCK_KEYWORDS[block];
  if (block === "patient" && context.patient !== undefined) {
    // age, sex and etiology are given once per patient (VC404): offer only the missing ones.
    const given = new Set(context.patient.fields.filter((f) => f.keyword.start !== typed).map((f) => f.name as string));
    words = words.filter((w) => !given.has(w));
  }
  // Not push(...measures): a study of 200,000 measures would overflow the call stack.
  const out: Suggestion[] = block === "procedure" ? measureSuggestions(analysis, context.procedure, typed) : [];
  out.push(...words.map((w) => keyword(w, block)));
  if (block === "top" && analysis.parsed.studies.length === 0) out.push(studySnippet());
  if (block === "top") out.push(patientSnippet(analysis));
  if (block === "patient") out.push(procedureSnippet(analysis, context.patient));
  if (block === "procedure") out.push(visitSnippet(analysis));
  return out;
}

function measureSuggestions(analysis: Analysis, procedure: Procedure | undefined, typed: number): Suggestion[] {
  const recorded = new Set((procedure?.outcomes ?? []).filter((o) => o.measure.span.start !== typed).map((o) => o.measure.text));
  return [...analysis.model.measures.values()]
    .filter((m) => !recorded.has(m.name))
    .map((m) => ({
      label: m.name,
      kind: "measure",
      detail: m.label,
      documentation: `Scored ${m.rangeValid ? `${m.min} to ${m.max}` : "on its declared range"}; ${m.better} is better. Write the score before -> after, ? when not recorded.`,
      insert: `${m.name} \${1:${PLACEHOLDERS.before}} -> \${2:${PLACEHOLDERS.after}}`,
      snippet: true,
    }));
}

function levelSuggestions(after: number | undefined, listed: readonly number[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (let ordinal = (after ?? -1) + 1; ordinal < LEVEL_COUNT; ordinal++) {
    if (listed.includes(ordinal)) continue;
    const name = levelName(ordinal);
    out.push({ label: name, kind: "level", detail: regionName(name[0] as "C" | "T" | "L" | "S"), insert: name, snippet: false });
  }
  return out;
}

/** `vertebroplasty on 1996-05-14 at T12, L1`, as written. */
function procedureSummary(analysis: Analysis, procedure: Procedure | undefined): string | undefined {
  if (procedure?.kind === undefined) return undefined;
  const last = procedure.levels[procedure.levels.length - 1];
  const stop = last?.span.end ?? procedure.date?.span.end ?? procedure.kind.span.end;
  return analysis.text.slice(procedure.kind.span.start, stop).replace(/\s+/g, " ");
}

/**
 * The next free id of the form PREFIX<n>: one past the highest in use; `except`: the
 * offset of an id being typed, which does not count. The numbers are compared as
 * digits, not as Numbers: past 2^53, n + 1 === n, and counting up from there never
 * finds a free id. One walk, without a set of the ids or a regular expression per id:
 * those took about 10 ms of each top-level completion in a registry of 10,000 patients.
 */
function freshId(prefix: string, nodes: readonly { id?: Word }[], except: number): string {
  return freshIdAmong(prefix, nodes.length, (i) => (nodes[i]!.id === undefined || nodes[i]!.id!.start === except ? undefined : nodes[i]!.id!.text));
}

/** `freshId` over `count` ids given by number (undefined: none, or the one being typed). */
function freshIdAmong(prefix: string, count: number, idAt: (i: number) => string | undefined): string {
  let highest = "0";
  for (let i = 0; i < count; i++) {
    const id = idAt(i);
    if (id === undefined) continue;
    const digits = numberOf(id, prefix);
    if (digits !== undefined && (digits.length > highest.length || (digits.length === highest.length && digits > highest))) highest = digits;
  }
  return `${prefix}${BigInt(highest) + 1n}`;
}

/** The digits of an id PREFIX<digits>, without leading zeros; undefined for any other id. */
function numberOf(id: string, prefix: string): string | undefined {
  if (id.length === prefix.length || !id.startsWith(prefix)) return undefined;
  for (let i = prefix.length; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  let first = prefix.length;
  while (first < id.length - 1 && id.charCodeAt(first) === 48) first++;
  return id.slice(first);
}

/** A patient id no patient has, e.g. P7 after P1–P6; `except`: the offset of an id being typed. */
export function freshPatientId(analysis: Analysis, except = -1): string {
  const { patients, words } = analysis.model.tree;
  return freshIdAmong("P", patients.count, (p) => (patients.id(p) < 0 || patients.idStart(p) === except ? undefined : words.text(patients.id(p))));
}

/** A procedure id the patient does not use yet, e.g. PV3 after PV1 and PV2. */
export function freshProcedureId(patient: Patient | undefined, except = -1): string {
  return freshId("PV", patient?.procedures ?? [], except);
}

/**
 * The patient snippet's choice for sex: the placeholder first, so a field tabbed past
 * is flagged rather than read as F, then the short values (female and male are the
 * same values spelled out, and stay available by completion after `sex`).
 */
const SNIPPET_SEX_CHOICES = [PLACEHOLDERS.sex, "F", "M", "other", "unknown"].join(",");

function patientSnippet(analysis: Analysis): Suggestion {
  const id = freshPatientId(analysis);
  return {
    label: `patient ${id} { … }`,
    kind: "snippet",
    detail: "A new patient block",
    filterText: "patient",
    insert: `patient \${1:${id}} {\n\tage \${2:${PLACEHOLDERS.age}}\n\tsex \${3|${SNIPPET_SEX_CHOICES}|}\n\tetiology \${4:${PLACEHOLDERS.etiology}}\n\t$0\n}`,
    snippet: true,
  };
}

/**
 * A whole study header, for a file that has none yet: its title and one measure,
 * written as the description's example of a measure (language/grammar.ts) with
 * each value a placeholder.
 */
function studySnippet(): Suggestion {
  return {
    label: 'study "Title" { … }',
    kind: "snippet",
    detail: "A study header: title, design and an outcome measure",
    filterText: "study",
    insert: 'study "${1:Title}" {\n\tdesign "${2:retrospective case series}"\n\tmeasure ${3:pain} "${4:Pain (11-point scale)}" range ${5:0}..${6:10} better ${7|lower,higher|}\n\t$0\n}',
    snippet: true,
  };
}

function procedureSnippet(analysis: Analysis, patient: Patient | undefined): Suggestion {
  const id = freshProcedureId(patient);
  let n = 5;
  const outcomes = [...analysis.model.measures.keys()].map((m) => `\t${m} \${${n++}:${PLACEHOLDERS.before}} -> \${${n++}:${PLACEHOLDERS.after}}\n`).join("");
  return {
    label: `procedure ${id} { … }`,
    kind: "snippet",
    detail: "A new procedure block",
    filterText: "procedure",
    insert: `procedure \${1:${id}} \${2:vertebroplasty} on \${3:${PLACEHOLDERS.date}} at \${4:${PLACEHOLDERS.levels}} {\n${outcomes}\t$0\n}`,
    snippet: true,
  };
}

