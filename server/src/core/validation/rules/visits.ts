/**
 * Visits (spec §9.3): VC705 a visit declared twice (in any study header of the file, as VC501 for measures), or with a negative `day` or
 * `window`; VC701 a visit block naming an undeclared visit (with the closest
 * declared id, also in `data.suggestion` for the quick fix); VC702 the same visit
 * twice in one procedure; VC704 a visit dated on or before its procedure (declared
 * or not, and the second of two blocks as well: its date is wrong either way), else
 * VC703 outside its window (only when `window` > 0). The v1 score codes apply in
 * a visit block as to outcomes: VC101, VC102, VC103, and VC104 a measure twice in
 * one visit. Like VC102, VC701 and VC102 keep quiet without a study header or
 * while the header has a syntax error. A duplicate is reported on the second one.
 * The visit blocks and their scores are read as rows (item-rows.ts); a measure,
 * like a visit id, is the same word when its word number is.
 */
import type { MeasureDef, ProcedureInfo } from "../../model/cohort-model";
import { mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { Span, Study, VisitDecl } from "../../syntax/ast";
import type { ItemTable } from "../../syntax/tree/item-tables";
import { diagnostic, wordedWhenRead } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { dateText, firstOfEachName, headerRegion, lineOf, listWords, procedureName, syntaxErrorWithin } from "./common";
import { itemDay } from "../../model/item-dates";
import { itemCursor, rowsOf, type ItemCursor } from "../../model/item-cursor";
import { namedBy, namedWords, type NamedWords } from "../../model/named-words";
import { listCount, listFirst, SCORE, scoreSpan, scoreValue, VISIT, visitRows, visitScoreRows, wordSpan } from "../../syntax/tree/item-rows";
import { closestName, undeclaredMeasureFinding } from "./measure-names";

/** A declared visit's day and window, read once from its declaration rather than at every visit block. */
interface Scheduled {
  readonly nominal: number | undefined;
  readonly window: number;
}

/** An undeclared visit's schedule: no window to judge, but a date on or before its procedure is still VC704. */
const UNSCHEDULED: Scheduled = { nominal: undefined, window: 0 };

/** Its state: the declared visits by id (first declaration) and the declared measures, or undefined when names are not checked; whether any item is written; a cursor on the visit blocks. */
interface Declared {
  readonly visits: ReadonlyMap<string, Scheduled> | undefined;
  /** The same, by the word of a visit block's id. */
  readonly visitOf: NamedWords<Scheduled> | undefined;
  readonly measures: readonly string[] | undefined;
  readonly items: boolean;
  readonly blocks: ItemCursor;
  readonly measureOf: NamedWords<MeasureDef>;
}

/** The visits declared in the file's study headers, the first of each id: one declared again, in any header (as VC501 for measures), is VC705; so is a negative `day` or `window`. */
function checkDeclarations(context: RuleContext, studies: readonly Study[]): Map<string, VisitDecl> {
  const all = studies.flatMap((s) => s.visits);
  for (const v of all) {
    for (const [what, value] of [["day", v.day], ["window", v.window]] as const) {
      if (value !== undefined && value.value < 0) {
        const instead = what === "day" ? "write the days after the procedure, 0 or more" : `write how many days either side of day ${v.day?.text ?? "N"} are accepted, 0 or more (0 accepts any day)`;
        context.report(diagnostic("VC705", value, `A visit's ${what} cannot be negative (got ${value.text}); ${instead}`));
      }
    }
  }
  return firstOfEachName(all, (v) => v.id, (_, id, earlier) =>
    context.report(diagnostic("VC705", id, `The visit '${id.text}' is already declared on line ${lineOf(context, earlier)}; declare each visit once, or give this one another id`)),
  );
}

function undeclared(context: RuleContext, id: Span, written: string, declared: ReadonlyMap<string, Scheduled>): void {
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

function checkDate(context: RuleContext, visit: number, id: string, { nominal, window }: Scheduled, procedure: ProcedureInfo, kind: DateKindName | undefined): void {
  const tree = context.model.tree;
  const date = visitRows(tree).int(visit, VISIT.date);
  const day = itemDay(tree, date, kind);
  if (day === undefined || procedure.day === undefined) return;
  const after = day - procedure.day;
  if (after > 0 && (nominal === undefined || nominal < 0 || window <= 0 || Math.abs(after - nominal) <= window)) return;
  const written = context.model.nodes.date(date)!;
  const name = procedureName(context, procedure);
  if (after <= 0) {
    const when = after === 0 ? "on the same day as" : "before";
    context.report(diagnostic("VC704", written, `The visit ${id} on ${dateText(written)} is ${when} ${name} (${dateText(procedure.node.date!)}); a follow-up visit comes after its procedure`));
    return;
  }
  context.report(
    diagnostic(
      "VC703",
      written,
      `The visit ${id} on ${dateText(written)} is ${after} ${after === 1 ? "day" : "days"} after ${name}, outside its window of day ${nominal} ± ${window}; ` +
        `check the date (the scores still count)`,
    ),
  );
}

/**
 * The first of the rows from `first` up to `before` whose word at `column` is
 * `word`: the score of a visit's that scores the same measure, the visit of a
 * procedure's with the same id. A visit scores two or three measures, a procedure
 * has a handful of visits: a search costs less than a map made for each (issue
 * 34: the maps were 16% of the checks' time). -1 when there is none.
 */
function firstWithWord(table: ItemTable, first: number, before: number, column: number, word: number): number {
  for (let row = first; row < before; row++) if (table.int(row, column) === word) return row;
  return -1;
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

/** The scores of the visit block in row `visit`, read from their rows. */
function checkScores(context: RuleContext, visit: number, visitName: string, procedure: ProcedureInfo, measures: NamedWords<MeasureDef>, names: readonly string[] | undefined): void {
  const tree = context.model.tree;
  const visits = visitRows(tree);
  const scores = visitScoreRows(tree);
  const first = listFirst(visits, visit, VISIT.scores);
  const end = first + listCount(visits, visit, VISIT.scores);
  for (let s = first; s < end; s++) {
    const measure = scores.int(s, SCORE.measure);
    if (measure < 0) continue;
    const written = tree.words.text(measure);
    const def = namedBy(measures, measure);
    if (def === undefined && names !== undefined) {
      context.report(undeclaredMeasureFinding(wordSpan(tree, scores, s, SCORE.measure), written, names));
    }
    const earlier = firstWithWord(scores, first, s, SCORE.measure, measure);
    if (earlier >= 0) {
      const line = context.lines.lineNumber(scores.start(earlier));
      context.report(diagnostic("VC104", wordSpan(tree, scores, s, SCORE.measure), `${written} is already scored at visit ${visitName} on line ${line}; a visit has one ${written} score`));
    }
    if (scores.int(s, SCORE.score) < 0) continue;
    const value = scoreValue(scores, s);
    if (Number.isNaN(value)) {
      const facts = { measure: written, visit: visitName, procedure: procedureName(context, procedure) };
      context.report(wordedWhenRead("VC103", scoreSpan(scores, s, SCORE.score), unrecordedMessage, facts));
    } else if (def !== undefined && def.rangeValid && (value < def.min || value > def.max)) {
      const declared = def.node.name !== undefined ? ` (declared on line ${lineOf(context, def.node.name)})` : "";
      context.report(diagnostic("VC101", scoreSpan(scores, s, SCORE.score), `${def.name} must be between ${def.min} and ${def.max}${declared}; got ${value}`));
    }
  }
}

export const visits: Rule<Declared> = {
  codes: ["VC701", "VC702", "VC703", "VC704", "VC705", "VC101", "VC102", "VC103", "VC104"],
  start(context) {
    const studies = context.model.studies;
    const byId = checkDeclarations(context, studies);
    const declared = new Map<string, Scheduled>();
    for (const [id, v] of byId) declared.set(id, { nominal: v.day?.value, window: v.window?.value ?? 0 });
    const quiet = studies.length === 0 || studies.some((s) => syntaxErrorWithin(context, headerRegion(context, s)));
    const items = mayHaveV2Items(context.model);
    const { tree, measures } = context.model;
    return {
      visits: quiet ? undefined : declared,
      visitOf: quiet ? undefined : namedWords(tree, declared),
      measures: quiet ? undefined : [...measures.keys()],
      items,
      blocks: itemCursor(visitRows(tree)),
      measureOf: namedWords(tree, measures),
    };
  },
  procedure(procedure, patient, context, state) {
    if (!state.items) return;
    const tree = context.model.tree;
    const { blocks } = state;
    rowsOf(blocks, procedure.row);
    const { table: visits, first, end } = blocks;
    if (end === first) return;
    const kind = patient.dateKind;
    for (let v = first; v < end; v++) {
      const idWord = visits.int(v, VISIT.id);
      const id = idWord < 0 ? undefined : tree.words.text(idWord);
      checkScores(context, v, id ?? "this visit", procedure, state.measureOf, state.measures);
      if (id === undefined) continue;
      const earlier = firstWithWord(visits, first, v, VISIT.id, idWord);
      if (earlier >= 0) {
        const line = context.lines.lineNumber(visits.start(earlier));
        context.report(diagnostic("VC702", wordSpan(tree, visits, v, VISIT.id), `The visit ${id} is already recorded for ${procedureName(context, procedure)} on line ${line}; put all its scores in one block`));
      }
      const decl = state.visitOf === undefined ? undefined : namedBy(state.visitOf, idWord);
      if (state.visits !== undefined && decl === undefined) undeclared(context, wordSpan(tree, visits, v, VISIT.id), id, state.visits);
      checkDate(context, v, id, decl ?? UNSCHEDULED, procedure, kind);
    }
  },
};
