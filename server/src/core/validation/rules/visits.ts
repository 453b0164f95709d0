/**
 * Visits (spec §9.3): VC705 a visit declared twice, or with a negative `day` or
 * `window`; VC701 a visit block naming an undeclared visit (with the closest
 * declared id, also in `data.suggestion` for the quick fix); VC702 the same visit
 * twice in one procedure; VC704 a visit dated on or before its procedure, else
 * VC703 outside its window (only when `window` > 0). The v1 score codes apply in
 * a visit block as to outcomes: VC101, VC102, VC103, and VC104 a measure twice in
 * one visit. Like VC102, VC701 and VC102 keep quiet without a study header or
 * while the header has a syntax error. A duplicate is reported on the second one.
 */
import type { MeasureDef, ProcedureInfo } from "../../model/cohort-model";
import { dayOf, mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { Study, Visit, VisitDecl, VisitScore, Word } from "../../syntax/ast";
import { diagnostic, wordedWhenRead } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { dateText, headerRegion, lineOf, listWords, procedureName, syntaxErrorWithin } from "./common";
import { patientKind } from "./item-dates";
import { closestName, undeclaredMeasureFinding } from "./measure-names";

/** A declared visit's day and window, read once from its declaration rather than at every visit block. */
interface Scheduled {
  readonly nominal: number | undefined;
  readonly window: number;
}

/** Its state: the declared visits by id (first declaration) and the declared measures, or undefined when names are not checked; whether any item is written. */
interface Declared {
  readonly visits: ReadonlyMap<string, Scheduled> | undefined;
  readonly measures: readonly string[] | undefined;
  readonly items: boolean;
}

function checkDeclarations(study: Study, context: RuleContext): Map<string, VisitDecl> {
  const byId = new Map<string, VisitDecl>();
  for (const v of study.visits) {
    for (const [what, value] of [["day", v.day], ["window", v.window]] as const) {
      if (value !== undefined && value.value < 0) {
        context.report(diagnostic("VC705", value, `A visit's ${what} cannot be negative (got ${value.text}); write the days after the procedure, 0 or more`));
      }
    }
    if (v.id === undefined) continue;
    const earlier = byId.get(v.id.text);
    if (earlier === undefined) byId.set(v.id.text, v);
    else context.report(diagnostic("VC705", v.id, `The visit '${v.id.text}' is already declared on line ${lineOf(context, earlier)}; declare each visit once, or give this one another id`));
  }
  return byId;
}

function undeclared(context: RuleContext, id: Word, declared: ReadonlyMap<string, Scheduled>): void {
  const written = id.text;
  const names = [...declared.keys()];
  const suggestion = closestName(written, names);
  const message =
    suggestion !== undefined
      ? `No visit named '${written}' is declared; did you mean '${suggestion}'?`
      : names.length === 0
        ? `No visit named '${written}' is declared; declare it in the study header first, e.g. visit ${written} "6 weeks" day 42`
        : `No visit named '${written}' is declared; the study declares ${listWords(names.map((n) => `'${n}'`))}`;
  context.report(diagnostic("VC701", id, message, suggestion !== undefined ? { suggestion } : undefined));
}

function checkDate(context: RuleContext, visit: Visit, id: string, { nominal, window }: Scheduled, procedure: ProcedureInfo, kind: DateKindName | undefined): void {
  const date = visit.date;
  const day = dayOf(date, kind);
  if (date === undefined || day === undefined || procedure.day === undefined) return;
  const after = day - procedure.day;
  const name = procedureName(context, procedure);
  if (after <= 0) {
    const when = after === 0 ? "on the same day as" : "before";
    context.report(diagnostic("VC704", date, `The visit ${id} on ${dateText(date)} is ${when} ${name} (${dateText(procedure.node.date!)}); a follow-up visit comes after its procedure`));
    return;
  }
  if (nominal === undefined || nominal < 0 || window <= 0 || Math.abs(after - nominal) <= window) return;
  context.report(
    diagnostic(
      "VC703",
      date,
      `The visit ${id} on ${dateText(date)} is ${after} days after ${name}, outside its window of day ${nominal} ± ${window}; ` +
        `check the date (the scores still count)`,
    ),
  );
}

/**
 * The first of the scores before index `before` that scores the measure `written`.
 * A visit scores two or three measures: a search costs less than a map made for
 * each visit (issue 34: the maps were 16% of the checks' time).
 */
function firstScoring(scores: readonly VisitScore[], before: number, written: string): VisitScore | undefined {
  for (let i = 0; i < before; i++) if (scores[i]!.measure?.text === written) return scores[i];
  return undefined;
}

/** The first of the visits before index `before` with the id `id` (a procedure has a handful: searched, as above). */
function firstWithId(visits: readonly Visit[], before: number, id: string): Visit | undefined {
  for (let i = 0; i < before; i++) if (visits[i]!.id?.text === id) return visits[i];
  return undefined;
}

/** What a VC103 message at a visit names. */
interface Unrecorded {
  readonly measure: string;
  readonly visit: string;
  readonly procedure: string;
}

/** Worded when read, as the outcomes' VC103 (rules/scores.ts): a registry export can leave thousands of visit scores unrecorded. */
function unrecordedMessage({ measure, visit, procedure }: Unrecorded): string {
  return `${measure} at visit ${visit} of ${procedure} is not recorded (?); this visit is left out of the ${measure} figures`;
}

function checkScores(context: RuleContext, visit: Visit, visitName: string, procedure: ProcedureInfo, measures: ReadonlyMap<string, MeasureDef>, names: readonly string[] | undefined): void {
  const scores = visit.scores;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    const measure = s.measure;
    if (measure === undefined) continue;
    const written = measure.text;
    const def = measures.get(written);
    if (def === undefined && names !== undefined) {
      context.report(undeclaredMeasureFinding(measure, written, names));
    }
    const earlier = firstScoring(scores, i, written);
    if (earlier !== undefined) {
      context.report(diagnostic("VC104", measure, `${written} is already scored at visit ${visitName} on line ${lineOf(context, earlier)}; a visit has one ${written} score`));
    }
    const score = s.score;
    if (score === undefined) continue;
    if (score.value === null) {
      context.report(wordedWhenRead("VC103", score, unrecordedMessage, { measure: written, visit: visitName, procedure: procedureName(context, procedure) }));
    } else if (def !== undefined && def.rangeValid && (score.value < def.min || score.value > def.max)) {
      const declared = def.node.name !== undefined ? ` (declared on line ${lineOf(context, def.node.name)})` : "";
      context.report(diagnostic("VC101", score, `${def.name} must be between ${def.min} and ${def.max}${declared}; got ${score.value}`));
    }
  }
}

