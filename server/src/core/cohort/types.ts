/**
 * The cohort figures of spec §5 and §9.4 and the JSON summary of spec §6 and
 * §9.5, as types.
 *
 * `CohortFigures` is what `computeCohort` returns; `SummaryJson` is its
 * machine-readable form (`vcase summary --format json`). The hover, the tables
 * and the command line all read these types, so every output agrees on what a
 * figure is. Numbers are never rounded here; readers round for display.
 */
import type { MeasureDef } from "../model/cohort-model";
import type { Direction } from "../syntax/ast";
import type { DescriptiveStats, TTestResult, WilcoxonResult } from "../stats/types";

export type { Role } from "../model/cohort-model";

/** `{ n, mean, sd, median, q1, q3, min, max }` — every figure but `n` null when n = 0. */
export type Stats = DescriptiveStats;

/** `count` of `n`, e.g. 5 of 6 responders. */
export interface CountOf {
  readonly count: number;
  readonly n: number;
}

/** Spec §6 `ROLE`: one measure over the procedures of one role with both scores present. */
export interface RoleFigures {
  readonly n: number;
  readonly pre: Stats;
  readonly post: Stats;
  /** Direction-aware: positive = better. */
  readonly improvement: Stats;
  /** `null` when the measure declares no `responder` threshold. */
  readonly responders: CountOf | null;
  /** Before worse than the best score of the scale. */
  readonly impaired: CountOf;
  readonly improvedAmongImpaired: CountOf;
  readonly improvementAmongImpaired: Stats;
  readonly postAmongImpaired: Stats;
  /** `null` when no non-zero before − after difference remains. */
  readonly wilcoxon: WilcoxonResult | null;
  /** Spec §9.4: the paired t-test of the improvements; `null` when n < 2 or every improvement is the same. */
  readonly tTest: TTestResult | null;
}

export interface IntervalFigures {
  /** Days from a repeated procedure P to the first recurrence after it (spec §5). */
  readonly recurrenceDays: Stats;
  /** Days from a repeated procedure P to its repeat R. */
  readonly repeatDays: Stats;
  /** Days from an initial procedure P to the first recurrence after it, repeat or not (spec §9.4). */
  readonly recurrenceAfterInitialDays: Stats;
}

/** Spec §9.2 `visit`: a follow-up time point of the study's schedule (a label defaults to the id, a window to 0). */
export interface VisitDecl {
  readonly id: string;
  readonly label: string;
  /** Nominal days after the procedure. */
  readonly day: number;
  /** Allowed distance from `day`; 0 accepts any day. */
  readonly window: number;
}

/**
 * Spec §9.4: one measure's ROLE at each declared visit, for each role: the score
 * at the visit in place of the score after. Every declared visit, in declaration
 * order, n = 0 where nothing was recorded; empty when the study declares none.
 */
export interface VisitRoles {
  readonly initial: ReadonlyMap<string, RoleFigures>;
  readonly repeat: ReadonlyMap<string, RoleFigures>;
}

export interface MeasureFigures {
  readonly def: MeasureDef;
  readonly initial: RoleFigures;
  readonly repeat: RoleFigures;
  readonly visits: VisitRoles;
}

/** Spec §9.4: one declared complication kind over the cohort (counting rules: complications.ts). */
export interface ComplicationFigures {
  readonly label: string;
  /** Every occurrence, in procedures and in patients. */
  readonly events: number;
  /** Patients with at least one occurrence, of the patients with at least one procedure. */
  readonly patients: CountOf;
  /** Procedures of each role with at least one occurrence recorded in them, of the procedures of that role. */
  readonly procedures: { readonly initial: CountOf; readonly repeat: CountOf };
  /** Distinct (procedure, level) pairs named by occurrences in that procedure, of the pairs treated. */
  readonly levels: CountOf;
  /** Occurrences marked `symptomatic`. */
  readonly symptomatic: number;
  /** Days from the patient's latest procedure on or before each patient-level occurrence. */
  readonly daysAfterProcedure: Stats;
}

