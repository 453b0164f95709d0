/**
 * End of follow-up (spec §9.3): VC721 `followup until` before the patient's last
 * dated entry (a procedure, recurrence, visit or complication; a procedure's
 * complication without `on` is dated by its procedure); VC722 `followup` given
 * twice for one patient, on the second line.
 */
import type { PatientInfo } from "../../model/cohort-model";
import { mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { ItemTable } from "../../syntax/tree/item-tables";
import type { SyntaxTree } from "../../syntax/tree/syntax-tree";
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { dateText, patientName } from "./common";
import { itemDay, patientKind } from "../../model/item-dates";
import { COMPLICATION, FOLLOW_UP, followUpRows, patientComplicationRows, procedureComplicationRows, VISIT, visitRows } from "../../syntax/tree/item-rows";

/**
 * The latest dated entry seen so far: its day and the row of its date (the first
 * written of those on the latest day; -1 before any). One per patient with a
 * `followup`, rather than one object for each later date found.
 */
class LatestEntry {
  day = 0;
  date = -1;

  constructor(
    private readonly tree: SyntaxTree,
    private readonly kind: DateKindName | undefined,
  ) {}

  /** Whether `day` is later than every entry so far. */
  beats(day: number | undefined): day is number {
    return day !== undefined && (this.date < 0 || day > this.day);
  }

  take(day: number, date: number): void {
    if (date < 0) return;
    this.day = day;
    this.date = date;
  }

  /** The dates at `column` of the items of the owner row `owner` in `table` (visits or complications), whose day depends on the patient's kind of date. */
  consider(table: ItemTable, owner: number, column: number): void {
    const first = table.firstOf(owner);
    const end = first + table.countOf(owner, first);
    for (let row = first; row < end; row++) {
      const date = table.int(row, column);
      const day = itemDay(this.tree, date, this.kind);
      if (this.beats(day)) this.take(day, date);
    }
  }
}

/**
 * The patient's latest dated entry, taking the procedures with their visits and
 * complications, then the recurrences, then the patient's complications, read from
 * the rows.
 */
function lastEntry(tree: SyntaxTree, patient: PatientInfo, kind: DateKindName | undefined): LatestEntry {
  const latest = new LatestEntry(tree, kind);
  for (let i = 0; i < patient.procedures.length; i++) {
    const procedure = patient.procedures[i]!;
    if (latest.beats(procedure.day)) latest.take(procedure.day, tree.procedures.date(procedure.row));
    latest.consider(visitRows(tree), procedure.row, VISIT.date);
    latest.consider(procedureComplicationRows(tree), procedure.row, COMPLICATION.date);
  }
  for (let i = 0; i < patient.recurrences.length; i++) {
    const recurrence = patient.recurrences[i]!;
    if (latest.beats(recurrence.day)) latest.take(recurrence.day, tree.recurrences.date(recurrence.row));
  }
  latest.consider(patientComplicationRows(tree), patient.row, COMPLICATION.date);
  return latest;
}

export const followUp: Rule<boolean> = {
  codes: ["VC721", "VC722"],
  start: (context) => mayHaveV2Items(context.model),
  patient(patient, context, items) {
    if (!items) return;
    const tree = context.model.tree;
    const lines = followUpRows(tree);
    const first = lines.firstOf(patient.row);
    const count = lines.countOf(patient.row, first);
    if (count === 0) return;
    for (let row = first + 1; row < first + count; row++) {
      const span = { start: lines.start(row), end: lines.end(row) };
      const line = context.lines.lineNumber(lines.start(first));
      context.report(diagnostic("VC722", span, `The follow-up of ${patientName(context, patient)} is already given on line ${line}; keep one followup line, the last date the patient was seen`));
    }
    const until = lines.int(first, FOLLOW_UP.until);
    const kind = patientKind(tree, patient);
    const day = itemDay(tree, until, kind);
    if (day === undefined) return;
    const last = lastEntry(tree, patient, kind);
    if (last.date < 0 || day >= last.day) return;
    const untilDate = context.model.nodes.date(until)!;
    const lastDate = context.model.nodes.date(last.date)!;
    context.report(
      diagnostic(
        "VC721",
        untilDate,
        `Follow-up until ${dateText(untilDate)} ends before ${dateText(lastDate)} (line ${context.lines.lineNumber(lastDate.start)}), the patient's last dated entry; followup until is the last date the patient was seen`,
      ),
    );
  },
};
