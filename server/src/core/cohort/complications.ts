/**
 * Spec §9.4, complications, per declared kind K:
 *
 *   events             every occurrence of K (in procedures and in patients)
 *   patients           patients with at least one occurrence, of n = the patients
 *                      with at least one procedure
 *   procedures.ROLE    procedures of that role with at least one occurrence recorded
 *                      in them, of n = the procedures of that role
 *   levels             distinct (procedure, level) pairs named by occurrences recorded
 *                      in that procedure at a level it treated, of n = the distinct
 *                      (procedure, level) pairs treated (a range counts each vertebra;
 *                      an occurrence without `at` names no level)
 *   symptomatic        occurrences marked `symptomatic`
 *   daysAfterProcedure for each patient-level occurrence, the days from the patient's
 *                      latest procedure on or before it (occurrences recorded in a
 *                      procedure are not counted here)
 *
 * Decisions where the spec is silent:
 * - Everything is counted over the patients with at least one procedure, the
 *   patients' n: an occurrence in a patient without one (VC713) counts nowhere,
 *   so that `patients.count` never exceeds its n.
 * - A patient-level occurrence without a date, or dated before the patient's
 *   first procedure (both VC713), still counts in `events`, `patients` and
 *   `symptomatic`, as written; it has no procedure before it, so no
 *   `daysAfterProcedure`. One on the day of a procedure is 0 days after it.
 * - An occurrence recorded in a procedure belongs to that procedure whatever its
 *   `on` date says (before the procedure, VC713, or a calendar date in a patient
 *   dated by `day N`, VC203): its date enters no figure.
 * - An occurrence in a procedure at a level the procedure did not treat (VC712)
 *   names no (procedure, level) pair; it still counts as an event and for its
 *   procedure. A patient-level occurrence's `at` names no pair either: the pairs
 *   are the procedures'.
 * - An undeclared kind (VC711) enters no figure; a kind declared twice (VC705)
 *   keeps its first declaration's label.
 * - A procedure with an unknown day (an invalid date, VC201, or dates of both
 *   kinds in one patient, VC203) is no procedure "on or before" anything.
 */
import { describe } from "../stats/descriptive";
import type { ComplicationFigures, Role } from "./types";

/** A declared complication kind (spec §9.2): the label defaults to the id. */
export interface ComplicationKind {
  readonly id: string;
  readonly label: string;
}

/** One `complication` line. */
export interface ComplicationOccurrence {
  /** The kind as written (an undeclared one is ignored). */
  readonly kind: string;
  /**
   * Its day, in the patient's day numbers; `undefined` when it has none or it is
   * not a real date. Read only for a patient-level occurrence.
   */
  readonly day: number | undefined;
  /** Ordinals (C1 = 0 … S5 = 28) of the real levels its `at` names, ranges expanded; none without `at`. */
  readonly levels: Iterable<number>;
  readonly symptomatic: boolean;
}

export interface ComplicationProcedure {
  readonly role: Role;
  /** In the patient's day numbers; `undefined` when unknown. */
  readonly day: number | undefined;
  /** Ordinals of the real levels it treated, ranges expanded (a `LevelSet`). */
  readonly levels: ReadonlySet<number>;
  /** The occurrences recorded in it. */
  readonly complications: readonly ComplicationOccurrence[];
}

export interface ComplicationPatient {
  readonly procedures: readonly ComplicationProcedure[];
  /** The patient-level occurrences. */
  readonly complications: readonly ComplicationOccurrence[];
}

/** What is counted of one kind as the patients are read. */
interface Tally {
  readonly label: string;
  events: number;
  patients: number;
  initial: number;
  repeat: number;
  levels: number;
  symptomatic: number;
  readonly days: number[];
  /** The number of the last patient counted in `patients`: each patient counts once. */
  lastPatient: number;
  /** The number of the last procedure counted in its role, and the treated levels named in it so far, as bits (ordinal o: bit o). */
  lastProcedure: number;
  procedureLevels: number;
}

/** What is counted of every declared kind as the patients are read, one at a time. */
export interface ComplicationCount {
  /** Declared kind → its tally; the first declaration of a kind. */
  readonly tallies: ReadonlyMap<string, Tally>;
  /** The n of each figure: the patients with a procedure, their procedures by role, their (procedure, level) pairs. */
  readonly n: { patients: number; initial: number; repeat: number; levels: number };
}

