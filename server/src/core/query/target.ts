/**
 * What the cursor is on, in the reader's terms: the study header, a patient, a
 * procedure id or the procedure a `repeats` names, a measure, or a vertebral level.
 * Hover and completion start here.
 */
import type { Analysis } from "../analyze";
import type { PatientInfo } from "../model/cohort-model";
import { levelOrdinal } from "../model/levels";
import type { LevelToken, Study } from "../syntax/ast";
import { contains } from "../text/span";
import { blockIndexAt } from "./block-at";
import { occurrenceAtOffset, type Occurrence } from "./symbols";

export type Target =
  | { readonly kind: "study"; readonly study: Study }
  | { readonly kind: "symbol"; readonly occurrence: Occurrence }
  | { readonly kind: "level"; readonly level: LevelToken; readonly ordinal: number | undefined; readonly patient: PatientInfo | undefined };


function levelAt(analysis: Analysis, offset: number): Target | undefined {
  const index = blockIndexAt(analysis.model.tree.patients, offset);
  if (index === -1) return undefined;
  const patient = analysis.model.patientAt(index);
  const items = [...patient.node.procedures.flatMap((p) => p.levels), ...patient.node.recurrences.flatMap((r) => r.levels)];
  for (const item of items) {
    for (const level of item.to === undefined ? [item.from] : [item.from, item.to]) {
      if (contains(level.span, offset)) return { kind: "level", level, ordinal: levelOrdinal(level), patient };
    }
  }
  return undefined;
}

/** What is at `offset`: found in the block that holds it, so its cost does not grow with the cohort. */
export function targetAt(analysis: Analysis, offset: number): Target | undefined {
  for (const study of analysis.model.studies) {
    if (contains(study.keyword, offset) || (study.title !== undefined && contains(study.title.span, offset))) return { kind: "study", study };
  }
  const occurrence = occurrenceAtOffset(analysis.model, offset);
  if (occurrence !== undefined) return { kind: "symbol", occurrence };
  return levelAt(analysis, offset);
}
