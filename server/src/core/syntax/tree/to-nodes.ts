/**
 * Nodes made from the rows of a syntax tree, for what wants objects: the editor
 * features, the formatter, the tables of the command line, the tests. Each patient
 * is made once, when first asked for, with everything it holds, and the same node
 * is given every time after, so a request about one patient of 10,000 makes one
 * patient's nodes. The nodes are those the parsers used to build (../nodes.ts):
 * an empty list is the shared `NONE`, a part a syntax error left out is undefined.
 */
import type * as A from "../ast";
import { lastIndexAtOrBefore } from "../../text/in-text-order";
import * as N from "../nodes";
import { DateKind } from "./dates";
import { FIELD_NAMES, Field } from "./fields";
import type { StringTable } from "./strings";
import type { SyntaxTree } from "./syntax-tree";

export class TreeNodes {
  private readonly made: (A.Patient | undefined)[];

  constructor(
    private readonly tree: SyntaxTree,
    private readonly text: string,
  ) {
    this.made = new Array<A.Patient | undefined>(tree.patientCount);
  }

  /** The node of patient `p`. */
  patient(p: number): A.Patient {
    return (this.made[p] ??= makePatient(this.tree, this.text, p));
  }

  /** A node of the date in row `row`, for the wording of a finding: made afresh, not the one in its patient's node. */
  date(row: number): A.DateRef | undefined {
    return makeDate(this.tree, this.text, row);
  }

  /** A node of the level item in row `row`, for the wording of a finding: made afresh, not the one in its patient's node. */
  levelItem(row: number): A.LevelItem {
    return makeLevelItem(this.tree, this.text, row);
  }

  /** Every patient's node, in text order. */
  patients(): A.Patient[] {
    const out = new Array<A.Patient>(this.tree.patientCount);
    for (let p = 0; p < out.length; p++) out[p] = this.patient(p);
    return out;
  }
}

/** `count` nodes made by `make` from rows `first` on; `NONE` for none. */
function listOf<T>(first: number, count: number, make: (row: number) => T): T[] {
  if (count === 0) return N.NONE;
  const out = new Array<T>(count);
  for (let i = 0; i < count; i++) out[i] = make(first + i);
  return out;
}

function word(tree: SyntaxTree, id: number, start: number): A.Word | undefined {
  return id < 0 ? undefined : new N.WordNode(tree.words.text(id), start, start + tree.words.length(id));
}

function numberNode(tree: SyntaxTree, text: string, row: number): A.NumberLiteral | undefined {
  if (row < 0) return undefined;
  const { numbers } = tree;
  return new N.NumberNode(numbers.value(row), text.slice(numbers.start(row), numbers.end(row)), numbers.start(row), numbers.end(row));
}

function stringNode(table: StringTable, text: string, row: number): A.StringLiteral {
  return new N.StringNode(table.value(text, row), table.start(row), table.end(row));
}

function makePatient(tree: SyntaxTree, text: string, p: number): A.Patient {
  const rows = tree.patients;
  const patient = new N.PatientNode(rows.start(p), rows.end(p));
  patient.id = word(tree, rows.id(p), rows.idStart(p));
  patient.fields = listOf(rows.firstField(p), rows.fieldCount(p), (f) => makeField(tree, text, f));
  patient.procedures = listOf(rows.firstProcedure(p), rows.procedureCount(p), (r) => makeProcedure(tree, text, r));
  patient.recurrences = listOf(rows.firstRecurrence(p), rows.recurrenceCount(p), (r) => makeRecurrence(tree, text, r));
  patient.notes = listOf(rows.firstNote(p), rows.noteCount(p), (n) => stringNode(tree.patientNotes, text, n));
  addItems(tree, patient);
  return patient;
}

function makeField(tree: SyntaxTree, text: string, row: number): A.PatientField {
  const rows = tree.fields;
  const field = new N.PatientFieldNode(FIELD_NAMES[rows.name(row)]!, rows.start(row), rows.end(row));
  if (rows.number(row) >= 0) field.value = numberNode(tree, text, rows.number(row));
  else if (rows.word(row) >= 0) field.value = word(tree, rows.word(row), rows.wordStart(row));
  else if (rows.string(row) >= 0 && rows.name(row) === Field.Etiology) field.value = stringNode(tree.fieldStrings, text, rows.string(row));
  return field;
}

