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
import { firstOutcome, reportedMeasures } from "../cohort/scores";
import { addProcedureRow, emptyVisitScores, setVisitScore, type VisitScoreTable } from "../cohort/visit-scores";
import type { Complication, DateRef, Patient, Study } from "../syntax/ast";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import type { CohortModel, MeasureDef, PatientInfo, ProcedureInfo } from "./cohort-model";
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

/** One reported measure's table of visit scores as the procedures are read. */
interface MeasureReading {
  readonly def: MeasureDef;
  readonly table: VisitScoreTable;
  /** The number of the procedure whose row was added last, and that row. */
  procedure: number;
  row: number;
  /** The number of the visit block whose score of the measure was read last: only its first counts. */
  block: number;
}

/** The visit scores of the cohort as its procedures are read. */
interface ScoreReading {
  readonly tree: SyntaxTree;
  /** The declared visit ids, each once: the tables' columns. */
  readonly visitIds: readonly string[];
  readonly measures: readonly MeasureReading[];
  /** For each visit column, the number of the last procedure a block of it was read in: only the first block counts. */
  readonly visitReadIn: Int32Array;
  procedures: number;
  blocks: number;
}

function scoreReading(tree: SyntaxTree, visitIds: readonly string[], measures: readonly MeasureDef[]): ScoreReading {
  return {
    tree,
    visitIds,
    measures: measures.map((def) => ({ def, table: emptyVisitScores(visitIds), procedure: -1, row: -1, block: -1 })),
    visitReadIn: new Int32Array(visitIds.length).fill(-1),
    procedures: 0,
    blocks: 0,
  };
}

/** A study reports a handful of measures: a search is quicker than a map. */
function measureNamed(measures: readonly MeasureReading[], name: string): MeasureReading | undefined {
  for (let i = 0; i < measures.length; i++) if (measures[i]!.def.name === name) return measures[i];
  return undefined;
}

/**
 * One procedure's scores at the declared visits, a row in the table of each
 * reported measure it scores at one (first-counts rules above). Each value of a
 * node is read once: a view makes a new small object at each read.
 */
function addScores(reading: ScoreReading, procedure: ProcedureInfo): void {
  const visits = procedure.node.visits;
  if (visits.length === 0) return;
  const number = reading.procedures++;
  for (let i = 0; i < visits.length; i++) {
    const visit = visits[i]!;
    const id = visit.id;
    if (id === undefined) continue;
    // A visit not declared (VC701) has no column; only a procedure's first block of a visit (VC702) counts.
    const column = reading.visitIds.indexOf(id.text);
    if (column < 0 || reading.visitReadIn[column] === number) continue;
    reading.visitReadIn[column] = number;
    const block = reading.blocks++;
    for (const s of visit.scores) {
      const word = s.measure;
      const measure = word === undefined ? undefined : measureNamed(reading.measures, word.text);
      if (measure === undefined || measure.block === block) continue;
      measure.block = block;
      if (measure.procedure !== number) {
        const outcome = firstOutcome(reading.tree, procedure, measure.def);
        measure.procedure = number;
        measure.row = addProcedureRow(measure.table, procedure.role, outcome < 0 ? NaN : reading.tree.outcomes.before(outcome));
      }
      setVisitScore(measure.table, measure.row, column, s.score?.value ?? NaN);
    }
  }
}

function followupLines(patient: Patient, kind: DateKindName | undefined): FollowUpLine[] {
  return patient.followups.map((f) => ({
    day: dayOf(f.until, kind),
    status: f.status?.text === "lost" ? "lost" : f.status?.text === "died" ? "died" : "completed",
  }));
}

function v2Patient(info: PatientInfo, reading: ScoreReading): V2Patient {
  const patient = info.node;
  const kind = patientDateKind(patient);
  const procedures: ComplicationProcedure[] = info.procedures.map((p) => {
    addScores(reading, p);
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
  const items = (model as { readonly tree?: { readonly items?: readonly unknown[] } }).tree?.items;
  return items === undefined || items.length > 0;
}

/** The version-2 input of the cohort's figures; undefined for a cohort with no version-2 item at all (the figures of withoutV2Items). */
export function v2Input(model: CohortModel): CohortV2Input | undefined {
  const study = model.study;
  if (!mayHaveV2Items(model) && (study === undefined || (study.visits.length === 0 && study.complications.length === 0))) return undefined;
  const visits = visitSchedule(study);
  const reading = scoreReading(model.tree, [...new Set(visits.map((v) => v.id))], reportedMeasures(model));
  const patients: V2Patient[] = [];
  for (let p = 0; p < model.patientCount; p++) patients.push(v2Patient(model.patientAt(p), reading));
  const visitScores = new Map<string, VisitScoreTable>();
  for (const m of reading.measures) if (m.table.rows > 0) visitScores.set(m.def.name, m.table);
  const kinds: ComplicationKind[] = complicationKindsOf(study);
  return { visits, visitScores, complicationKinds: kinds, patients };
}
