/**
 * What the cohort chart shows, as data: for each measure and role, the course of
 * every procedure over the time points — before, after, then each declared visit
 * in declaration order (language v2) — the mean at each point, and which
 * procedures share one course exactly.
 *
 * - A course is drawn when at least two of its time points are recorded (with
 *   before and after only: both); a score not recorded is `null` in it, a gap
 *   the chart bridges with a dotted line, never a score. A course with a single
 *   score recorded is counted in `incomplete` and not drawn.
 * - The means are the figures' own, never recomputed: before is the ROLE's
 *   `pre.mean`, after its `post.mean`, a visit the `post.mean` of its visit
 *   ROLE; each over its own n (`meanNs`), `null` where nothing was recorded.
 * - Courses with exactly the same scores are one `SharedCourse`, so the chart
 *   can draw the line once and say how many it stands for.
 */
import type { PatientRow } from "../cohort/patient-rows";
import type { CohortFigures, Role } from "../cohort/types";
import type { Direction } from "../syntax/ast";

export interface TimePoint {
  /** `before`, `after`, later a visit id. */
  readonly id: string;
  /** What the axis says: "Before", "After", later a visit's label. */
  readonly label: string;
}

export interface Course {
  readonly patient: string | null;
  readonly procedure: string | null;
  /** One score per time point, in the order of `ChartSpec.points`; `null` where not recorded. */
  readonly scores: readonly (number | null)[];
}

/** Courses with the same scores at every time point: drawn as one line. */
export interface SharedCourse {
  readonly scores: readonly (number | null)[];
  readonly courses: readonly Course[];
}

export interface ChartSpec {
  readonly measure: string;
  readonly label: string;
  readonly role: Role;
  readonly min: number;
  readonly max: number;
  readonly better: Direction;
  readonly points: readonly TimePoint[];
  /** Every procedure of the role with at least two points recorded, in file order. */
  readonly courses: readonly Course[];
  /** The mean at each time point, from the figures; `null` when nothing to average. */
  readonly means: readonly (number | null)[];
  /** How many scores each mean is over; when absent, every mean is over the courses drawn. */
  readonly meanNs?: readonly number[];
  /** Procedures recording the measure with a single point recorded: not drawn. */
  readonly incomplete: number;
}

export const BEFORE_AFTER: readonly TimePoint[] = [
  { id: "before", label: "Before" },
  { id: "after", label: "After" },
];

const ROLES: readonly Role[] = ["initial", "repeat"];

/** Before, after, then each declared visit labelled as declared. */
export function timePoints(figures: Pick<CohortFigures, "visits">): TimePoint[] {
  return [...BEFORE_AFTER, ...figures.visits.map((v) => ({ id: v.id, label: v.label }))];
}

export function chartSpecs(rows: readonly PatientRow[], figures: CohortFigures): ChartSpec[] {
  const points = timePoints(figures);
  const visits = figures.visits.map((v) => v.id);
  return [...figures.measures.values()].flatMap((m) =>
    ROLES.map((role): ChartSpec => {
      const courses: Course[] = [];
      let incomplete = 0;
      for (const row of rows) {
        for (const e of row.scores.get(m.def.name)?.[role] ?? []) {
          const scores = [e.before, e.after, ...visits.map((id) => e.visits?.get(id) ?? null)];
          const recorded = scores.filter((s) => s !== null).length;
          if (recorded >= 2) courses.push({ patient: row.id, procedure: e.procedure, scores });
          else if (recorded === 1) incomplete++;
        }
      }
      const r = m[role];
      const atVisits = visits.map((id) => m.visits[role].get(id));
      const meanNs = [r.pre.n, r.post.n, ...atVisits.map((v) => v?.post.n ?? 0)];
      return {
        measure: m.def.name,
        label: m.def.label,
        role,
        min: m.def.min,
        max: m.def.max,
        better: m.def.better,
        points,
        courses,
        means: [r.pre.mean, r.post.mean, ...atVisits.map((v) => v?.post.mean ?? null)],
        ...(visits.length > 0 && { meanNs }),
        incomplete,
      };
    }),
  );
}

/** The courses grouped by identical scores, in the order each course first appears. */
export function sharedCourses(courses: readonly Course[]): SharedCourse[] {
  const byScores = new Map<string, { scores: readonly (number | null)[]; courses: Course[] }>();
  for (const c of courses) {
    const key = c.scores.map((v) => (v === null ? "?" : String(v))).join("|");
    const entry = byScores.get(key);
    if (entry === undefined) byScores.set(key, { scores: c.scores, courses: [c] });
    else entry.courses.push(c);
  }
  return [...byScores.values()];
}

/** "3 patients", or "3 procedures" when one patient has two of them on this line. */
export function shareLabel(shared: SharedCourse): string {
  const k = shared.courses.length;
  const patients = new Set(shared.courses.map((c) => c.patient)).size;
  return patients === k ? `${k} patients` : `${k} procedures`;
}

/** "P1 (PV2)". */
export function courseName(c: Course): string {
  return `${c.patient ?? "?"}${c.procedure !== null ? ` (${c.procedure})` : ""}`;
}

export function roleTitle(role: Role): string {
  return role === "initial" ? "Initial procedures" : "Repeat procedures";
}

/** "Pain (11-point scale), 0–10": the measure and its scale, for the vertical axis. */
export function axisTitle(spec: Pick<ChartSpec, "label" | "min" | "max">): string {
  return `${spec.label}, ${spec.min}–${spec.max}`;
}

/** "Lower scores are better." */
export function betterText(better: Direction): string {
  return `${better === "lower" ? "Lower" : "Higher"} scores are better.`;
}
