/**
 * Spans that hold what their node holds, after recovery. The parser ends a node
 * with the last token it read into it (parser.ts), but a syntax error can cut a
 * rule short after it read a piece and before it ended the node: `patient P`
 * with no `{` keeps `P` as the patient's id while the patient's span stops at
 * its keyword. Editor features find the patient at the cursor by its span
 * (query/block-at.ts), so every patient and procedure is stretched here to the
 * end of the furthest thing it holds.
 */
import type { Patient, Procedure, Recurrence, Span } from "./ast";
import { genericLists, type BlockName } from "../language/grammar";

/** The nodes of the generic items (../language/grammar.ts) that `node`, a block of kind `block`, holds. */
function genericNodes(node: object, block: BlockName): Span[] {
  return genericLists(block).flatMap((list) => (node as Record<string, Span[]>)[list] ?? []);
}

/** A node's end as its contents require: the furthest end of itself and of each part given. */
function furthest(end: number, parts: readonly (Span | undefined)[]): number {
  for (const part of parts) if (part !== undefined && part.end > end) end = part.end;
  return end;
}

function stretchProcedure(p: Procedure): void {
  (p as { end: number }).end = furthest(p.end, [p.id, p.kind, p.date, p.repeats, ...p.levels, ...p.outcomes, ...p.cements, ...p.notes, ...genericNodes(p, "procedure")]);
}

function stretchRecurrence(r: Recurrence): void {
  (r as { end: number }).end = furthest(r.end, [r.date, ...r.levels]);
}

/** Stretches each recovered patient, and its procedures and recurrences, over what it holds. */
export function stretchOverContents(patients: readonly Patient[]): void {
  for (const patient of patients) {
    patient.procedures.forEach(stretchProcedure);
    patient.recurrences.forEach(stretchRecurrence);
    const parts = [patient.id, ...patient.fields, ...patient.procedures, ...patient.recurrences, ...patient.notes, ...genericNodes(patient, "patient")];
    (patient as { end: number }).end = furthest(patient.end, parts);
  }
}