/** Spec §9.4 `followup`, over the patients with at least one procedure (rules: follow-up.ts). */
export interface FollowUpFigures {
  readonly n: number;
  /** Patients with a `followup until` line. */
  readonly recorded: CountOf;
  /** Days from the patient's earliest-dated procedure to `followup until`. */
  readonly days: Stats;
  /** Of the patients with a `followup` line: neither `lost` nor `died`. */
  readonly completed: number;
  readonly lost: number;
  readonly died: number;
}

export interface ProcedureCounts {
  readonly total: number;
  readonly initial: number;
  readonly repeat: number;
}

/** Spec §9.4 `baseline.sex`: patients by sex; `missing` when none (or no valid one) is given. */
export interface SexCounts {
  readonly female: number;
  readonly male: number;
  readonly other: number;
  readonly unknown: number;
  readonly missing: number;
}

/** Spec §9.4 `baseline`: the cohort's description ("Table 1"), over every patient. */
export interface BaselineFigures {
  readonly patients: number;
  readonly age: Stats;
  readonly sex: SexCounts;
  /** By count, highest first, then by name. */
  readonly etiology: readonly { readonly name: string; readonly count: number }[];
  readonly proceduresPerPatient: Stats;
  readonly levels: {
    /** Distinct vertebrae of each procedure, summed over the procedures. */
    readonly treated: number;
    readonly perProcedure: Stats;
    readonly byRegion: { readonly cervical: number; readonly thoracic: number; readonly lumbar: number; readonly sacral: number };
    /** Only levels treated, in the spine's order ("T12": 3). */
    readonly byLevel: Readonly<Record<string, number>>;
  };
  /** ml per procedure, by role. */
  readonly cement: { readonly initial: Stats; readonly repeat: Stats };
  /** YYYY-MM-DD; `null` when no procedure has a calendar date. */
  readonly period: { readonly first: string; readonly last: string } | null;
}

export interface CohortFigures {
  readonly patients: number;
  readonly procedures: ProcedureCounts;
  readonly intervals: IntervalFigures;
  readonly baseline: BaselineFigures;
  /** In declaration order; only measures with a valid range (see figures.ts). */
  readonly measures: ReadonlyMap<string, MeasureFigures>;
  /** The study's visits, in declaration order (a visit declared twice: its first declaration). */
  readonly visits: readonly VisitDecl[];
  /** By declared kind, in declaration order. */
  readonly complications: ReadonlyMap<string, ComplicationFigures>;
  readonly followup: FollowUpFigures;
}

// ---- Spec §6: the JSON summary ------------------------------------------------

export type StatsJson = Stats;
/** Spec §6 keeps the test's statistic, p and whether it is exact. */
export type WilcoxonJson = Pick<WilcoxonResult, "statistic" | "p" | "exact">;
/** A ROLE at one visit (spec §9.4): a ROLE without `visits` of its own. */
export type VisitRoleJson = Omit<RoleFigures, "wilcoxon"> & { readonly wilcoxon: WilcoxonJson | null };
/** Spec §6 `ROLE`, with §9.5's `visits`: visit id → its ROLE. */
export type RoleJson = VisitRoleJson & { readonly visits: Readonly<Record<string, VisitRoleJson>> };
/** Spec §9.5 top-level `visits`: visit id → its declaration. */
export type VisitJson = Omit<VisitDecl, "id">;

export interface StudyJson {
  readonly title: string | null;
  readonly reference: string | null;
  readonly design: string | null;
}

export interface MeasureJson {
  readonly label: string;
  readonly range: readonly [number, number];
  readonly better: Direction;
  readonly responderThreshold: number | null;
  readonly initial: RoleJson;
  readonly repeat: RoleJson;
}

export interface SummaryJson {
  readonly file: string;
  readonly study: StudyJson;
  readonly patients: number;
  readonly procedures: ProcedureCounts;
  readonly baseline: BaselineFigures;
  readonly visits: Readonly<Record<string, VisitJson>>;
  readonly intervals: IntervalFigures;
  readonly measures: Readonly<Record<string, MeasureJson>>;
  readonly complications: Readonly<Record<string, ComplicationFigures>>;
  readonly followup: FollowUpFigures;
  readonly diagnostics: { readonly errors: number; readonly warnings: number };
}
