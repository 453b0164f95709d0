/**
 * A seeded generator of case series for the benchmark: the same cohort written as a
 * .vcase file and as the JSON a user would otherwise keep (checked against
 * bench/cohort.schema.json).
 *
 * Each patient has an initial procedure; about half have a recurrence and a repeat
 * at a level the initial procedure treated. Procedures score two or three measures
 * (pain, mobility and sometimes the Oswestry index), a few scores are not recorded
 * (`?`, null in JSON), and about one patient in ten is dated with `day N`. Version
 * 2 items (generate-follow-up.ts) come on top: the study's visit schedule, scores
 * at most visits, complications, `followup until`. Every value respects the rules
 * of the language, so the .vcase text has no errors (only VC103 warnings for the
 * scores not recorded).
 *
 * The `Cohort` object *is* the JSON form: `toJson` only serialises it; `toVcase`
 * writes the same data in the .vcase syntax.
 */
import { COMPLICATION_KINDS, followUpOf, VISITS, type PatientFrame } from "./generate-follow-up";
import { headerLines, patientLines } from "./generate-text";
import type { ComplicationJson, FollowUpJson, VisitDeclJson, VisitJson } from "./generate-follow-up";

export type { ComplicationJson, FollowUpJson, VisitDeclJson, VisitJson } from "./generate-follow-up";
export { toVcase } from "./generate-text";

/** `YYYY-MM-DD`, or `{ day: N }` for a patient dated relative to its own origin. */
export type DateValue = string | { readonly day: number };
/** A level such as `T12`, or a range `{ from: "T11", to: "L1" }`. */
export type LevelValue = string | { readonly from: string; readonly to: string };

export interface ScoresJson {
  /** null = not recorded (`?`). */
  readonly before: number | null;
  readonly after: number | null;
}

export interface MeasureJson {
  readonly name: string;
  readonly label: string;
  readonly range: readonly [number, number];
  readonly better: "lower" | "higher";
  readonly responder?: number;
}

export interface ProcedureJson {
  readonly id: string;
  readonly kind: string;
  readonly date: DateValue;
  readonly levels: readonly LevelValue[];
  readonly repeats?: string;
  readonly cementMl?: number;
  /** Keyed by measure name, in the order written. */
  readonly outcomes: Readonly<Record<string, ScoresJson>>;
  /** Version 2: complications recorded in the procedure. */
  readonly complications?: readonly ComplicationJson[];
  /** Version 2: keyed by visit id, in the schedule's order. */
  readonly visits?: Readonly<Record<string, VisitJson>>;
}

export interface RecurrenceJson {
  readonly date: DateValue;
  readonly levels?: readonly LevelValue[];
}

export interface PatientJson {
  readonly id: string;
  readonly age: number;
  readonly sex: string;
  readonly etiology: string;
  readonly procedures: readonly ProcedureJson[];
  readonly recurrences: readonly RecurrenceJson[];
  readonly notes?: readonly string[];
  /** Version 2: complications after a procedure, each dated. */
  readonly complications?: readonly ComplicationJson[];
  /** Version 2: `followup until DATE [lost|died]`. */
  readonly followup?: FollowUpJson;
}

export interface Cohort {
  readonly study: {
    readonly title: string;
    readonly reference: string;
    readonly design: string;
    readonly measures: readonly MeasureJson[];
    /** Version 2: the visit schedule. */
    readonly visits?: readonly VisitDeclJson[];
    /** Version 2: the kinds of complication counted. */
    readonly complications?: readonly { readonly kind: string; readonly label: string }[];
  };
  readonly patients: readonly PatientJson[];
}

/** mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same cohort. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEASURES: readonly MeasureJson[] = [
  { name: "pain", label: "Pain (11-point scale)", range: [0, 10], better: "lower", responder: 3 },
  { name: "mobility", label: "Mobility impairment (5-point scale)", range: [0, 4], better: "lower" },
  { name: "odi", label: "Oswestry Disability Index (%)", range: [0, 100], better: "lower", responder: 15 },
];

/** T4 … L5, where vertebroplasty is mostly done. */
const LEVELS = ["T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5"];
const ETIOLOGIES = ["osteoporosis", "osteoporosis", "osteoporosis", "metastasis", "multiple myeloma", "haemangioma"];
const NOTES = ["Recurrent pain arose from the previously treated level.", "Cement leak into the disc, no symptoms.", "Lost to follow-up after one year."];
/** 1990-01-01 and 2019-12-31 as days since 1970-01-01. */
const FIRST_DAY = 7305;
const LAST_DAY = 18261;

/** Whole numbers, chances and picks drawn from a seeded generator. */
export class Draw {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
}

