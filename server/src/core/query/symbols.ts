/**
 * Every named thing in a file and every place it is written: patient ids, procedure
 * ids (scoped to their patient, used by `repeats`) and measure names (declared in the
 * study, used by outcomes and visit blocks), visit ids and complication kinds
 * (declared in the study, used in procedures and patients; each its own
 * namespace). References and rename read the index of the whole
 * file; hover and go to definition read only the block at the cursor.
 */
import type { MeasureDef, PatientInfo, ProcedureInfo, CohortModel } from "../model/cohort-model";
import type { Complication, Span, Visit } from "../syntax/ast";
import { blockIndexAt } from "./block-at";

export type SymbolKind = "patient" | "procedure" | "measure" | "visit" | "complication";

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
  /** For a visit id in a procedure: its block. */
  readonly visit?: Visit;
}

export function measureKey(name: string): string {
  return `measure:${name}`;
}

export function visitKey(id: string): string {
  return `visit:${id}`;
}

export function complicationKey(kind: string): string {
  return `complication:${kind}`;
}

/** A `complication KIND` occurrence in a patient or a procedure. */
function complicationUse(c: Complication, patient: PatientInfo, procedure?: ProcedureInfo): Occurrence | undefined {
  if (c.kind === undefined) return undefined;
  return { key: complicationKey(c.kind.text), kind: "complication", name: c.kind.text, span: c.kind.span, isDeclaration: false, patient, ...(procedure && { procedure }) };
}

/** The measures, visits and complication kinds declared in the study headers. */
export function studyOccurrences(model: CohortModel): Occurrence[] {
  const out: Occurrence[] = [];
  for (const study of model.studies) {
    for (const m of study.measures) {
      if (m.name === undefined) continue;
      const measure = model.measures.get(m.name.text);
      out.push({ key: measureKey(m.name.text), kind: "measure", name: m.name.text, span: m.name.span, isDeclaration: true, ...(measure && { measure }) });
    }
    for (const v of study.visits) {
      if (v.id !== undefined) out.push({ key: visitKey(v.id.text), kind: "visit", name: v.id.text, span: v.id.span, isDeclaration: true });
    }
    for (const c of study.complications) {
      if (c.kind !== undefined) out.push({ key: complicationKey(c.kind.text), kind: "complication", name: c.kind.text, span: c.kind.span, isDeclaration: true });
    }
  }
  return out;
}

/** A patient's id where the patient block declares it. */
function patientDeclaration(patient: PatientInfo): Occurrence | undefined {
  if (patient.id === undefined || patient.node.id === undefined) return undefined;
  return { key: `patient:${patient.id}`, kind: "patient", name: patient.id, span: patient.node.id.span, isDeclaration: true, patient };
}

/** What is named in the block of the patient at `index` of the model's patients: its id, procedure ids, `repeats`, measures. */
export function patientOccurrences(model: CohortModel, index: number): Occurrence[] {
  const patient = model.patientAt(index);
  const declaration = patientDeclaration(patient);
  const out: Occurrence[] = declaration === undefined ? [] : [declaration];
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
    for (const visit of node.visits) {
      if (visit.id !== undefined) {
        out.push({ key: visitKey(visit.id.text), kind: "visit", name: visit.id.text, span: visit.id.span, isDeclaration: false, patient, procedure, visit });
      }
      for (const score of visit.scores) {
        if (score.measure === undefined) continue;
        const measure = model.measures.get(score.measure.text);
        const name = score.measure.text;
        out.push({ key: measureKey(name), kind: "measure", name, span: score.measure.span, isDeclaration: false, patient, procedure, ...(measure && { measure }) });
      }
    }
    for (const c of node.complications) {
      const use = complicationUse(c, patient, procedure);
      if (use !== undefined) out.push(use);
    }
  }
  for (const c of patient.node.complications) {
    const use = complicationUse(c, patient);
    if (use !== undefined) out.push(use);
  }
  // A damaged block's node may hold an item read past the block's end: it belongs to no block a cursor finds.
  const end = model.tree.patients.end(index);
  return out.filter((o) => o.span.end <= end);
}

/** Every occurrence of the file: for references and rename, which need them all. */
export function collectOccurrences(model: CohortModel): Occurrence[] {
  const out = studyOccurrences(model);
  for (let i = 0; i < model.patientCount; i++) out.push(...patientOccurrences(model, i));
  return out;
}

/**
 * The occurrence at an offset, looked for only in the block that holds it: a hover
 * or a go-to-definition in a registry of 10,000 patients reads one patient, not
 * an index of all of them.
 */
export function occurrenceAtOffset(model: CohortModel, offset: number): Occurrence | undefined {
  const index = blockIndexAt(model.tree.patients, offset);
  return occurrenceAt(index === -1 ? studyOccurrences(model) : patientOccurrences(model, index), offset);
}

/**
 * Where the thing an occurrence names is declared, in text order: a measure in the
 * study header, a procedure in its patient, a patient by its id (an id given twice
 * is declared twice, VC401, and both places are given).
 */
export function declarationsOf(model: CohortModel, occurrence: Occurrence): Occurrence[] {
  switch (occurrence.kind) {
    case "measure":
    case "visit":
    case "complication":
      return studyOccurrences(model).filter((o) => o.key === occurrence.key);
    case "procedure": {
      const index = blockIndexAt(model.tree.patients, occurrence.span.start);
      return index === -1 ? [] : patientOccurrences(model, index).filter((o) => o.isDeclaration && o.key === occurrence.key);
    }
    case "patient": {
      // Ids are word numbers in the tree's rows: only the patients with this id are linked.
      const { tree } = model;
      const word = tree.words.find(occurrence.name);
      const out: Occurrence[] = [];
      for (let p = 0; word >= 0 && p < model.patientCount; p++) {
        const declaration = tree.patients.id(p) === word ? patientDeclaration(model.patientAt(p)) : undefined;
        if (declaration !== undefined) out.push(declaration);
      }
      return out;
    }
  }
}

/** The occurrence whose span holds the offset (the end counts, as a cursor just after a word). */
export function occurrenceAt(occurrences: readonly Occurrence[], offset: number): Occurrence | undefined {
  return occurrences.find((o) => offset >= o.span.start && offset <= o.span.end);
}

/** All occurrences of the same thing, declaration(s) first. */
export function occurrencesOf(occurrences: readonly Occurrence[], key: string): Occurrence[] {
  return occurrences.filter((o) => o.key === key).sort((a, b) => Number(b.isDeclaration) - Number(a.isDeclaration) || a.span.start - b.span.start);
}
