/**
 * The linked model: the syntax tree with names resolved and values made comparable.
 * Measures are looked up by name, dates become day numbers, levels become ordinals,
 * and each `repeats X` points at the procedure it repeats. Validation and the
 * cohort figures both read this model, so every rule and figure agrees on what a
 * procedure's role, date and levels are.
 *
 * Linking reads the tree's rows (syntax/tree/), not nodes: a patient, procedure or
 * recurrence of the model knows its row, and makes its node only when asked for
 * (`node`), which the checks do only to word a finding and the editor features to
 * answer about one patient.
 *
 * A patient is linked when it is read, not when the model is made: the checks link
 * every patient again as they walk (`patientAt`), the figures each patient with a
 * repeat, and neither keeps one. Kept, a registry export's linked patients (about
 * 340 bytes each) were still alive when the engine's young collector ran during the
 * checks, which copied them twice: at 50,000 patients, more than linking them
 * again costs (bench/README.md, item 17). What needs every patient at once asks
 * for `patients`, linked once and kept from then on.
 */
import type { Direction, Measure, Patient, Procedure, Recurrence, Study, VcaseFile } from "../syntax/ast";
import type { ParseResult } from "../syntax/parse";
import { DateKind } from "../syntax/tree/dates";
import { listCount, listFirst, RECURRENCE, recurrenceRows } from "../syntax/tree/item-rows";
import { itemCursor, rowsOf, type ItemCursor } from "./item-cursor";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import type { TreeViews } from "../syntax/tree/views";
import { calendarDayNumber } from "./dates";
import { patientKind } from "./item-dates";
import type { DateKindName } from "./v2-input";
import { LevelSet } from "./levels";
import { NONE } from "../syntax/nodes";

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
  /** Its row in the syntax tree's procedure table. */
  readonly row: number;
  /** Its node, made on first use. */
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
  /** Its row in the syntax tree's recurrence table. */
  readonly row: number;
  /** Its node, made on first use. */
  readonly node: Recurrence;
  readonly day: number | undefined;
  readonly levels: LevelSet;
  /** Whether an `at …` list was written (real levels or not): a recurrence with none is at every level. */
  readonly levelsGiven: boolean;
}

export interface PatientInfo {
  /** Its row in the syntax tree's patient table: its place among the patients. */
  readonly row: number;
  /** Its node, made on first use. */
  readonly node: Patient;
  readonly id: string | undefined;
  readonly procedures: ProcedureInfo[];
  readonly recurrences: RecurrenceInfo[];
  /** true when calendar dates and `day N` are mixed (VC203): intervals are not computed. */
  readonly mixedDates: boolean;
  /** The kind of date its version-2 items are read with (item-dates.ts `patientKind`), worked out on first use, once: several checks need it. */
  readonly dateKind: DateKindName | undefined;
}

export interface CohortModel {
  /** The patients as rows: what the checks and the figures read. */
  readonly tree: SyntaxTree;
  readonly studies: readonly Study[];
  /** The whole text as nodes, made on first use: every patient's, so not for what runs on every edit. */
  readonly file: VcaseFile;
  /** Nodes made from the tree's rows on demand: a patient's, or a date or level item to word a finding. */
  readonly nodes: TreeViews;
  readonly study: Study | undefined;
  readonly measures: ReadonlyMap<string, MeasureDef>;
  /**
   * Every patient linked, made on first use and kept: for what needs them all at
   * once (the reports' table of patients). The checks, the figures and the editor
   * features walk with `patientAt` instead.
   */
  readonly patients: readonly PatientInfo[];
  readonly patientCount: number;
  /**
   * Patient `p` linked: from `patients` when that is made, otherwise linked afresh on
   * each call and kept by nobody, so that a walk over a registry export leaves no
   * linked patient behind it (see linkCohort).
   */
  patientAt(p: number): PatientInfo;
}

/** Classes with a getter, not object literals with one: see analyze.ts. */
class LinkedPatient implements PatientInfo {
  readonly procedures: ProcedureInfo[];
  readonly recurrences: RecurrenceInfo[];

  constructor(
    private readonly parsed: ParseResult,
    readonly row: number,
    readonly id: string | undefined,
    procedures: number,
    recurrences: number,
    readonly mixedDates: boolean,
  ) {
    // Lists made at their final length (grown by push, each would reserve room for
    // more), and none for an empty one: half the patients have no recurrence.
    this.procedures = procedures === 0 ? NONE : new Array<ProcedureInfo>(procedures);
    this.recurrences = recurrences === 0 ? NONE : new Array<RecurrenceInfo>(recurrences);
  }

