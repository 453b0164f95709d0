/**
 * Identifiers: VC401 a patient id used twice in the file, or a procedure id used
 * twice within one patient; VC402 `repeats X` where X is not an earlier procedure
 * of the same patient (unknown, later, itself, or another patient's).
 */
import type { Word } from "../../syntax/ast";
import { diagnostic, type Diagnostic } from "../diagnostic";
import { rule, type RuleContext } from "../rule";
import { lineOf, listWords, patientName, procedureName } from "./common";

function duplicates(context: RuleContext, ids: (Word | undefined)[], describe: (id: Word, firstLine: number) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, Word>();
  for (const id of ids) {
    if (id === undefined) continue;
    const earlier = first.get(id.text);
    if (earlier === undefined) first.set(id.text, id);
    else out.push(diagnostic("VC401", id.span, describe(id, lineOf(context, earlier.span))));
  }
  return out;
}

export const duplicateIds = rule(["VC401"], (context: RuleContext) => {
  const patients = context.model.patients;
  const out = duplicates(
    context,
    patients.map((p) => p.node.id),
    (id, line) => `Patient ${id.text} is already declared on line ${line}; give each patient its own id`,
  );
  for (const patient of patients) {
    out.push(
      ...duplicates(
        context,
        patient.procedures.map((p) => p.node.id),
        (id, line) =>
          `Procedure ${id.text} is already used in ${patientName(context, patient)} (line ${line}); ` +
          `give each procedure of a patient its own id`,
      ),
    );
  }
  return out;
});

export const repeatTargets = rule(["VC402"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    patient.procedures.forEach((p, index) => {
      const target = p.node.repeats;
      if (target === undefined || p.repeated !== undefined) return;
      const earlier = patient.procedures.slice(0, index).filter((q) => q.id !== undefined);
      const later = patient.procedures.slice(index + 1).find((q) => q.id === target.text);
      const elsewhere = context.model.patients.find((o) => o !== patient && o.procedures.some((q) => q.id === target.text));
      const self = procedureName(context, p);
      let why: string;
      if (p.id === target.text) why = `${self} cannot repeat itself`;
      else if (later !== undefined)
        why = `${target.text} comes later (line ${lineOf(context, later.node.keyword)}); a repeat follows the procedure it repeats`;
      else if (elsewhere !== undefined)
        why = `${target.text} is a procedure of ${patientName(context, elsewhere)}, not of ${patientName(context, patient)}`;
      else why = capitalize(`${patientName(context, patient)} has no procedure ${target.text}`);
      const allowed =
        earlier.length === 0
          ? `; no procedure comes before ${self}`
          : `; earlier procedures: ${listWords(earlier.map((q) => q.id!))}`;
      out.push(diagnostic("VC402", target.span, `${why}${allowed}`));
    });
  }
  return out;
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