export const visits: Rule<Declared> = {
  codes: ["VC701", "VC702", "VC703", "VC704", "VC705", "VC101", "VC102", "VC103", "VC104"],
  start(context) {
    const studies = context.model.studies;
    const declared = new Map<string, Scheduled>();
    for (const s of studies) {
      for (const [id, v] of checkDeclarations(s, context)) if (!declared.has(id)) declared.set(id, { nominal: v.day?.value, window: v.window?.value ?? 0 });
    }
    const quiet = studies.length === 0 || studies.some((s) => syntaxErrorWithin(context, headerRegion(context, s)));
    return { visits: quiet ? undefined : declared, measures: quiet ? undefined : [...context.model.measures.keys()], items: mayHaveV2Items(context.model) };
  },
  procedure(procedure, patient, context, state) {
    if (!state.items) return;
    const list = procedure.node.visits;
    if (list.length === 0) return;
    const kind = patientKind(context.model.tree, patient);
    for (let i = 0; i < list.length; i++) {
      const visit = list[i]!;
      const idWord = visit.id;
      checkScores(context, visit, idWord?.text ?? "this visit", procedure, context.model.measures, state.measures);
      if (idWord === undefined) continue;
      const id = idWord.text;
      const earlier = firstWithId(list, i, id);
      if (earlier !== undefined) {
        context.report(diagnostic("VC702", idWord, `The visit ${id} is already recorded for ${procedureName(context, procedure)} on line ${lineOf(context, earlier)}; put all its scores in one block`));
        continue;
      }
      const decl = state.visits?.get(id);
      if (state.visits !== undefined && decl === undefined) undeclared(context, idWord, state.visits);
      if (decl !== undefined) checkDate(context, visit, id, decl, procedure, kind);
    }
  },
};