  get node(): Patient {
    return this.parsed.patient(this.row);
  }

  /** null: not worked out yet. */
  private kind: DateKindName | undefined | null = null;

  get dateKind(): DateKindName | undefined {
    if (this.kind === null) this.kind = patientKind(this.parsed.tree, this.row);
    return this.kind;
  }
}

class LinkedProcedure implements ProcedureInfo {
  constructor(
    private readonly owner: LinkedPatient,
    private readonly index: number,
    readonly row: number,
    readonly id: string | undefined,
    readonly role: Role,
    readonly day: number | undefined,
    readonly levels: LevelSet,
    readonly repeated: ProcedureInfo | undefined,
  ) {}

  get node(): Procedure {
    return this.owner.node.procedures[this.index]!;
  }
}

class LinkedRecurrence implements RecurrenceInfo {
  constructor(
    private readonly owner: LinkedPatient,
    private readonly index: number,
    readonly row: number,
    readonly day: number | undefined,
    readonly levels: LevelSet,
    readonly levelsGiven: boolean,
  ) {}

  get node(): Recurrence {
    return this.owner.node.recurrences[this.index]!;
  }
}

class Model implements CohortModel {
  readonly tree: SyntaxTree;
  readonly studies: readonly Study[];
  readonly study: Study | undefined;

  constructor(
    private readonly parsed: ParseResult,
    readonly measures: ReadonlyMap<string, MeasureDef>,
  ) {
    this.tree = parsed.tree;
    this.studies = parsed.studies;
    this.study = parsed.studies[0];
    this.recurrences = itemCursor(recurrenceRows(this.tree));
  }

  private linked: PatientInfo[] | undefined;
  /** Follows the patients as they are linked, which is mostly in text order. */
  private readonly recurrences: ItemCursor;

  get patientCount(): number {
    return this.tree.patientCount;
  }

  get patients(): readonly PatientInfo[] {
    if (this.linked === undefined) {
      const linked = new Array<PatientInfo>(this.tree.patientCount);
      for (let p = 0; p < linked.length; p++) linked[p] = linkPatient(this.parsed, p, this.recurrences);
      this.linked = linked;
    }
    return this.linked;
  }

  patientAt(p: number): PatientInfo {
    return this.linked !== undefined ? this.linked[p]! : linkPatient(this.parsed, p, this.recurrences);
  }

  get file(): VcaseFile {
    return this.parsed.file;
  }

