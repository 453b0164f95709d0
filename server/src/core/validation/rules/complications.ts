/**
 * Complications (spec §9.3): VC705 a kind declared twice (on the second, in any study header); VC711
 * an occurrence naming an undeclared kind (with the closest declared kind, also
 * in `data.suggestion` for the quick fix; quiet without a study header or while
 * it has a syntax error, as VC102 is); VC712 a procedure's complication at a level
 * that procedure did not treat (not on a backwards range: VC303 alone, as VC302); VC713 a patient's complication without a date, or
 * dated before the patient's first procedure (or the patient has none), and a
 * procedure's complication dated before its procedure.
 */
import type { PatientInfo, ProcedureInfo } from "../../model/cohort-model";
import { expandLevels, formatLevels, levelBitsOfRow, ordinalOf } from "../../model/levels";
import { mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { Span, Study } from "../../syntax/ast";
import type { ItemTable } from "../../syntax/tree/item-tables";
import type { SyntaxTree } from "../../syntax/tree/syntax-tree";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { capitalize, dateText, firstOfEachName, headerRegion, lineOf, listWords, patientName, procedureName, syntaxErrorWithin } from "./common";
import { itemDay } from "../../model/item-dates";
import { itemCursor, rowsOf, type ItemCursor } from "../../model/item-cursor";
import { COMPLICATION, listCount, listFirst, patientComplicationRows, procedureComplicationRows, wordSpan } from "../../syntax/tree/item-rows";
import { closestName } from "./measure-names";

/** The `complication KIND` words of the complication in row `row`: what VC713 without a date points at. */
function head(tree: SyntaxTree, table: ItemTable, row: number): Span {
  const start = table.start(row);
  const kind = table.int(row, COMPLICATION.kind);
  return { start, end: kind < 0 ? start + table.shape.item.keyword!.length : wordSpan(tree, table, row, COMPLICATION.kind).end };
}

function checkKind(context: RuleContext, table: ItemTable, row: number, kinds: readonly string[] | undefined): void {
  const tree = context.model.tree;
  const kind = table.int(row, COMPLICATION.kind);
  if (kinds === undefined || kind < 0) return;
  const written = tree.words.text(kind);
  if (kinds.includes(written)) return;
  const suggestion = closestName(written, kinds);
  const message =
    suggestion !== undefined
      ? `No complication kind named '${written}' is declared; did you mean '${suggestion}'?`
      : kinds.length === 0
        ? `No complication kind named '${written}' is declared; declare it in the study header first, e.g. complication ${written} "${labelFor(written)}"`
        : `No complication kind named '${written}' is declared; the study declares ${listWords(kinds.map((k) => `'${k}'`))}`;
  context.report(diagnostic("VC711", wordSpan(tree, table, row, COMPLICATION.kind), message, suggestion !== undefined ? { suggestion } : undefined));
}

/** A label to offer for a kind: its id in words (`new_fracture` gives "New fracture"), not another kind's. */
function labelFor(kind: string): string {
  return capitalize(kind.replace(/_/g, " ").trim());
}

/** Whether a syntax error starts on the complication's line after its start: it ended early, perhaps before its date. */
function cutShort(context: RuleContext, table: ItemTable, row: number): boolean {
  const lineEnd = context.lines.lineEnd(context.lines.positionAt(table.end(row)).line);
  return syntaxErrorWithin(context, { start: table.start(row), end: lineEnd });
}

/**
 * The earliest procedure of the patient; undefined when one has no known day (a
 * mistyped date, or not a day), as that one may be the first: no order is judged
 * then, as VC202 judges no recurrence (rules/dates.ts).
 */
function firstProcedure(patient: PatientInfo): ProcedureInfo | undefined {
  let first: ProcedureInfo | undefined;
  for (const p of patient.procedures) {
    if (p.day === undefined) return undefined;
    if (first === undefined || p.day < first.day!) first = p;
  }
  return first;
}

/** The patient's complication in row `row` of `table`. */
function checkPatientLevel(context: RuleContext, table: ItemTable, row: number, patient: PatientInfo, dateKind: DateKindName | undefined): void {
  const tree = context.model.tree;
  const date = table.int(row, COMPLICATION.date);
  if (date < 0) {
    // `complication fracture at L2 on 2020-08-03`: the parser stopped at `on`; a bare
    // `complication` has no kind. Either way its VC001 says what is wrong.
    const kind = table.int(row, COMPLICATION.kind);
    if (kind < 0 || cutShort(context, table, row)) return;
    const written = tree.words.text(kind);
    context.report(diagnostic("VC713", head(tree, table, row), `A complication of the patient (outside a procedure) needs its date: write complication ${written} on YYYY-MM-DD, or record it inside its procedure`));
    return;
  }
  if (patient.procedures.length === 0) {
    context.report(diagnostic("VC713", context.model.nodes.date(date)!, `${capitalize(patientName(context, patient))} has no procedure, so this complication follows none; record the procedure first`));
    return;
  }
  const day = itemDay(tree, date, dateKind);
  const first = firstProcedure(patient);
  if (day === undefined || first === undefined || day >= first.day!) return;
  const written = context.model.nodes.date(date)!;
  context.report(
    diagnostic("VC713", written, `The complication on ${dateText(written)} is before the first procedure of ${patientName(context, patient)}, ${procedureName(context, first)} on ${dateText(first.node.date!)}; check the date`),
  );
}

/** The procedure's complication in row `row` of `table`. */
function checkInProcedure(context: RuleContext, table: ItemTable, row: number, procedure: ProcedureInfo, dateKind: DateKindName | undefined): void {
  const tree = context.model.tree;
  const date = table.int(row, COMPLICATION.date);
  if (date >= 0 && procedure.day !== undefined) {
    const day = itemDay(tree, date, dateKind);
    if (day !== undefined && day < procedure.day) {
      const written = context.model.nodes.date(date)!;
      context.report(diagnostic("VC713", written, `The complication on ${dateText(written)} is before ${procedureName(context, procedure)} (${dateText(procedure.node.date!)}), in which it is recorded; check the date`));
    }
  }
  const items = tree.itemLevels;
  const first = listFirst(table, row, COMPLICATION.levels);
  const end = first + listCount(table, row, COMPLICATION.levels);
  for (let level = first; level < end; level++) {
    const from = ordinalOf(items.fromRegion(level), items.fromNumber(level));
    if (from < 0) continue;
    // Not a level, or a range written backwards: VC301 or VC303 alone, as VC302 does for a repeat.
    if (items.isRange(level) && ordinalOf(items.toRegion(level), items.toNumber(level)) < from) continue;
    if (procedure.levels.hasAllBits(levelBitsOfRow(items, level))) continue;
    const item = context.model.nodes.levelItem(level, items);
    const untreated = expandLevels(item).filter((o) => !procedure.levels.has(o));
    const name = procedureName(context, procedure);
    context.report(
      diagnostic(
        "VC712",
        item,
        `${name} did not treat ${formatLevels(untreated)} (it treated ${formatLevels(procedure.levels)}); ` +
          `record a complication inside the procedure only at one of its levels, or under the patient with its date`,
      ),
    );
  }
}

/** The kinds declared in the file's study headers, each once: a kind declared again, in the same header or another (as VC501 for measures), is VC705. */
function checkDeclarations(context: RuleContext, studies: readonly Study[]): string[] {
  const byKind = firstOfEachName(studies.flatMap((s) => s.complications), (k) => k.kind, (_, kind, earlier) =>
    context.report(diagnostic("VC705", kind, `The complication kind '${kind.text}' is already declared on line ${lineOf(context, earlier)}; declare each kind once`)),
  );
  return [...byKind.keys()];
}

/** Its state: the declared kinds, or undefined when VC711 keeps quiet; whether any item is written; a cursor on each table of complications. */
interface Declared {
  readonly kinds: readonly string[] | undefined;
  readonly items: boolean;
  readonly ofPatients: ItemCursor;
  readonly ofProcedures: ItemCursor;
}

export const complications: Rule<Declared> = {
  codes: ["VC705", "VC711", "VC712", "VC713"],
  start(context) {
    const studies = context.model.studies;
    const kinds = checkDeclarations(context, studies);
    const quiet = studies.length === 0 || studies.some((s) => syntaxErrorWithin(context, headerRegion(context, s)));
    const tree = context.model.tree;
    return {
      kinds: quiet ? undefined : kinds,
      items: mayHaveV2Items(context.model),
      ofPatients: itemCursor(patientComplicationRows(tree)),
      ofProcedures: itemCursor(procedureComplicationRows(tree)),
    };
  },
  patient(patient, context, { kinds, items, ofPatients }) {
    if (!items) return;
    rowsOf(ofPatients, patient.row);
    if (ofPatients.end === ofPatients.first) return;
    const dateKind = patient.dateKind;
    for (let row = ofPatients.first; row < ofPatients.end; row++) {
      checkKind(context, ofPatients.table, row, kinds);
      checkPatientLevel(context, ofPatients.table, row, patient, dateKind);
    }
  },
  procedure(procedure, patient, context, { kinds, items, ofProcedures }) {
    if (!items) return;
    rowsOf(ofProcedures, procedure.row);
    if (ofProcedures.end === ofProcedures.first) return;
    const dateKind = patient.dateKind;
    for (let row = ofProcedures.first; row < ofProcedures.end; row++) {
      checkKind(context, ofProcedures.table, row, kinds);
      checkInProcedure(context, ofProcedures.table, row, procedure, dateKind);
    }
  },
};
