/**
 * The linked model: the syntax tree with names resolved and values made comparable.
 * Measures are looked up by name, dates become day numbers, levels become ordinals,
 * and each `repeats X` points at the procedure it repeats. Validation and the
 * cohort figures both read this model, so every rule and figure agrees on what a
 * procedure's role, date and levels are.
 */
import type { DateRef, Direction, Measure, Patient, Procedure, Recurrence, Study, VcaseFile } from "../syntax/ast";
import { dayNumber } from "./dates";
import { expandLevels } from "./levels";

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
  readonly levels: ReadonlySet<number>;
  /** The earlier procedure of the same patient that `repeats` names, when there is one. */
  readonly repeated: ProcedureInfo | undefined;
}

export interface RecurrenceInfo {
  readonly node: Recurrence;
  readonly day: number | undefined;
  readonly levels: ReadonlySet<number>;
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

function levelSet(items: Procedure["levels"]): Set<number> {
  const set = new Set<number>();
  for (const item of items) for (const o of expandLevels(item)) set.add(o);
  return set;
}

/** Whether a patient has both calendar dates and `day N` dates (VC203). */
function mixesDateKinds(node: Patient): boolean {
  let calendar = false;
  let relative = false;
  const note = (date: DateRef | undefined) => {
    if (date?.kind === "calendar") calendar = true;
    if (date?.kind === "day") relative = true;
  };
  for (const p of node.procedures) note(p.date);
  for (const r of node.recurrences) note(r.date);
  return calendar && relative;
}

function linkPatient(node: Patient): PatientInfo {
  const mixedDates = mixesDateKinds(node);
  const byId = new Map<string, ProcedureInfo>();
  const procedures: ProcedureInfo[] = [];
  for (const p of node.procedures) {
    const repeatedId = p.repeats?.text;
    const info: ProcedureInfo = {
      node: p,
      id: p.id?.text,
      role: p.repeats === undefined ? "initial" : "repeat",
      day: mixedDates ? undefined : dayNumber(p.date),
      levels: levelSet(p.levels),
      repeated: repeatedId === undefined ? undefined : byId.get(repeatedId),
    };
    procedures.push(info);
    if (info.id !== undefined && !byId.has(info.id)) byId.set(info.id, info);
  }
  const recurrences = node.recurrences.map((r) => ({
    node: r,
    day: mixedDates ? undefined : dayNumber(r.date),
    levels: levelSet(r.levels),
  }));
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
