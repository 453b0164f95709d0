/**
 * What a hover says of a visit: one visit block (its declaration, the days after
 * its procedure, whether inside the window, as VC703 reads it) and one declared
 * visit (per measure, how many procedures recorded a score at it). Counted from
 * the linked model so the server computes nothing itself.
 */
import type { VisitDecl } from "../cohort/types";
import type { CohortModel, PatientInfo, ProcedureInfo } from "../model/cohort-model";
import { dayOf, visitSchedule } from "../model/v2-input";
import type { Visit } from "../syntax/ast";

export interface VisitBlockFacts {
  /** The study's declaration (its first, when declared twice); undefined when not declared (VC701). */
  readonly decl: VisitDecl | undefined;
  /** Days from the procedure to the visit's date; undefined when either date is missing or unreadable. */
  readonly daysAfter: number | undefined;
  /** Whether `daysAfter` is within the window; undefined when unknown or the window is 0 (any day). */
  readonly insideWindow: boolean | undefined;
}

/** The study's declaration of visit `id`, its first when declared twice. */
export function declaredVisit(model: CohortModel, id: string): VisitDecl | undefined {
  return visitSchedule(model.study).find((v) => v.id === id);
}

export function visitBlockFacts(model: CohortModel, patient: PatientInfo, procedure: ProcedureInfo, visit: Visit): VisitBlockFacts {
  const decl = visit.id === undefined ? undefined : declaredVisit(model, visit.id.text);
  const day = dayOf(visit.date, patient.dateKind);
  const daysAfter = day === undefined || procedure.day === undefined ? undefined : day - procedure.day;
  const insideWindow =
    daysAfter === undefined || decl === undefined || decl.window <= 0 || daysAfter <= 0 ? undefined : Math.abs(daysAfter - decl.day) <= decl.window;
  return { decl, daysAfter, insideWindow };
}

/** Per declared measure (declaration order), the procedures that recorded a score (not `?`) at visit `id` (its first block in each procedure). */
export function visitRecordCounts(model: CohortModel, id: string): { readonly measure: string; readonly procedures: number }[] {
  const counts = new Map<string, number>([...model.measures.keys()].map((m) => [m, 0]));
  for (let p = 0; p < model.patientCount; p++) {
    for (const procedure of model.patientAt(p).procedures) {
      const block = procedure.node.visits.find((v) => v.id?.text === id);
      if (block === undefined) continue;
      const recorded = new Set(block.scores.filter((s) => s.measure !== undefined && s.score?.value != null).map((s) => s.measure!.text));
      for (const m of recorded) if (counts.has(m)) counts.set(m, counts.get(m)! + 1);
    }
  }
  return [...counts].map(([measure, procedures]) => ({ measure, procedures }));
}
