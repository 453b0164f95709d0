/**
 * One walk over the linked model, in text order, calling every rule's checks (see
 * rule.ts): each patient, then each of its procedures (its date, its levels, its
 * outcomes), then each of its recurrences (its date, its levels).
 *
 * The loops index the cohort's lists rather than `for … of` them: a list of the
 * tree is either the node's own array or the shared frozen empty one
 * (syntax/nodes.ts), and a `for … of` that meets both kinds allocates an iterator
 * each time it runs. What the walk carries is made of object literals, not class
 * instances: the engine keeps the shape of a literal from one validation to the
 * next, while a class instance's can be dropped once none is left, and the
 * compiled walk with it.
 */
import type { MeasureDef, PatientInfo, ProcedureInfo, RecurrenceInfo } from "../model/cohort-model";
import type { Outcome } from "../syntax/ast";
import type { CheckKind, Rule, RuleContext } from "./rule";

/** Every rule's check of one kind, each with its rule's state. */
interface Checks<K extends CheckKind> {
  readonly run: readonly NonNullable<Rule<unknown>[K]>[];
  readonly states: readonly unknown[];
}

function checksOf<K extends CheckKind>(rules: readonly Rule<unknown>[], states: readonly unknown[], kind: K): Checks<K> {
  const run: NonNullable<Rule<unknown>[K]>[] = [];
  const statesOfRun: unknown[] = [];
  rules.forEach((rule, i) => {
    const check = rule[kind];
    if (check === undefined) return;
    run.push(check);
    statesOfRun.push(states[i]);
  });
  return { run, states: statesOfRun };
}

/** What the walk carries: the context, and the checks of every kind. */
interface Walk {
  readonly context: RuleContext;
  readonly measures: ReadonlyMap<string, MeasureDef>;
  readonly patient: Checks<"patient">;
  readonly procedure: Checks<"procedure">;
  readonly recurrence: Checks<"recurrence">;
  readonly outcome: Checks<"outcome">;
  readonly date: Checks<"date">;
  readonly levelItem: Checks<"levelItem">;
}

/** Walks the model of `context`, calling each rule's checks with the state its `start` returned. */
export function walk(context: RuleContext, rules: readonly Rule<unknown>[], states: readonly unknown[]): void {
  const w: Walk = {
    context,
    measures: context.model.measures,
    patient: checksOf(rules, states, "patient"),
    procedure: checksOf(rules, states, "procedure"),
    recurrence: checksOf(rules, states, "recurrence"),
    outcome: checksOf(rules, states, "outcome"),
    date: checksOf(rules, states, "date"),
    levelItem: checksOf(rules, states, "levelItem"),
  };
  const patients = context.model.patients;
  for (let p = 0; p < patients.length; p++) visitPatient(w, patients[p]!);
}

function visitPatient(w: Walk, patient: PatientInfo): void {
  const { run, states } = w.patient;
  for (let c = 0; c < run.length; c++) run[c]!(patient, w.context, states[c]);
  for (let i = 0; i < patient.procedures.length; i++) visitProcedure(w, patient.procedures[i]!, patient);
  for (let i = 0; i < patient.recurrences.length; i++) visitRecurrence(w, patient.recurrences[i]!, patient);
}

function visitProcedure(w: Walk, procedure: ProcedureInfo, patient: PatientInfo): void {
  const { run, states } = w.procedure;
  for (let c = 0; c < run.length; c++) run[c]!(procedure, patient, w.context, states[c]);
  visitDate(w, procedure);
  visitLevels(w, procedure);
  const outcomes = procedure.node.outcomes;
  for (let i = 0; i < outcomes.length; i++) visitOutcome(w, outcomes[i]!, procedure);
}

function visitOutcome(w: Walk, outcome: Outcome, procedure: ProcedureInfo): void {
  const measure = w.measures.get(outcome.measure.text);
  const { run, states } = w.outcome;
  for (let c = 0; c < run.length; c++) run[c]!(outcome, measure, procedure, w.context, states[c]);
}

function visitRecurrence(w: Walk, recurrence: RecurrenceInfo, patient: PatientInfo): void {
  const { run, states } = w.recurrence;
  for (let c = 0; c < run.length; c++) run[c]!(recurrence, patient, w.context, states[c]);
  visitDate(w, recurrence);
  visitLevels(w, recurrence);
}

function visitDate(w: Walk, owner: ProcedureInfo | RecurrenceInfo): void {
  const date = owner.node.date;
  if (date === undefined) return;
  const { run, states } = w.date;
  for (let c = 0; c < run.length; c++) run[c]!(date, owner, w.context, states[c]);
}

/** Each item of the `at …` list. */
function visitLevels(w: Walk, owner: ProcedureInfo | RecurrenceInfo): void {
  const items = owner.node.levels;
  const { run, states } = w.levelItem;
  for (let i = 0; i < items.length; i++) for (let c = 0; c < run.length; c++) run[c]!(items[i]!, w.context, states[c]);
}