function makeProcedure(tree: SyntaxTree, text: string, row: number): A.Procedure {
  const rows = tree.procedures;
  const procedure = new N.ProcedureNode(rows.start(row), rows.end(row));
  procedure.id = word(tree, rows.id(row), rows.idStart(row));
  procedure.kind = word(tree, rows.kind(row), rows.kindStart(row));
  procedure.date = makeDate(tree, text, rows.date(row));
  procedure.levels = listOf(rows.firstLevel(row), rows.levelCount(row), (l) => makeLevelItem(tree, text, l));
  procedure.repeats = word(tree, rows.repeats(row), rows.repeatsStart(row));
  procedure.outcomes = listOf(rows.firstOutcome(row), rows.outcomeCount(row), (o) => makeOutcome(tree, o));
  procedure.cements = listOf(rows.firstCement(row), rows.cementCount(row), (c) => makeCement(tree, text, c));
  procedure.notes = listOf(rows.firstNote(row), rows.noteCount(row), (n) => stringNode(tree.procedureNotes, text, n));
  return procedure;
}

function makeRecurrence(tree: SyntaxTree, text: string, row: number): A.Recurrence {
  const rows = tree.recurrences;
  const recurrence = new N.RecurrenceNode(rows.start(row), rows.end(row));
  recurrence.date = makeDate(tree, text, rows.date(row));
  recurrence.levels = listOf(rows.firstLevel(row), rows.levelCount(row), (l) => makeLevelItem(tree, text, l));
  return recurrence;
}

function makeDate(tree: SyntaxTree, text: string, row: number): A.DateRef | undefined {
  if (row < 0) return undefined;
  const dates = tree.dates;
  if (dates.kind(row) === DateKind.Calendar) {
    return new N.CalendarDateNode(dates.year(row), dates.month(row), dates.day(row), dates.start(row), dates.end(row));
  }
  const day = new N.RelativeDayNode(dates.start(row), dates.end(row));
  day.value = numberNode(tree, text, dates.number(row));
  return day;
}

function levelToken(text: string, start: number, end: number): A.LevelToken {
  const written = text.slice(start, end);
  return new N.LevelTokenNode(written, written[0] as A.LevelToken["region"], Number(written.slice(1)), start, end);
}

function makeLevelItem(tree: SyntaxTree, text: string, row: number): A.LevelItem {
  const items = tree.levelItems;
  const from = levelToken(text, items.start(row), items.fromEnd(row));
  const to = items.isRange(row) ? levelToken(text, items.toStart(row), items.toEnd(row)) : undefined;
  return new N.LevelItemNode(from, to, items.start(row), items.end(row));
}

function score(start: number, end: number, value: number): A.Score | undefined {
  return start < 0 ? undefined : new N.ScoreNode(Number.isNaN(value) ? null : value, start, end);
}

function makeOutcome(tree: SyntaxTree, row: number): A.Outcome {
  const rows = tree.outcomes;
  const measure = rows.measure(row);
  const start = rows.start(row);
  const outcome = new N.OutcomeNode(new N.WordNode(tree.words.text(measure), start, start + tree.words.length(measure)), start, rows.end(row));
  outcome.before = score(rows.beforeStart(row), rows.beforeEnd(row), rows.before(row));
  outcome.after = score(rows.afterStart(row), rows.afterEnd(row), rows.after(row));
  return outcome;
}

function makeCement(tree: SyntaxTree, text: string, row: number): A.Cement {
  const rows = tree.cements;
  const cement = new N.CementNode(rows.start(row), rows.end(row));
  cement.volume = numberNode(tree, text, rows.volume(row));
  return cement;
}

/** The items of the generic readers that lie in `patient`: each into the list of its procedure, or else of the patient. */
function addItems(tree: SyntaxTree, patient: N.PatientNode): void {
  const items = tree.items;
  let i = lastIndexAtOrBefore(items.length, patient.start - 1, (k) => items[k]!.start) + 1;
  for (; i < items.length && items[i]!.start <= patient.end; i++) {
    const item = items[i]!;
    const owner = patient.procedures.find((p) => p.start <= item.start && item.end <= p.end) ?? patient;
    N.addToList(owner, item.item.list!, item);
  }
}