  get nodes(): TreeViews {
    return this.parsed.nodes;
  }
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

/** The day number of the date in row `date` (-1: none written), or undefined when it is not a real day or is incomplete. */
export function dayOfDate(tree: SyntaxTree, date: number): number | undefined {
  if (date < 0) return undefined;
  const dates = tree.dates;
  if (dates.kind(date) === DateKind.Day) {
    const number = dates.number(date);
    return number < 0 ? undefined : asSmallInteger(tree.numbers.value(number));
  }
  return asSmallInteger(calendarDayNumber(dates.year(date), dates.month(date), dates.day(date)));
}

/**
 * A whole day number as a small integer: the engine keeps a number read from a
 * float column (the N of `day N`) as a boxed number, one more object for each
 * procedure and recurrence the model keeps. Measured for issue 33: the linked
 * patients of 10,000 keep 3.3 MB with it, 3.7 MB without; analysis time the same.
 */
function asSmallInteger(day: number | undefined): number | undefined {
  return day !== undefined && (day | 0) === day ? day | 0 : day;
}

/** The kinds of date a patient's procedures and recurrences use, as bits: 1 calendar, 2 `day N`. */
export function dateKinds(tree: SyntaxTree, p: number): number {
  const recurrences = recurrenceRows(tree);
  const first = recurrences.firstOf(p);
  return kindsOf(tree, p, first, first + recurrences.countOf(p, first));
}

/** dateKinds of patient row `p`, whose recurrences are the rows from `first` up to `end` of their table. */
function kindsOf(tree: SyntaxTree, p: number, first: number, end: number): number {
  const { patients, procedures, dates } = tree;
  let kinds = 0;
  const firstProcedure = patients.firstProcedure(p);
  for (let r = firstProcedure; r < firstProcedure + patients.procedureCount(p); r++) {
    const date = procedures.date(r);
    if (date >= 0) kinds |= dates.kind(date) === DateKind.Calendar ? 1 : 2;
  }
  const recurrences = recurrenceRows(tree);
  for (let r = first; r < end; r++) {
    const date = recurrences.int(r, RECURRENCE.date);
    if (date >= 0) kinds |= dates.kind(date) === DateKind.Calendar ? 1 : 2;
  }
  return kinds;
}

/**
 * A patient with more procedures than this finds a repeated procedure in a map
 * (one patient with 40,000 chained repeats stays linear); a patient with fewer,
 * the usual handful, by a search, which costs less than a map per patient.
 */
export const SEARCHED_PROCEDURES = 16;

/** The first of the procedures before index `before` with this id. */
function procedureWithId(procedures: readonly ProcedureInfo[], before: number, id: string): ProcedureInfo | undefined {
  for (let i = 0; i < before; i++) if (procedures[i]!.id === id) return procedures[i];
  return undefined;
}

/** The role of the procedure in row `row`: a repeat when it says `repeats`, whatever it names. */
export function procedureRole(tree: SyntaxTree, row: number): Role {
  return tree.procedures.repeats(row) < 0 ? "initial" : "repeat";
}

/** The day of the procedure in row `row`; none when its patient mixes kinds of date (`mixedDates`, VC210). */
export function procedureDay(tree: SyntaxTree, row: number, mixedDates: boolean): number | undefined {
  return mixedDates ? undefined : dayOfDate(tree, tree.procedures.date(row));
}

/** The levels of the procedure in row `row`. */
export function procedureLevels(tree: SyntaxTree, row: number): LevelSet {
  return LevelSet.ofRows(tree.levelItems, tree.procedures.firstLevel(row), tree.procedures.levelCount(row));
}

/** The text of word `word`, undefined for -1 (none written). */
function wordText(tree: SyntaxTree, word: number): string | undefined {
  return word < 0 ? undefined : tree.words.text(word);
}

/** Patient row `p` linked; `recurrences`: a cursor on the recurrences' rows, which follows the patients. */
function linkPatient(parsed: ParseResult, p: number, recurrences: ItemCursor): PatientInfo {
  const tree = parsed.tree;
  const { patients, procedures: procedureRows } = tree;
  rowsOf(recurrences, p);
  const { table: recurrenceTable, first: firstRecurrence, end } = recurrences;
  const mixedDates = kindsOf(tree, p, firstRecurrence, end) === 3;
  const patient = new LinkedPatient(parsed, p, wordText(tree, patients.id(p)), patients.procedureCount(p), end - firstRecurrence, mixedDates);
  const procedures = patient.procedures;
  const firstProcedure = patients.firstProcedure(p);
  const firstWithId = procedures.length > SEARCHED_PROCEDURES ? new Map<string, ProcedureInfo>() : null;
  for (let i = 0; i < procedures.length; i++) {
    const row = firstProcedure + i;
    const id = wordText(tree, procedureRows.id(row));
    const repeats = wordText(tree, procedureRows.repeats(row));
    // A repeat names an earlier procedure, and those are linked already.
    const repeated = repeats === undefined ? undefined : firstWithId === null ? procedureWithId(procedures, i, repeats) : firstWithId.get(repeats);
    const procedure = new LinkedProcedure(
      patient,
      i,
      row,
      id,
      procedureRole(tree, row),
      procedureDay(tree, row, mixedDates),
      procedureLevels(tree, row),
      repeated,
    );
    procedures[i] = procedure;
    if (firstWithId !== null && id !== undefined && !firstWithId.has(id)) firstWithId.set(id, procedure);
  }
  for (let i = 0; i < patient.recurrences.length; i++) {
    const row = firstRecurrence + i;
    const levels = listCount(recurrenceTable, row, RECURRENCE.levels);
    patient.recurrences[i] = new LinkedRecurrence(
      patient,
      i,
      row,
      mixedDates ? undefined : dayOfDate(tree, recurrenceTable.int(row, RECURRENCE.date)),
      LevelSet.ofRows(tree.itemLevels, listFirst(recurrenceTable, row, RECURRENCE.levels), levels),
      levels > 0,
    );
  }
  return patient;
}

/** The model of a parsed text: its measures now, its patients as they are read. */
export function linkCohort(parsed: ParseResult): CohortModel {
  const measures = new Map<string, MeasureDef>();
  for (const s of parsed.studies) {
    for (const m of s.measures) {
      const def = measureDef(m);
      if (def !== undefined && !measures.has(def.name)) measures.set(def.name, def);
    }
  }
  return new Model(parsed, measures);
}
