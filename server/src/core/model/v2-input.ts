/**
 * What the version-2 figures read (cohort/v2-figures.ts `CohortV2Input`), built
 * from the study and patient nodes: the visit schedule, each procedure's scores
 * before it and at its visits, the complication kinds and occurrences, the
 * `followup` lines. Days are the model's day numbers (dates.ts): a calendar date
 * or `day N`.
 *
 * The first-counts rules (visit-roles.ts): the first outcome of a measure in a
 * procedure gives its score before; the first block of a visit id in a procedure,
 * and in it the first score of the measure, its score at that visit.
 *
 * Decisions where the spec is silent:
 * - A new date (visit, complication, follow-up) of the other kind than the
 *   patient's procedures and recurrences (VC203), or not a calendar day (VC201),
 *   has no day.
 * - A procedure's complication without `on` takes the procedure's day.
 */
import type { ComplicationKind, ComplicationOccurrence, ComplicationProcedure } from "../cohort/complications";
import type { CohortV2Input, V2Patient } from "../cohort/v2-figures";
import type { VisitDecl } from "../cohort/types";
import type { FollowUpLine } from "../cohort/follow-up";
import type { VisitScores } from "../cohort/visit-roles";
import type { Complication, DateRef, Patient, Study } from "../syntax/ast";
import type { CohortModel, PatientInfo, ProcedureInfo } from "./cohort-model";
import { calendarDayNumber } from "./dates";
import { expandLevels, isRealLevel } from "./levels";

export type DateKindName = DateRef["kind"];

/** The kind of date the patient's procedures and recurrences use (the first written), else its first other date's; undefined when it has none. */
export function patientDateKind(patient: Patient): DateKindName | undefined {
  // A patient's view is made once and kept (syntax/tree/views.ts): its kind is worked out once.
  const known = DATE_KINDS.get(patient);
  if (known !== undefined) return known === "none" ? undefined : known;
  const kind = dateKindOf(patient);
  DATE_KINDS.set(patient, kind ?? "none");
  return kind;
}

/** Each patient's date kind, asked for at every visit, complication and followup of it. */
const DATE_KINDS = new WeakMap<Patient, DateKindName | "none">();

function dateKindOf(patient: Patient): DateKindName | undefined {
  // Asked for every visit and complication: a walk over the dates, no list made.
  let first: DateRef | undefined;
  for (const p of patient.procedures) if (p.date !== undefined && (first === undefined || p.date.start < first.start)) first = p.date;
  for (const r of patient.recurrences) if (r.date !== undefined && (first === undefined || r.date.start < first.start)) first = r.date;
  return first?.kind ?? newDates(patient)[0]?.kind;
}

/** The dates of the version-2 items of a patient, in text order. */
export function newDates(patient: Patient): DateRef[] {
  const dates: (DateRef | undefined)[] = [
    ...patient.complications.map((c) => c.date),
    ...patient.followups.map((f) => f.until),
    ...patient.procedures.flatMap((p) => [...p.visits.map((v) => v.date), ...p.complications.map((c) => c.date)]),
  ];
  return dates.filter((d): d is DateRef => d !== undefined).sort((a, b) => a.start - b.start);
}

/** The day number of a date of kind `kind`'s patient; undefined when not a real day, or of the other kind. */
export function dayOf(date: DateRef | undefined, kind: DateKindName | undefined): number | undefined {
  if (date === undefined || (kind !== undefined && date.kind !== kind)) return undefined;
  if (date.kind === "calendar") return calendarDayNumber(date.year, date.month, date.day);
  return date.value?.value;
}

/** The study's visit schedule as written (an id or day missing after a syntax error: left out). */
export function visitSchedule(study: Study | undefined): VisitDecl[] {
  const out: VisitDecl[] = [];
  for (const v of study?.visits ?? []) {
    if (v.id === undefined || v.day === undefined) continue;
    out.push({ id: v.id.text, label: v.label?.value ?? v.id.text, day: v.day.value, window: v.window?.value ?? 0 });
  }
  return out;
}

/** The study's complication kinds, the first declaration of each (the label defaults to the id). */
export function complicationKindsOf(study: Study | undefined): ComplicationKind[] {
  const byId = new Map<string, ComplicationKind>();
  for (const k of study?.complications ?? []) {
    if (k.kind !== undefined && !byId.has(k.kind.text)) byId.set(k.kind.text, { id: k.kind.text, label: k.label?.value ?? k.kind.text });
  }
  return [...byId.values()];
}

