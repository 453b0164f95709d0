/**
 * The cohort figures of spec §5: counts, intervals and per-measure figures.
 *
 * Decisions where the spec is silent (details in the files named):
 * - `patients` counts patient blocks, `procedures` counts procedure blocks, as
 *   written (a duplicate id, VC401, is still a block). A procedure's role is
 *   `repeat` whenever it says `repeats`, even if the target is unknown (VC402).
 * - Out-of-range scores count as not recorded; a measure given twice in one
 *   procedure uses its first outcome (scores.ts).
 * - Measures with an invalid range (VC501) are omitted from the figures and the
 *   JSON; a measure declared twice keeps its first declaration (scores.ts).
 * - Interval rules: strictly after P, unknown days skipped (intervals.ts).
 */
import type { CohortModel } from "../model/cohort-model";
import { describe } from "../stats/descriptive";
import { repeatIntervals } from "./intervals";
import { measureFigures } from "./measure-figures";
import { reportedMeasures } from "./scores";
import type { CohortFigures, MeasureFigures } from "./types";

export function computeCohort(model: CohortModel): CohortFigures {
  let initial = 0;
  let repeat = 0;
  const recurrenceDays: number[] = [];
  const repeatDays: number[] = [];
  for (const patient of model.patients) {
    for (const proc of patient.procedures) {
      if (proc.role === "initial") initial++;
      else repeat++;
    }
    for (const interval of repeatIntervals(patient)) {
      if (interval.repeatDays !== null) repeatDays.push(interval.repeatDays);
      if (interval.recurrenceDays !== null) recurrenceDays.push(interval.recurrenceDays);
    }
  }
  const measures = new Map<string, MeasureFigures>();
  for (const def of reportedMeasures(model)) measures.set(def.name, measureFigures(model, def));
  return {
    patients: model.patients.length,
    procedures: { total: initial + repeat, initial, repeat },
    intervals: { recurrenceDays: describe(recurrenceDays), repeatDays: describe(repeatDays) },
    measures,
  };
}
