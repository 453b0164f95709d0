/**
 * The version 2 items of the benchmark's cohort (generate.ts), drawn as real case
 * series report them: a schedule of four visits (1 week, 6 weeks, 6 months,
 * 1 year) with scores for most of them (about one visit in seven missed, a few
 * scores not recorded); cement leakage in about a third of the procedures, mostly
 * at a treated level, a few dated or symptomatic; now and then radicular pain,
 * and a new fracture after the procedure; `followup until` for nearly every
 * patient, a few lost to follow-up or dead. Every date keeps the rules of §9
 * (a visit after its procedure and inside its window, the initial procedure's
 * visits before the recurrence, follow-up after everything else).
 */
import type { DateValue, Draw, LevelValue, MeasureJson, PatientJson, ProcedureJson } from "./generate";

export interface VisitDeclJson {
  readonly id: string;
  readonly label: string;
  readonly day: number;
  readonly window: number;
}

export interface VisitJson {
  readonly date?: DateValue;
  /** Keyed by measure name; null = not recorded (`?`). */
  readonly scores: Readonly<Record<string, number | null>>;
}

export interface ComplicationJson {
  readonly kind: string;
  readonly date?: DateValue;
  readonly levels?: readonly LevelValue[];
  readonly symptomatic?: boolean;
  readonly text?: string;
}

export interface FollowUpJson {
  readonly until: DateValue;
  /** Absent: the planned follow-up was completed. */
  readonly status?: "lost" | "died";
}

/** What generate.ts drew for a patient that the version 2 items depend on. */
export interface PatientFrame {
  /** The initial procedure's day (days since 1970-01-01), its recurrence's and its repeat's. */
  readonly first: number;
  recurrence?: number;
  repeat?: number;
  /** The levels each procedure treated, one vertebra an item. */
  readonly treated: string[][];
  readonly date: (day: number) => DateValue;
  readonly measures: readonly MeasureJson[];
}

export const VISITS: readonly VisitDeclJson[] = [
  { id: "w1", label: "1 week", day: 7, window: 3 },
  { id: "w6", label: "6 weeks", day: 42, window: 14 },
  { id: "m6", label: "6 months", day: 182, window: 30 },
  { id: "y1", label: "1 year", day: 365, window: 60 },
];

export const COMPLICATION_KINDS = [
  { kind: "leak", label: "Cement leakage" },
  { kind: "fracture", label: "New vertebral fracture" },
  { kind: "radicular", label: "Radicular pain" },
] as const;

const LEAKS = ["paravertebral", "into the disc", "venous", "epidural"];
const SPINE = ["T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5"];

/** A score at a visit near the score after the procedure, on the measure's scale, sometimes not recorded. */
function visitScore(draw: Draw, measure: MeasureJson, after: number): number | null {
  const [min, max] = measure.range;
  const step = Math.max(1, Math.round((max - min) / 10));
  const score = Math.min(max, Math.max(min, after - draw.int(-1, 2) * step));
  return draw.chance(0.04) ? null : score;
}

function visitsOf(draw: Draw, frame: PatientFrame, proc: ProcedureJson, start: number, until: number, seen: number[]): Record<string, VisitJson> {
  const visits: Record<string, VisitJson> = {};
  for (const v of VISITS) {
    const day = start + v.day + draw.int(-v.window, v.window);
    if (day > until || !draw.chance(0.85)) continue;
    seen.push(day);
    const scores: Record<string, number | null> = {};
    for (const [name, s] of Object.entries(proc.outcomes)) {
      const measure = frame.measures.find((m) => m.name === name)!;
      scores[name] = visitScore(draw, measure, s.after ?? s.before ?? measure.range[0]);
    }
    visits[v.id] = draw.chance(0.9) ? { date: frame.date(day), scores } : { scores };
  }
  return visits;
}

function complicationsIn(draw: Draw, frame: PatientFrame, start: number, treated: readonly string[]): ComplicationJson[] {
  const out: ComplicationJson[] = [];
  if (draw.chance(0.3)) {
    out.push({
      kind: "leak",
      ...(draw.chance(0.1) && { date: frame.date(start + draw.int(0, 1)) }),
      ...(draw.chance(0.9) && { levels: [draw.pick(treated)] }),
      ...(draw.chance(0.05) && { symptomatic: true }),
      ...(draw.chance(0.4) && { text: draw.pick(LEAKS) }),
    });
  }
  if (draw.chance(0.02)) out.push({ kind: "radicular", symptomatic: true, text: "transient, resolved in days" });
  return out;
}

/** The patient with visits, complications and follow-up added, drawn from `draw`. */
export function followUpOf(draw: Draw, patient: PatientJson, frame: PatientFrame): PatientJson {
  const last = frame.repeat ?? frame.first;
  const roll = draw.int(0, 99);
  const status = roll < 4 ? "died" : roll < 11 ? "lost" : roll < 93 ? "completed" : undefined;
  const stopped = status === "died" || status === "lost" ? last + draw.int(20, 330) : Infinity;
  const seen: number[] = [];
  const procedures = patient.procedures.map((proc, i): ProcedureJson => {
    const start = i === 0 ? frame.first : frame.repeat!;
    // The initial procedure's visits end with the recurrence that led to the repeat.
    const until = i === 0 && frame.recurrence !== undefined ? frame.recurrence - 1 : stopped;
    const complications = complicationsIn(draw, frame, start, frame.treated[i]!);
    const visits = visitsOf(draw, frame, proc, start, until, seen);
    return {
      ...proc,
      ...(complications.length > 0 && { complications }),
      ...(Object.keys(visits).length > 0 && { visits }),
    };
  });
  const complications: ComplicationJson[] = [];
  if (draw.chance(0.08)) {
    const day = draw.int(frame.first + 14, Math.min(stopped, last + 365));
    seen.push(day);
    complications.push({
      kind: "fracture",
      date: frame.date(day),
      levels: [draw.pick(SPINE)],
      ...(draw.chance(0.6) && { symptomatic: true }),
      ...(draw.chance(0.3) && { text: "adjacent level" }),
    });
  }
  const end = status === "completed" ? Math.max(last + 365, ...seen) + draw.int(0, 30) : stopped;
  return {
    ...patient,
    procedures,
    ...(complications.length > 0 && { complications }),
    ...(status !== undefined && { followup: { until: frame.date(end), ...(status !== "completed" && { status }) } }),
  };
}
