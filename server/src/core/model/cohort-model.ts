/**
 * The linked model: the syntax tree with names resolved and values made comparable.
 * Measures are looked up by name, dates become day numbers, levels become ordinals,
 * and each `repeats X` points at the procedure it repeats. Validation and the
 * cohort figures both read this model, so every rule and figure agrees on what a
 * procedure's role, date and levels are.
 *
 * Linking visits every procedure of a cohort, so its loops index the tree's lists
 * rather than `for … of` them: a list is either the node's own array or the shared
 * frozen empty one (syntax/nodes.ts), and a `for … of` that meets both kinds
 * allocates an iterator each time it runs.
 */
import type { Direction, Measure, Patient, Procedure, Recurrence, Study, VcaseFile } from "../syntax/ast";
import { dayNumber } from "./dates";
import { LevelSet } from "./levels";

export interface MeasureDef {
  readonly name: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly better: Direction;
  readonly responder: number | null;
  /** false when the range is missing, empty or reversed (VC501): scores cannot be range-checked. */
  readonly rangeValid: boolean;
  readonly node: Measure;
}

export type Role = "initial" | "repeat";

export interface ProcedureInfo {
  readonly node: Procedure;
  readonly id: string | undefined;
  readonly role: Role;
  readonly day: number | undefined;
  /** Ordinals of every real level treated (ranges expanded). */
  readonly levels: LevelSet;
  /** The earlier procedure of the same patient that `repeats` names, when there is one. */
  readonly repeated: ProcedureInfo | undefined;
}

export interface RecurrenceInfo {
  readonly node: Recurrence;
  readonly day: number | undefined;
  readonly levels: LevelSet;
}

export interface PatientInfo {
  readonly node: Patient;
  readonly id: string | undefined;
  readonly procedures: ProcedureInfo[];
  readonly recurrences: RecurrenceInfo[];
  /** true when calendar dates and `day N` are mixed (VC203): intervals are not computed. */
  readonly mixedDates: boolean;
}

export interface CohortModel {
  readonly file: VcaseFile;
  readonly study: Study | undefined;
  readonly measures: ReadonlyMap<string, MeasureDef>;
  readonly patients: PatientInfo[];
}

function measureDef(node: Measure): MeasureDef | undefined {
  if (node.name === undefined) return undefined;
  const min = node.rangeMin?.value;
  const max = node.rangeMax?.value;
  const rangeValid = min !== undefined && max !== undefined && min < max;
  return {
    name: node.name.text,
    label: node.label?.value ?? node.name.text,
    min: min ?? 0,
    max: max ?? 0,
    better: node.better?.direction ?? "lower",
    responder: node.responder?.value ?? null,
    rangeValid,
    node,
  };
}

/** Whether a patient has both calendar dates and `day N` dates (VC203). */
function mixesDateKinds(node: Patient): boolean {
  let calendar = false;
  let relative = false;
  for (let i = 0; i < node.procedures.length; i++) {
    const kind = node.procedures[i]!.date?.kind;
    calendar ||= kind === "calendar";
    relative ||= kind === "day";
  }
  for (let i = 0; i < node.recurrences.length; i++) {
    const kind = node.recurrences[i]!.date?.kind;
    calendar ||= kind === "calendar";
    relative ||= kind === "day";
  }
  return calendar && relative;
}

/**
 * The first of the procedures before index `before` with this id. A patient has a
 * handful of procedures, so a search costs less than a map per patient.
 */
function procedureWithId(procedures: readonly ProcedureInfo[], before: number, id: string): ProcedureInfo | undefined {
  for (let i = 0; i < before; i++) if (procedures[i]!.id === id) return procedures[i];
  return undefined;
}

function linkPatient(node: Patient): PatientInfo {
  const mixedDates = mixesDateKinds(node);
  // Lists made at their final length: grown by push, each would reserve room for more.
  const procedures = new Array<ProcedureInfo>(node.procedures.length);
  for (let i = 0; i < procedures.length; i++) {
    const p = node.procedures[i]!;
    procedures[i] = {
      node: p,
      id: p.id?.text,
      role: p.repeats === undefined ? "initial" : "repeat",
      day: mixedDates ? undefined : dayNumber(p.date),
      levels: LevelSet.of(p.levels),
      // A repeat names an earlier procedure, and those are linked already.
      repeated: p.repeats === undefined ? undefined : procedureWithId(procedures, i, p.repeats.text),
    };
  }
  const recurrences = new Array<RecurrenceInfo>(node.recurrences.length);
  for (let i = 0; i < recurrences.length; i++) {
    const r = node.recurrences[i]!;
    recurrences[i] = { node: r, day: mixedDates ? undefined : dayNumber(r.date), levels: LevelSet.of(r.levels) };
  }
  return { node, id: node.id?.text, procedures, recurrences, mixedDates };
}

export function linkCohort(file: VcaseFile): CohortModel {
  const measures = new Map<string, MeasureDef>();
  const study = file.studies[0];
  for (const s of file.studies) {
    for (const m of s.measures) {
      const def = measureDef(m);
      if (def !== undefined && !measures.has(def.name)) measures.set(def.name, def);
    }
  }
  return { file, study, measures, patients: file.patients.map(linkPatient) };
}
