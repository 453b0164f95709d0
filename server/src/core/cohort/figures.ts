/**
 * The cohort figures of spec §5 and §9.4: counts, intervals, per-measure figures
 * and the cohort's description (baseline.ts).
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
 * - Visits, complications and follow-up: v2-figures.ts and the files it names.
 */
import type { CohortModel } from "../model/cohort-model";
import { itemCursor, rowsOf, type ItemCursor } from "../model/item-cursor";
import { recurrenceRows } from "../syntax/tree/item-rows";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import { describe } from "../stats/descriptive";
import { computeBaseline } from "./baseline";
import { addPairs, emptyPairs, type MeasurePairs } from "./complete-pairs";
import { recurrenceAfterInitialDays, repeatInterval } from "./intervals";
import { measureFigures } from "./measure-figures";
import { reportedMeasures } from "./scores";
import type { CohortFigures, MeasureFigures } from "./types";
import { v2Figures, withoutV2Items, type CohortV2Input } from "./v2-figures";
import { NO_VISIT_ROLES } from "./visit-roles";

interface ProcedureWalk {
  readonly initial: number;
  readonly repeat: number;
  readonly recurrenceDays: number[];
  readonly repeatDays: number[];
  readonly recurrenceAfterInitialDays: number[];
  readonly pairs: MeasurePairs[];
}

/**
 * Whether patient row `p` has an interval to compute: a recurrence, or a procedure
 * that says `repeats`. If it has neither, every procedure is initial and no
 * interval starts or ends there.
 */
function hasInterval(tree: SyntaxTree, p: number, recurrences: ItemCursor): boolean {
  rowsOf(recurrences, p);
  if (recurrences.end > recurrences.first) return true;
  const firstProcedure = tree.patients.firstProcedure(p);
  const end = firstProcedure + tree.patients.procedureCount(p);
  for (let row = firstProcedure; row < end; row++) if (tree.procedures.repeats(row) >= 0) return true;
  return false;
}

/**
 * One pass over every procedure: the counts, the intervals of each repeat, the
 * complete pairs of each measure. A patient with no repeat and no recurrence has
 * only initial procedures and no interval, and its scores are read from the syntax
 * tree's rows; only a patient with a repeat or a recurrence is linked, for its
 * intervals.
 */
function walkProcedures(model: CohortModel): ProcedureWalk {
  let initial = 0;
  let repeat = 0;
  const recurrenceDays: number[] = [];
  const repeatDays: number[] = [];
  const afterInitialDays: number[] = [];
  const pairs = emptyPairs(reportedMeasures(model));
  const tree = model.tree;
  const recurrences = itemCursor(recurrenceRows(tree));
  for (let p = 0; p < model.patientCount; p++) {
    if (!hasInterval(tree, p, recurrences)) {
      const first = tree.patients.firstProcedure(p);
      const end = first + tree.patients.procedureCount(p);
      for (let row = first; row < end; row++) {
        addPairs(pairs, tree, row, "initial", initial + repeat);
        initial++;
      }
      continue;
    }
    const patient = model.patientAt(p);
    for (let i = 0; i < patient.procedures.length; i++) {
      const proc = patient.procedures[i]!;
      addPairs(pairs, tree, proc.row, proc.role, initial + repeat);
      if (proc.role === "initial") {
        initial++;
        const days = recurrenceAfterInitialDays(patient, proc);
        if (days !== null) afterInitialDays.push(days);
        continue;
      }
      repeat++;
      const interval = repeatInterval(patient, proc);
      if (interval.repeatDays !== null) repeatDays.push(interval.repeatDays);
      if (interval.recurrenceDays !== null) recurrenceDays.push(interval.recurrenceDays);
    }
  }
  return { initial, repeat, recurrenceDays, repeatDays, recurrenceAfterInitialDays: afterInitialDays, pairs };
}

/** How many procedures each patient block has, in order. */
function* procedureCounts(model: CohortModel): Generator<number> {
  for (let p = 0; p < model.patientCount; p++) yield model.tree.patients.procedureCount(p);
}

/**
 * `text`: the text the model was read from (the cohort's description reads quoted
 * etiologies from it). `v2`: the version-2 items as the linked model reads them
 * (v2-figures.ts); without it, the cohort has none.
 */
export function computeCohort(model: CohortModel, text: string, v2?: CohortV2Input): CohortFigures {
  const walk = walkProcedures(model);
  const { initial, repeat, pairs } = walk;
  const later = v2Figures(v2 ?? withoutV2Items(procedureCounts(model)), pairs.map((m) => m.def));
  const measures = new Map<string, MeasureFigures>();
  for (const measure of pairs) measures.set(measure.def.name, measureFigures(measure, later.visitRoles.get(measure.def.name) ?? NO_VISIT_ROLES));
  return {
    patients: model.patientCount,
    procedures: { total: initial + repeat, initial, repeat },
    intervals: {
      recurrenceDays: describe(walk.recurrenceDays),
      repeatDays: describe(walk.repeatDays),
      recurrenceAfterInitialDays: describe(walk.recurrenceAfterInitialDays),
    },
    baseline: computeBaseline(model, text),
    measures,
    visits: later.visits,
    complications: later.complications,
    followup: later.followup,
  };
}
