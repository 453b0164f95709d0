/**
 * Complications (spec §9.3): VC705 a kind declared twice (on the second); VC711
 * an occurrence naming an undeclared kind (with the closest declared kind, also
 * in `data.suggestion` for the quick fix; quiet without a study header or while
 * it has a syntax error, as VC102 is); VC712 a procedure's complication at a level
 * that procedure did not treat; VC713 a patient's complication without a date, or
 * dated before the patient's first procedure (or the patient has none), and a
 * procedure's complication dated before its procedure.
 */
import type { PatientInfo, ProcedureInfo } from "../../model/cohort-model";
import { expandLevels, isRealLevel } from "../../model/levels";
import { dayOf, mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { Complication, ComplicationKind, Span, Word } from "../../syntax/ast";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { dateText, headerRegion, levelItemText, lineOf, listWords, patientName, procedureName, syntaxErrorWithin } from "./common";
import { patientKind } from "./item-dates";
import { closestName } from "./measure-names";

/** The `complication KIND` words: what VC713 without a date points at. */
function head(c: Complication, kind: Word | undefined): Span {
  return { start: c.start, end: kind?.end ?? c.keyword.end };
}

function checkKind(context: RuleContext, kind: Word | undefined, kinds: readonly string[] | undefined): void {
  if (kinds === undefined || kind === undefined) return;
  const written = kind.text;
  if (kinds.includes(written)) return;
  const suggestion = closestName(written, kinds);
  const message =
    suggestion !== undefined
      ? `No complication kind named '${written}' is declared; did you mean '${suggestion}'?`
      : kinds.length === 0
        ? `No complication kind named '${written}' is declared; declare it in the study header first, e.g. complication ${written} "Cement leakage"`
        : `No complication kind named '${written}' is declared; the study declares ${listWords(kinds.map((k) => `'${k}'`))}`;
  context.report(diagnostic("VC711", kind, message, suggestion !== undefined ? { suggestion } : undefined));
}

/** The earliest dated procedure of the patient (undefined when none has a known day). */
function firstProcedure(patient: PatientInfo): ProcedureInfo | undefined {
  let first: ProcedureInfo | undefined;
  for (const p of patient.procedures) if (p.day !== undefined && (first === undefined || p.day < first.day!)) first = p;
  return first;
}

function checkPatientLevel(context: RuleContext, c: Complication, kind: Word | undefined, patient: PatientInfo, dateKind: DateKindName | undefined): void {
  const date = c.date;
  if (date === undefined) {
    context.report(diagnostic("VC713", head(c, kind), `A complication of the patient (outside a procedure) needs its date: write complication ${kind?.text ?? "KIND"} on YYYY-MM-DD, or record it inside its procedure`));
    return;
  }
  if (patient.procedures.length === 0) {
    context.report(diagnostic("VC713", date, `${patientName(context, patient)} has no procedure, so this complication follows none; record the procedure first`));
    return;
  }
  const day = dayOf(date, dateKind);
  const first = firstProcedure(patient);
  if (day === undefined || first === undefined || day >= first.day!) return;
  context.report(
    diagnostic("VC713", date, `The complication on ${dateText(date)} is before the first procedure of ${patientName(context, patient)}, ${procedureName(context, first)} on ${dateText(first.node.date!)}; check the date`),
  );
}

function checkInProcedure(context: RuleContext, c: Complication, procedure: ProcedureInfo, dateKind: DateKindName | undefined): void {
  const date = c.date;
  if (date !== undefined && procedure.day !== undefined) {
    const day = dayOf(date, dateKind);
    if (day !== undefined && day < procedure.day) {
      context.report(diagnostic("VC713", date, `The complication on ${dateText(date)} is before ${procedureName(context, procedure)} (${dateText(procedure.node.date!)}), in which it is recorded; check the date`));
    }
  }
  for (const item of c.levels) {
    if (!isRealLevel(item.from) || (item.to !== undefined && !isRealLevel(item.to))) continue;
    const ordinals = expandLevels(item);
    if (ordinals.every((o) => procedure.levels.has(o))) continue;
    context.report(
      diagnostic("VC712", item, `${procedureName(context, procedure)} did not treat ${levelItemText(item)}; a complication recorded in a procedure is at one of its levels, or record it under the patient with its date`),
    );
  }
}

function checkDeclarations(context: RuleContext, list: readonly ComplicationKind[]): string[] {
  const byId = new Map<string, ComplicationKind>();
  for (const k of list) {
    if (k.kind === undefined) continue;
    const earlier = byId.get(k.kind.text);
    if (earlier === undefined) byId.set(k.kind.text, k);
    else context.report(diagnostic("VC705", k.kind, `The complication kind '${k.kind.text}' is already declared on line ${lineOf(context, earlier)}; declare each kind once`));
  }
  return [...byId.keys()];
}

/** Its state: the declared kinds, or undefined when VC711 keeps quiet; whether any item is written. */
interface Declared {
  readonly kinds: readonly string[] | undefined;
  readonly items: boolean;
}

export const complications: Rule<Declared> = {
  codes: ["VC705", "VC711", "VC712", "VC713"],
  start(context) {
    const studies = context.model.studies;
    const kinds = studies.flatMap((s) => checkDeclarations(context, s.complications));
    const quiet = studies.length === 0 || studies.some((s) => syntaxErrorWithin(context, headerRegion(context, s)));
    return { kinds: quiet ? undefined : kinds, items: mayHaveV2Items(context.model) };
  },
  patient(patient, context, { kinds, items }) {
    if (!items) return;
    const list = patient.node.complications;
    if (list.length === 0) return;
    const dateKind = patientKind(context.model.tree, patient);
    for (const c of list) {
      const kind = c.kind;
      checkKind(context, kind, kinds);
      checkPatientLevel(context, c, kind, patient, dateKind);
    }
  },
  procedure(procedure, patient, context, { kinds, items }) {
    if (!items) return;
    const list = procedure.node.complications;
    if (list.length === 0) return;
    const dateKind = patientKind(context.model.tree, patient);
    for (const c of list) {
      checkKind(context, c.kind, kinds);
      checkInProcedure(context, c, procedure, dateKind);
    }
  },
};
