/**
 * The machine-readable summary of spec §6 and §9.5 (`vcase summary --format json`).
 * The v2 fields sit where §9.5 shows them: `baseline` before `intervals`,
 * `recurrenceAfterInitialDays` last in `intervals`, `tTest` after `wilcoxon`.
 *
 * Objects are built key by key in the order spec §6 gives, so `JSON.stringify`
 * prints them in that order whatever order the figures were computed in.
 * `study` is always an object; a field the file does not give is `null` (the
 * first `reference` / `design` when given more than once). Numbers are not rounded.
 */
import type { CohortModel } from "../model/cohort-model";
import type { TTestResult } from "../stats/types";
import type { BaselineFigures, Stats, RoleFigures, RoleJson, MeasureJson, SummaryJson, CohortFigures, CountOf } from "../cohort/types";

function stats(s: Stats): Stats {
  return { n: s.n, mean: s.mean, sd: s.sd, median: s.median, q1: s.q1, q3: s.q3, min: s.min, max: s.max };
}

function countOf(c: CountOf): CountOf {
  return { count: c.count, n: c.n };
}

function tTest(t: TTestResult): TTestResult {
  return { t: t.t, df: t.df, p: t.p, meanImprovement: t.meanImprovement, ci95: [t.ci95[0], t.ci95[1]] };
}

function role(r: RoleFigures): RoleJson {
  return {
    n: r.n,
    pre: stats(r.pre),
    post: stats(r.post),
    improvement: stats(r.improvement),
    responders: r.responders === null ? null : countOf(r.responders),
    impaired: countOf(r.impaired),
    improvedAmongImpaired: countOf(r.improvedAmongImpaired),
    improvementAmongImpaired: stats(r.improvementAmongImpaired),
    postAmongImpaired: stats(r.postAmongImpaired),
    wilcoxon: r.wilcoxon === null ? null : { statistic: r.wilcoxon.statistic, p: r.wilcoxon.p, exact: r.wilcoxon.exact },
    tTest: r.tTest === null ? null : tTest(r.tTest),
  };
}

/** Spec §9.4 `baseline`, key by key in the spec's order. */
function baseline(b: BaselineFigures): BaselineFigures {
  const { female, male, other, unknown, missing } = b.sex;
  const { cervical, thoracic, lumbar, sacral } = b.levels.byRegion;
  const byLevel: Record<string, number> = {};
  for (const [level, count] of Object.entries(b.levels.byLevel)) byLevel[level] = count;
  return {
    patients: b.patients,
    age: stats(b.age),
    sex: { female, male, other, unknown, missing },
    etiology: b.etiology.map((e) => ({ name: e.name, count: e.count })),
    proceduresPerPatient: stats(b.proceduresPerPatient),
    levels: { treated: b.levels.treated, perProcedure: stats(b.levels.perProcedure), byRegion: { cervical, thoracic, lumbar, sacral }, byLevel },
    cement: { initial: stats(b.cement.initial), repeat: stats(b.cement.repeat) },
    period: b.period === null ? null : { first: b.period.first, last: b.period.last },
  };
}

export function summaryJson(input: {
  fileLabel: string;
  model: CohortModel;
  figures: CohortFigures;
  errors: number;
  warnings: number;
}): SummaryJson {
  const { fileLabel, model, figures, errors, warnings } = input;
  const study = model.study;
  const measures: Record<string, MeasureJson> = {};
  for (const [name, m] of figures.measures) {
    const value: MeasureJson = {
      label: m.def.label,
      range: [m.def.min, m.def.max],
      better: m.def.better,
      responderThreshold: m.def.responder,
      initial: role(m.initial),
      repeat: role(m.repeat),
    };
    // defineProperty, not assignment: a measure may be named `__proto__`.
    Object.defineProperty(measures, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return {
    file: fileLabel,
    study: {
      title: study?.title?.value ?? null,
      reference: study?.references[0]?.value ?? null,
      design: study?.designs[0]?.value ?? null,
    },
    patients: figures.patients,
    procedures: { total: figures.procedures.total, initial: figures.procedures.initial, repeat: figures.procedures.repeat },
    baseline: baseline(figures.baseline),
    intervals: {
      recurrenceDays: stats(figures.intervals.recurrenceDays),
      repeatDays: stats(figures.intervals.repeatDays),
      recurrenceAfterInitialDays: stats(figures.intervals.recurrenceAfterInitialDays),
    },
    measures,
    diagnostics: { errors, warnings },
  };
}