/** How many bits of `bits` are set. */
function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The patient's latest procedure day on or before `day`, or undefined when none. */
function latestProcedureDay(procedures: readonly ComplicationProcedure[], day: number): number | undefined {
  let latest: number | undefined;
  for (const p of procedures) {
    if (p.day !== undefined && p.day <= day && (latest === undefined || p.day > latest)) latest = p.day;
  }
  return latest;
}

/** Counts one occurrence of patient number `patient` as an event; returns its kind's tally, or undefined for an undeclared kind. */
function countEvent(tallies: ReadonlyMap<string, Tally>, o: ComplicationOccurrence, patient: number): Tally | undefined {
  const tally = tallies.get(o.kind);
  if (tally === undefined) return undefined;
  tally.events++;
  if (o.symptomatic) tally.symptomatic++;
  if (tally.lastPatient !== patient) {
    tally.lastPatient = patient;
    tally.patients++;
  }
  return tally;
}

/**
 * Reads procedure number `procedure`'s occurrences into the tallies. The treated
 * levels each kind names are an integer's bits, as a LevelSet's (the column has
 * 29 levels): no set made for each procedure with a complication.
 */
function countProcedure(tallies: ReadonlyMap<string, Tally>, proc: ComplicationProcedure, patient: number, procedure: number): void {
  if (proc.complications.length === 0) return;
  for (const o of proc.complications) {
    const tally = countEvent(tallies, o, patient);
    if (tally === undefined) continue;
    if (tally.lastProcedure !== procedure) {
      tally.lastProcedure = procedure;
      tally.procedureLevels = 0;
      tally[proc.role]++;
    }
    for (const level of o.levels) if (proc.levels.has(level)) tally.procedureLevels |= 1 << level;
  }
  for (const tally of tallies.values()) if (tally.lastProcedure === procedure) tally.levels += bitCount(tally.procedureLevels);
}

/** Nothing counted yet of the declared `kinds`. */
export function complicationCount(kinds: readonly ComplicationKind[]): ComplicationCount {
  const tallies = new Map<string, Tally>();
  for (const k of kinds) {
    if (!tallies.has(k.id)) tallies.set(k.id, { label: k.label, events: 0, patients: 0, initial: 0, repeat: 0, levels: 0, symptomatic: 0, days: [], lastPatient: -1, lastProcedure: -1, procedureLevels: 0 });
  }
  return { tallies, n: { patients: 0, initial: 0, repeat: 0, levels: 0 } };
}

/** Counts the next patient's occurrences (with no kind declared, nothing is counted). */
export function countComplications(count: ComplicationCount, patient: ComplicationPatient): void {
  const { tallies, n } = count;
  if (tallies.size === 0 || patient.procedures.length === 0) return;
  const number = n.patients++;
  for (const proc of patient.procedures) {
    // The procedures counted so far number this one.
    countProcedure(tallies, proc, number, n.initial + n.repeat);
    n[proc.role]++;
    n.levels += proc.levels.size;
  }
  for (const o of patient.complications) {
    const tally = countEvent(tallies, o, number);
    if (tally === undefined || o.day === undefined) continue;
    const from = latestProcedureDay(patient.procedures, o.day);
    if (from !== undefined) tally.days.push(o.day - from);
  }
}

/** The figures of every declared kind, in declaration order, of the patients counted. */
export function complicationFiguresOf(count: ComplicationCount): Map<string, ComplicationFigures> {
  const { tallies, n } = count;
  const out = new Map<string, ComplicationFigures>();
  for (const [id, t] of tallies) {
    out.set(id, {
      label: t.label,
      events: t.events,
      patients: { count: t.patients, n: n.patients },
      procedures: { initial: { count: t.initial, n: n.initial }, repeat: { count: t.repeat, n: n.repeat } },
      levels: { count: t.levels, n: n.levels },
      symptomatic: t.symptomatic,
      daysAfterProcedure: describe(t.days),
    });
  }
  return out;
}

/** The figures of every declared kind over `patients`, in declaration order. */
export function complicationFigures(kinds: readonly ComplicationKind[], patients: Iterable<ComplicationPatient>): Map<string, ComplicationFigures> {
  const count = complicationCount(kinds);
  if (count.tallies.size === 0) return new Map();
  for (const patient of patients) countComplications(count, patient);
  return complicationFiguresOf(count);
}