export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A score that drops by a plausible amount, sometimes not recorded. */
function scores(draw: Draw, measure: MeasureJson): ScoresJson {
  const [min, max] = measure.range;
  const span = max - min;
  const before = draw.int(min + Math.ceil(span / 3), max);
  const after = Math.max(min, before - draw.int(0, Math.ceil((span * 2) / 3)));
  return {
    before: draw.chance(0.03) ? null : before,
    after: draw.chance(0.05) ? null : after,
  };
}

function outcomes(draw: Draw): Record<string, ScoresJson> {
  const out: Record<string, ScoresJson> = {};
  out["pain"] = scores(draw, MEASURES[0]!);
  out["mobility"] = scores(draw, MEASURES[1]!);
  if (draw.chance(0.5)) out["odi"] = scores(draw, MEASURES[2]!);
  return out;
}

function patient(draw: Draw, index: number, later: Draw | undefined): PatientJson {
  const relative = draw.chance(0.1);
  const first = draw.int(FIRST_DAY, LAST_DAY - 400);
  const date = (day: number): DateValue => (relative ? { day: day - first } : isoDay(day));
  // One to three adjacent levels, written as a list or, sometimes, as a range.
  const start = draw.int(0, LEVELS.length - 3);
  const treated = LEVELS.slice(start, start + draw.int(1, 3));
  const levels: LevelValue[] =
    treated.length > 1 && draw.chance(0.25) ? [{ from: treated[0]!, to: treated[treated.length - 1]! }] : treated;
  const initial: ProcedureJson = {
    id: "PV1",
    kind: draw.chance(0.85) ? "vertebroplasty" : "kyphoplasty",
    date: date(first),
    levels,
    ...(draw.chance(0.8) ? { cementMl: draw.int(15, 80) / 10 } : {}),
    outcomes: outcomes(draw),
  };
  const procedures: ProcedureJson[] = [initial];
  const recurrences: RecurrenceJson[] = [];
  const frame: PatientFrame = { first, date, treated: [treated], measures: MEASURES };
  if (draw.chance(0.5)) {
    const level = draw.pick(treated);
    const recurrence = first + draw.int(5, 200);
    recurrences.push(draw.chance(0.9) ? { date: date(recurrence), levels: [level] } : { date: date(recurrence) });
    const repeat = recurrence + draw.int(1, 30);
    frame.recurrence = recurrence;
    frame.repeat = repeat;
    frame.treated.push([level]);
    procedures.push({
      id: "PV2",
      kind: initial.kind,
      date: date(repeat),
      levels: [level],
      repeats: "PV1",
      ...(draw.chance(0.8) ? { cementMl: draw.int(10, 50) / 10 } : {}),
      outcomes: outcomes(draw),
    });
  }
  const v1: PatientJson = {
    id: `P${index + 1}`,
    age: draw.int(48, 95),
    sex: draw.chance(0.75) ? "F" : "M",
    etiology: draw.pick(ETIOLOGIES),
    procedures,
    recurrences,
    ...(draw.chance(0.1) ? { notes: [draw.pick(NOTES)] } : {}),
  };
  return later === undefined ? v1 : followUpOf(later, v1, frame);
}

export interface GenerateOptions {
  /** 1: the cohort without visits, complications or follow-up (the version 1 language). Default 2. */
  readonly version?: 1 | 2;
}

/**
 * `patients` patients drawn from `seed`. The version 2 items are drawn from a second
 * stream of the same seed, so a version 1 cohort is the version 2 cohort without them.
 */
export function generateCohort(seed: number, patients: number, options: GenerateOptions = {}): Cohort {
  const draw = new Draw(prng(seed));
  const later = options.version === 1 ? undefined : new Draw(prng(seed ^ 0x5f3759df));
  const list: PatientJson[] = [];
  for (let i = 0; i < patients; i++) list.push(patient(draw, i, later));
  return {
    study: {
      title: `Percutaneous vertebroplasty registry (${patients} patients)`,
      reference: "Synthetic registry export",
      design: "retrospective case series",
      measures: MEASURES,
      ...(later && { visits: VISITS, complications: COMPLICATION_KINDS }),
    },
    patients: list,
  };
}

/** The smallest seeded cohort whose .vcase text has at least `lines` lines (an author's large file). */
export function cohortOfLines(seed: number, lines: number, options: GenerateOptions = {}): Cohort {
  // Patients are drawn one after another, so a cohort of n patients is the first n
  // of any larger cohort of the same seed: draw enough (10+ lines each), then cut.
  const all = generateCohort(seed, Math.ceil(lines / 10), options);
  let count = headerLines(all.study).length + 1;
  const patients = all.patients.findIndex((p) => (count += patientLines(p).length) >= lines) + 1;
  return generateCohort(seed, patients, options);
}

/** The JSON a user would keep instead: the cohort object, indented as an editor shows it. */
export function toJson(cohort: Cohort): string {
  return JSON.stringify(cohort, null, 2) + "\n";
}
