/**
 * Every named thing in a file and every place it is written: patient ids, procedure
 * ids (scoped to their patient, used by `repeats`) and measure names (declared in the
 * study, used by outcomes). Go to definition, references, rename and hover all
 * read this one index.
 */
import type { MeasureDef, PatientInfo, ProcedureInfo, CohortModel } from "../model/cohort-model";
import type { Span } from "../syntax/ast";

export type SymbolKind = "patient" | "procedure" | "measure";

export interface Occurrence {
  /** Stable key of the thing named: `patient:P1`, `procedure:0:PV1` (patient index), `measure:pain`. */
  readonly key: string;
  readonly kind: SymbolKind;
  readonly name: string;
  readonly span: Span;
  readonly isDeclaration: boolean;
  readonly patient?: PatientInfo;
  /** For procedure occurrences: the procedure declared or, for `repeats`, the one repeated (if known). */
  readonly procedure?: ProcedureInfo;
  /** For `repeats X`: the repeating procedure. */
  readonly repeatingProcedure?: ProcedureInfo;
  readonly measure?: MeasureDef;
}

export function measureKey(name: string): string {
  return `measure:${name}`;
}

export function collectOccurrences(model: CohortModel): Occurrence[] {
  const out: Occurrence[] = [];
  for (const study of model.file.studies) {
    for (const m of study.measures) {
      if (m.name === undefined) continue;
      const measure = model.measures.get(m.name.text);
      out.push({ key: measureKey(m.name.text), kind: "measure", name: m.name.text, span: m.name.span, isDeclaration: true, ...(measure && { measure }) });
    }
  }
  model.patients.forEach((patient, index) => {
    if (patient.id !== undefined && patient.node.id !== undefined) {
      out.push({ key: `patient:${patient.id}`, kind: "patient", name: patient.id, span: patient.node.id.span, isDeclaration: true, patient });
    }
    const declared = new Map(patient.procedures.filter((p) => p.id !== undefined).map((p) => [p.id!, p] as const));
    for (const procedure of patient.procedures) {
      const node = procedure.node;
      if (node.id !== undefined) {
        out.push({ key: `procedure:${index}:${node.id.text}`, kind: "procedure", name: node.id.text, span: node.id.span, isDeclaration: true, patient, procedure });
      }
      if (node.repeats !== undefined) {
        const target = procedure.repeated ?? declared.get(node.repeats.text);
        out.push({
          key: `procedure:${index}:${node.repeats.text}`,
          kind: "procedure",
          name: node.repeats.text,
          span: node.repeats.span,
          isDeclaration: false,
          patient,
          repeatingProcedure: procedure,
          ...(target && { procedure: target }),
        });
      }
      for (const outcome of node.outcomes) {
        const measure = model.measures.get(outcome.measure.text);
        out.push({
          key: measureKey(outcome.measure.text),
          kind: "measure",
          name: outcome.measure.text,
          span: outcome.measure.span,
          isDeclaration: false,
          patient,
          procedure,
          ...(measure && { measure }),
        });
      }
    }
  });
  return out;
}

/** The occurrence whose span holds the offset (the end counts, as a cursor just after a word). */
export function occurrenceAt(occurrences: readonly Occurrence[], offset: number): Occurrence | undefined {
  return occurrences.find((o) => offset >= o.span.start && offset <= o.span.end);
}

/** All occurrences of the same thing, declaration(s) first. */
export function occurrencesOf(occurrences: readonly Occurrence[], key: string): Occurrence[] {
  return occurrences.filter((o) => o.key === key).sort((a, b) => Number(b.isDeclaration) - Number(a.isDeclaration) || a.span.start - b.span.start);
}
