/**
 * End of follow-up (spec §9.3): VC721 `followup until` before the patient's last
 * dated entry (a procedure, recurrence, visit or complication; a procedure's
 * complication without `on` is dated by its procedure); VC722 `followup` given
 * twice for one patient, on the second line (which is still checked for VC721).
 */
import type { PatientInfo } from "../../model/cohort-model";
import { mayHaveV2Items, type DateKindName } from "../../model/v2-input";
import type { SyntaxTree } from "../../syntax/tree/syntax-tree";
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { dateText, patientName } from "./common";
import { itemDay } from "../../model/item-dates";
import { itemCursor, rowsOf, type ItemCursor } from "../../model/item-cursor";
import { COMPLICATION, FOLLOW_UP, followUpRows, patientComplicationRows, procedureComplicationRows, RECURRENCE, recurrenceRows, VISIT, visitRows } from "../../syntax/tree/item-rows";

/** Its state: whether any item is written, and a cursor on each table of items the follow-up reads. */
interface Items {
  readonly items: boolean;
  readonly followUps: ItemCursor;
  readonly visits: ItemCursor;
  readonly procedureComplications: ItemCursor;
  readonly patientComplications: ItemCursor;
  readonly latest: LatestEntry;
}

/**
 * The latest dated entry seen so far: its day and the row of its date (the first
 * written of those on the latest day; -1 before any). One per validation, taken
 * up afresh by each patient with a `followup`.
 */
interface LatestEntry {
  tree: SyntaxTree;
  kind: DateKindName | undefined;
  day: number;
  date: number;
}

/** Takes the entry of day `day` with its date in row `date`, when it is later than every entry so far. */
function consider(latest: LatestEntry, day: number | undefined, date: number): void {
  if (day !== undefined && date >= 0 && (latest.date < 0 || day > latest.day)) {
    latest.day = day;
    latest.date = date;
  }
}

/** The dates at `column` of the items of the owner row `owner` that `cursor` reads (visits or complications), whose day depends on the patient's kind of date. */
function considerItems(latest: LatestEntry, cursor: ItemCursor, owner: number, column: number): void {
  rowsOf(cursor, owner);
  const table = cursor.table;
  for (let row = cursor.first; row < cursor.end; row++) {
    const date = table.int(row, column);
    consider(latest, itemDay(latest.tree, date, latest.kind), date);
  }
}

/**
 * The patient's latest dated entry, taking the procedures with their visits and
 * complications, then the recurrences, then the patient's complications, read from
 * the rows.
 */
function lastEntry(latest: LatestEntry, patient: PatientInfo, state: Items): void {
  const tree = latest.tree;
  for (let i = 0; i < patient.procedures.length; i++) {
    const procedure = patient.procedures[i]!;
    consider(latest, procedure.day, tree.procedures.date(procedure.row));
    considerItems(latest, state.visits, procedure.row, VISIT.date);
    considerItems(latest, state.procedureComplications, procedure.row, COMPLICATION.date);
  }
  for (let i = 0; i < patient.recurrences.length; i++) {
    const recurrence = patient.recurrences[i]!;
    consider(latest, recurrence.day, recurrenceRows(tree).int(recurrence.row, RECURRENCE.date));
  }
  considerItems(latest, state.patientComplications, patient.row, COMPLICATION.date);
}

export const followUp: Rule<Items> = {
  codes: ["VC721", "VC722"],
  start(context) {
    const tree = context.model.tree;
    return {
      items: mayHaveV2Items(context.model),
      followUps: itemCursor(followUpRows(tree)),
      visits: itemCursor(visitRows(tree)),
      procedureComplications: itemCursor(procedureComplicationRows(tree)),
      patientComplications: itemCursor(patientComplicationRows(tree)),
      latest: { tree, kind: undefined, day: 0, date: -1 },
    };
  },
  patient(patient, context, state) {
    if (!state.items) return;
    const lines = state.followUps;
    rowsOf(lines, patient.row);
    const { first, end } = lines;
    if (end === first) return;
    const table = lines.table;
    const kind = patient.dateKind;
    const last = state.latest;
    last.kind = kind;
    last.day = 0;
    last.date = -1;
    lastEntry(last, patient, state);
    for (let row = first; row < end; row++) {
      if (row > first) {
        const line = context.lines.lineNumber(table.start(first));
        const span = { start: table.start(row), end: table.end(row) };
        context.report(diagnostic("VC722", span, `The follow-up of ${patientName(context, patient)} is already given on line ${line}; keep one followup line, the last date the patient was seen`));
      }
      const until = table.int(row, FOLLOW_UP.until);
      const day = itemDay(last.tree, until, kind);
      if (day === undefined || last.date < 0 || day >= last.day) continue;
      const untilDate = context.model.nodes.date(until)!;
      const lastDate = context.model.nodes.date(last.date)!;
      context.report(
        diagnostic(
          "VC721",
          untilDate,
          `Follow-up until ${dateText(untilDate)} ends before ${dateText(lastDate)} (line ${context.lines.lineNumber(lastDate.start)}), the patient's last dated entry; ` +
            `write the last date the patient was seen, on or after ${dateText(lastDate)}`,
        ),
      );
    }
  },
};
