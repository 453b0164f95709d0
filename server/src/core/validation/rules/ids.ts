/**
 * Identifiers: VC401 a patient id used twice in the file, or a procedure id used
 * twice within one patient; VC402 `repeats X` where X is not an earlier procedure
 * of the same patient (unknown, later, itself, or another patient's).
 */
import { SEARCHED_PROCEDURES, type PatientInfo, type ProcedureInfo } from "../../model/cohort-model";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { capitalize, lineOf, listWords, patientName, procedureName } from "./common";

/**
 * Its state: for each word of the tree (by number), the first patient whose id it
 * is, -1 for none yet. Ids are word numbers, so the file's ids are checked with
 * one array and no string is compared.
 */
export const duplicateIds: Rule<Int32Array> = {
  codes: ["VC401"],
  start: (context) => new Int32Array(context.model.tree.words.count).fill(-1),
  patient(patient, context, firstWithId) {
    patientId(context, patient, firstWithId);
    procedureIds(context, patient);
  },
};

function patientId(context: RuleContext, patient: PatientInfo, firstWithId: Int32Array): void {
  const rows = context.model.tree.patients;
  const word = rows.id(patient.row);
  if (word < 0) return;
  const earlier = firstWithId[word]!;
  if (earlier < 0) {
    firstWithId[word] = patient.row;
    return;
  }
  const id = patient.node.id!;
  context.report(
    diagnostic(
      "VC401",
      id.span,
      `Patient ${id.text} is already declared on line ${context.lines.lineNumber(rows.idStart(earlier))}; give each patient its own id`,
    ),
  );
}

function procedureIds(context: RuleContext, patient: PatientInfo): void {
  const procedures = patient.procedures;
  const firstWithId = procedures.length > SEARCHED_PROCEDURES ? new Map<string, ProcedureInfo>() : null;
  for (let i = 0; i < procedures.length; i++) {
    const text = procedures[i]!.id;
    if (text === undefined) continue;
    const earlier = firstWithId === null ? firstProcedureId(procedures, i, text) : firstWithId.get(text);
    if (earlier === undefined) {
      firstWithId?.set(text, procedures[i]!);
      continue;
    }
    const id = procedures[i]!.node.id!;
    context.report(
      diagnostic(
        "VC401",
        id.span,
        `Procedure ${id.text} is already used in ${patientName(context, patient)} (line ${lineOf(context, earlier.node.id!.span)}); ` +
          `give each procedure of a patient its own id`,
      ),
    );
  }
}

/** The first of the procedures before index `before` whose id reads `text` (few procedures: see SEARCHED_PROCEDURES). */
function firstProcedureId(procedures: readonly ProcedureInfo[], before: number, text: string): ProcedureInfo | undefined {
  for (let i = 0; i < before; i++) if (procedures[i]!.id === text) return procedures[i];
  return undefined;
}

export const repeatTargets: Rule = {
  codes: ["VC402"],
  procedure(p, patient, context) {
    if (p.role !== "repeat" || p.repeated !== undefined) return;
    const target = p.node.repeats;
    if (target === undefined) return;
    const index = patient.procedures.indexOf(p);
    const earlier = patient.procedures.slice(0, index).filter((q) => q.id !== undefined);
    const later = patient.procedures.slice(index + 1).find((q) => q.id === target.text);
    const elsewhere = context.model.patients.find((o) => o.row !== patient.row && o.procedures.some((q) => q.id === target.text));
    const self = procedureName(context, p);
    let why: string;
    if (p.id === target.text) why = `${self} cannot repeat itself`;
    else if (later !== undefined)
      why = `${target.text} comes later (line ${lineOf(context, later.node.keyword)}); a repeat follows the procedure it repeats`;
    else if (elsewhere !== undefined)
      why = `${target.text} is a procedure of ${patientName(context, elsewhere)}, not of ${patientName(context, patient)}`;
    else why = capitalize(`${patientName(context, patient)} has no procedure ${target.text}`);
    const allowed =
      earlier.length === 0 ? `; no procedure comes before ${self}` : `; earlier procedures: ${listWords([...new Set(earlier.map((q) => q.id!))])}`;
    context.report(diagnostic("VC402", target.span, `${why}${allowed}`));
  },
};
