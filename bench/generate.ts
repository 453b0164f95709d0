/**
 * A seeded generator of case series for the benchmark: the same cohort written as a
 * .vcase file and as the JSON a user would otherwise keep (checked against
 * bench/cohort.schema.json).
 *
 * Each patient has an initial procedure; about half have a recurrence and a repeat
 * at a level the initial procedure treated. Procedures score two or three measures
 * (pain, mobility and sometimes the Oswestry index), a few scores are not recorded
 * (`?`, null in JSON), and about one patient in ten is dated with `day N`. Every
 * value respects the rules of the language, so the .vcase text has no errors (only
 * VC103 warnings for the scores not recorded).
 *
 * The `Cohort` object *is* the JSON form: `toJson` only serialises it; `toVcase`
 * writes the same data in the .vcase syntax.
 */

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
}

export interface Cohort {
  readonly study: {
    readonly title: string;
    readonly reference: string;
    readonly design: string;
    readonly measures: readonly MeasureJson[];
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

function isoDay(day: number): string {
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

function patient(draw: Draw, index: number): PatientJson {
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
  if (draw.chance(0.5)) {
    const level = draw.pick(treated);
    const recurrence = first + draw.int(5, 200);
    recurrences.push(draw.chance(0.9) ? { date: date(recurrence), levels: [level] } : { date: date(recurrence) });
    procedures.push({
      id: "PV2",
      kind: initial.kind,
      date: date(recurrence + draw.int(1, 30)),
      levels: [level],
      repeats: "PV1",
      ...(draw.chance(0.8) ? { cementMl: draw.int(10, 50) / 10 } : {}),
      outcomes: outcomes(draw),
    });
  }
  return {
    id: `P${index + 1}`,
    age: draw.int(48, 95),
    sex: draw.chance(0.75) ? "F" : "M",
    etiology: draw.pick(ETIOLOGIES),
    procedures,
    recurrences,
    ...(draw.chance(0.1) ? { notes: [draw.pick(NOTES)] } : {}),
  };
}

export function generateCohort(seed: number, patients: number): Cohort {
  const draw = new Draw(prng(seed));
  const list: PatientJson[] = [];
  for (let i = 0; i < patients; i++) list.push(patient(draw, i));
  return {
    study: {
      title: `Percutaneous vertebroplasty registry (${patients} patients)`,
      reference: "Synthetic registry export",
      design: "retrospective case series",
      measures: MEASURES,
    },
    patients: list,
  };
}

/** The smallest seeded cohort whose .vcase text has at least `lines` lines (an author's large file). */
export function cohortOfLines(seed: number, lines: number): Cohort {
  // Patients are drawn one after another, so a cohort of n patients is the first n
  // of any larger cohort of the same seed: draw enough (10+ lines each), then cut.
  const all = generateCohort(seed, Math.ceil(lines / 10));
  let count = headerLines(all.study).length + 1;
  const patients = all.patients.findIndex((p) => (count += patientLines(p).length) >= lines) + 1;
  return generateCohort(seed, patients);
}

// ---- writers ----------------------------------------------------------------

function dateText(date: DateValue): string {
  return typeof date === "string" ? date : `day ${date.day}`;
}

function levelsText(levels: readonly LevelValue[]): string {
  return levels.map((l) => (typeof l === "string" ? l : `${l.from}-${l.to}`)).join(", ");
}

function scoreText(score: number | null): string {
  return score === null ? "?" : String(score);
}

function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&")}"`;
}

function headerLines(study: Cohort["study"]): string[] {
  const out = [
    `// ${study.title}: generated for the benchmark (bench/generate.ts).`,
    `study ${quoted(study.title)} {`,
    `  reference ${quoted(study.reference)}`,
    `  design ${quoted(study.design)}`,
  ];
  for (const m of study.measures) {
    const responder = m.responder === undefined ? "" : ` responder ${m.responder}`;
    out.push(`  measure ${m.name} ${quoted(m.label)} range ${m.range[0]}..${m.range[1]} better ${m.better}${responder}`);
  }
  out.push("}");
  return out;
}

/** A patient block, preceded by an empty line. */
function patientLines(p: PatientJson): string[] {
  const out = ["", `patient ${p.id} {`, `  age ${p.age}`, `  sex ${p.sex}`];
  out.push(`  etiology ${/^[A-Za-z_]\w*$/.test(p.etiology) ? p.etiology : quoted(p.etiology)}`);
  p.procedures.forEach((proc, i) => {
    // The recurrence that led to a repeat is written just before it.
    const r = i > 0 ? p.recurrences[i - 1] : undefined;
    if (r !== undefined) out.push(`  recurrence on ${dateText(r.date)}${r.levels ? ` at ${levelsText(r.levels)}` : ""}`);
    const repeats = proc.repeats === undefined ? "" : ` repeats ${proc.repeats}`;
    out.push(`  procedure ${proc.id} ${proc.kind} on ${dateText(proc.date)} at ${levelsText(proc.levels)}${repeats} {`);
    if (proc.cementMl !== undefined) out.push(`    cement ${proc.cementMl} ml`);
    for (const [name, s] of Object.entries(proc.outcomes)) out.push(`    ${name} ${scoreText(s.before)} -> ${scoreText(s.after)}`);
    out.push("  }");
  });
  for (const note of p.notes ?? []) out.push(`  note ${quoted(note)}`);
  out.push("}");
  return out;
}

export function toVcase(cohort: Cohort): string {
  const out = headerLines(cohort.study);
  for (const p of cohort.patients) out.push(...patientLines(p));
  out.push("");
  return out.join("\n");
}

/** The JSON a user would keep instead: the cohort object, indented as an editor shows it. */
export function toJson(cohort: Cohort): string {
  return JSON.stringify(cohort, null, 2) + "\n";
}
