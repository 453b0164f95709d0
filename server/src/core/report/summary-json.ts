/**
 * The machine-readable summary of spec §6 and §9.5 (`vcase summary --format json`).
 * The v2 fields sit where §9.5 shows them: `baseline` and `visits` before
 * `intervals`, `recurrenceAfterInitialDays` last in `intervals`, `tTest` and then
 * `visits` after `wilcoxon` in a ROLE, `complications` and `followup` after
 * `measures`. A file without version-2 items has `visits: {}` (top level and in
 * every ROLE), `complications: {}`, and a `followup` over its patients with a
 * procedure, recorded for none of them: the figures of such a file, not missing ones.
 *
 * Objects are built key by key in the order spec §6 gives, so `JSON.stringify`
 * prints them in that order whatever order the figures were computed in.
 * `study` is always an object; a field the file does not give is `null` (the
 * first `reference` / `design` when given more than once). Numbers are not rounded.
 */
import type { CohortModel } from "../model/cohort-model";
import type { TTestResult } from "../stats/types";
import type {
  BaselineFigures, Stats, RoleFigures, RoleJson, MeasureJson, SummaryJson, CohortFigures, CountOf,
  VisitRoleJson, VisitJson, VisitDecl, ComplicationFigures, FollowUpFigures,
} from "../cohort/types";

function stats(s: Stats): Stats {
  return { n: s.n, mean: s.mean, sd: s.sd, median: s.median, q1: s.q1, q3: s.q3, min: s.min, max: s.max };
}

function countOf(c: CountOf): CountOf {
  return { count: c.count, n: c.n };
}

function tTest(t: TTestResult): TTestResult {
  return { t: t.t, df: t.df, p: t.p, meanImprovement: t.meanImprovement, ci95: [t.ci95[0], t.ci95[1]] };
}

/** Sets `key` of a record read from the file: an id may be `__proto__`, which assignment would not set. */
function setKey<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function role(r: RoleFigures, visits: ReadonlyMap<string, RoleFigures>): RoleJson {
  const byVisit: Record<string, VisitRoleJson> = {};
  for (const [id, v] of visits) setKey(byVisit, id, visitRole(v));
  return { ...visitRole(r), visits: byVisit };
}

/** A ROLE without `visits`: the ROLE at one visit, and the start of every ROLE. */
function visitRole(r: RoleFigures): VisitRoleJson {
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

/** Spec §9.5 top-level `visits`: id → `{ label, day, window }`. */
export function visitsJson(visits: readonly VisitDecl[]): Record<string, VisitJson> {
  const out: Record<string, VisitJson> = {};
  for (const v of visits) setKey(out, v.id, { label: v.label, day: v.day, window: v.window });
  return out;
}

/** Spec §9.4 `COMPLICATION`, key by key in the spec's order. */
export function complicationJson(c: ComplicationFigures): ComplicationFigures {
  return {
    label: c.label,
    events: c.events,
    patients: countOf(c.patients),
    procedures: { initial: countOf(c.procedures.initial), repeat: countOf(c.procedures.repeat) },
    levels: countOf(c.levels),
    symptomatic: c.symptomatic,
    daysAfterProcedure: stats(c.daysAfterProcedure),
  };
}

/** Spec §9.4 `FOLLOWUP`, key by key in the spec's order. */
export function followUpJson(f: FollowUpFigures): FollowUpFigures {
  return { n: f.n, recorded: countOf(f.recorded), days: stats(f.days), completed: f.completed, lost: f.lost, died: f.died };
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
      initial: role(m.initial, m.visits.initial),
      repeat: role(m.repeat, m.visits.repeat),
    };
    setKey(measures, name, value);
  }
  const complications: Record<string, ComplicationFigures> = {};
  for (const [kind, c] of figures.complications) setKey(complications, kind, complicationJson(c));
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
    visits: visitsJson(figures.visits),
    intervals: {
      recurrenceDays: stats(figures.intervals.recurrenceDays),
      repeatDays: stats(figures.intervals.repeatDays),
      recurrenceAfterInitialDays: stats(figures.intervals.recurrenceAfterInitialDays),
    },
    measures,
    complications,
    followup: followUpJson(figures.followup),
    diagnostics: { errors, warnings },
  };
}