function occurrence(c: Complication, day: number | undefined): ComplicationOccurrence | undefined {
  if (c.kind === undefined) return undefined;
  const levels = c.levels.flatMap((item) => (isRealLevel(item.from) && (item.to === undefined || isRealLevel(item.to)) ? expandLevels(item) : []));
  return { kind: c.kind.text, day, levels, symptomatic: c.symptomatic !== undefined };
}

function occurrences(list: readonly Complication[], day: (c: Complication) => number | undefined): ComplicationOccurrence[] {
  return list.map((c) => occurrence(c, day(c))).filter((o): o is ComplicationOccurrence => o !== undefined);
}

/** The visits of a measure no visit block scores: one map for all, never written. */
const NO_VISITS: ReadonlyMap<string, number | undefined> = new Map();

/**
 * One procedure's scores of each measure it records: before it, and at each visit
 * (first-counts rules above). A procedure has a handful of measures and visits:
 * lists searched in order cost less than a map or set made for each procedure.
 */
function addScores(into: Map<string, VisitScores[]>, procedure: ProcedureInfo): void {
  const node = procedure.node;
  const measures: string[] = [];
  const entries: { before: number | undefined; visits: ReadonlyMap<string, number | undefined> }[] = [];
  for (const o of node.outcomes) {
    if (measures.includes(o.measure.text)) continue;
    measures.push(o.measure.text);
    entries.push({ before: o.before?.value ?? undefined, visits: NO_VISITS });
  }
  const seenVisits: string[] = [];
  for (const v of node.visits) {
    if (v.id === undefined || seenVisits.includes(v.id.text)) continue;
    seenVisits.push(v.id.text);
    for (const s of v.scores) {
      if (s.measure === undefined) continue;
      let m = measures.indexOf(s.measure.text);
      if (m < 0) {
        m = measures.length;
        measures.push(s.measure.text);
        entries.push({ before: undefined, visits: NO_VISITS });
      }
      const e = entries[m]!;
      if (e.visits === NO_VISITS) e.visits = new Map();
      const visits = e.visits as Map<string, number | undefined>;
      if (!visits.has(v.id.text)) visits.set(v.id.text, s.score?.value ?? undefined);
    }
  }
  for (let m = 0; m < measures.length; m++) {
    let list = into.get(measures[m]!);
    if (list === undefined) into.set(measures[m]!, (list = []));
    list.push({ role: procedure.role, before: entries[m]!.before, visits: entries[m]!.visits });
  }
}

function followupLines(patient: Patient, kind: DateKindName | undefined): FollowUpLine[] {
  return patient.followups.map((f) => ({
    day: dayOf(f.until, kind),
    status: f.status?.text === "lost" ? "lost" : f.status?.text === "died" ? "died" : "completed",
  }));
}

function v2Patient(info: PatientInfo, visitScores: Map<string, VisitScores[]>): V2Patient {
  const patient = info.node;
  const kind = patientDateKind(patient);
  const procedures: ComplicationProcedure[] = info.procedures.map((p) => {
    addScores(visitScores, p);
    const own = occurrences(p.node.complications, (c) => (c.date === undefined ? p.day : dayOf(c.date, kind)));
    return { role: p.role, day: p.day, levels: p.levels, complications: own };
  });
  return { procedures, complications: occurrences(patient.complications, (c) => dayOf(c.date, kind)), followups: followupLines(patient, kind) };
}

/**
 * Whether a patient may hold a version-2 item: false only when the syntax tree's
 * list of generic items (tree/syntax-tree.ts `items`) is known to be empty, so a
 * version-1 registry is not read node by node for nothing.
 */
export function mayHaveV2Items(model: CohortModel): boolean {
  const items = (model as { readonly tree?: { readonly itemCount?: number } }).tree?.itemCount;
  return items === undefined || items > 0;
}

/** The version-2 input of the cohort's figures; undefined for a cohort with no version-2 item at all (the figures of withoutV2Items). */
export function v2Input(model: CohortModel): CohortV2Input | undefined {
  const study = model.study;
  if (!mayHaveV2Items(model) && (study === undefined || (study.visits.length === 0 && study.complications.length === 0))) return undefined;
  const visitScores = new Map<string, VisitScores[]>();
  const patients: V2Patient[] = [];
  for (let p = 0; p < model.patientCount; p++) patients.push(v2Patient(model.patientAt(p), visitScores));
  const kinds: ComplicationKind[] = complicationKindsOf(model.study);
  return { visits: visitSchedule(model.study), visitScores, complicationKinds: kinds, patients };
}
