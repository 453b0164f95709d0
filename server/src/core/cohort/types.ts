/**
 * The cohort figures of spec §5 and the JSON summary of spec §6, as types.
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

export interface MeasureFigures {
  readonly def: MeasureDef;
  readonly initial: RoleFigures;
  readonly repeat: RoleFigures;
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
}

// ---- Spec §6: the JSON summary ------------------------------------------------

export type StatsJson = Stats;
/** Spec §6 keeps the test's statistic, p and whether it is exact. */
export type WilcoxonJson = Pick<WilcoxonResult, "statistic" | "p" | "exact">;
export type RoleJson = Omit<RoleFigures, "wilcoxon"> & { readonly wilcoxon: WilcoxonJson | null };

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
  readonly intervals: IntervalFigures;
  readonly measures: Readonly<Record<string, MeasureJson>>;
  readonly diagnostics: { readonly errors: number; readonly warnings: number };
}
