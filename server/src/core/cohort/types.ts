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
import type { DescriptiveStats, WilcoxonResult } from "../stats/types";

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
}

export interface IntervalFigures {
  /** Days from a repeated procedure P to the first recurrence after it (spec §5). */
  readonly recurrenceDays: Stats;
  /** Days from a repeated procedure P to its repeat R. */
  readonly repeatDays: Stats;
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

export interface CohortFigures {
  readonly patients: number;
  readonly procedures: ProcedureCounts;
  readonly intervals: IntervalFigures;
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
  readonly intervals: IntervalFigures;
  readonly measures: Readonly<Record<string, MeasureJson>>;
  readonly diagnostics: { readonly errors: number; readonly warnings: number };
}
