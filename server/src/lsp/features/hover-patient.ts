/**
 * Hover Markdown for one patient: the timeline on a patient id, a procedure on
 * its id, and the repeated procedure on `repeats X`. Scores are shown as written
 * ("?" when not recorded); intervals come from the core (cohort/intervals.ts).
 *
 * In the timeline "days" counts from the previous procedure in the file, for
 * procedures and recurrences alike, so each row reads "so long after the last
 * treatment".
 */
import type { Analysis } from "../../core/analyze";
import { repeatIntervals } from "../../core/cohort/intervals";
import { patientRows } from "../../core/cohort/patient-rows";
import type { PatientInfo, ProcedureInfo, RecurrenceInfo } from "../../core/model/cohort-model";
import type { Score } from "../../core/syntax/ast";
import { blocks, md, table } from "./markdown";
import { dateText, levelsText, plural, procedureTitle, signedDays } from "./procedure-text";

const scoreText = (s: Score | undefined) => (s === undefined ? "?" : s.value === null ? "?" : String(s.value));

function outcomeText(p: ProcedureInfo, measure: string): string {
  const o = p.node.outcomes.find((x) => x.measure.text === measure);
  return o === undefined ? "" : `${scoreText(o.before)} → ${scoreText(o.after)}`;
}

function patientHeading(analysis: Analysis, patient: PatientInfo): string {
  // The row of this patient alone, not the whole cohort's rows.
  const row = patientRows(analysis.model, [patient])[0];
  const facts = [
    row?.age != null ? `${row.age} years` : undefined,
    row?.sex ?? undefined,
    row?.etiology != null ? md(row.etiology) : undefined,
  ].filter((s) => s !== undefined);
  return [`**Patient ${md(patient.id ?? "?")}**`, ...facts].join(" · ");
}

type Event = { readonly at: number; readonly procedure?: ProcedureInfo; readonly recurrence?: RecurrenceInfo };

export function patientHover(analysis: Analysis, patient: PatientInfo): string {
  const measures = [...analysis.model.measures.keys()].filter((name) => patient.procedures.some((p) => outcomeText(p, name) !== ""));
  const events: Event[] = [
    ...patient.procedures.map((procedure) => ({ at: procedure.node.span.start, procedure })),
    ...patient.recurrences.map((recurrence) => ({ at: recurrence.node.span.start, recurrence })),
  ].sort((a, b) => a.at - b.at);
  let previous: ProcedureInfo | undefined;
  const rows = events.map(({ procedure, recurrence }) => {
    const node = procedure?.node ?? recurrence!.node;
    const day = procedure?.day ?? recurrence?.day;
    const since = day !== undefined && previous?.day !== undefined ? signedDays(day - previous.day) : "";
    const what = procedure === undefined
      ? "recurrence"
      : `${md(procedureTitle(procedure))}${procedure.node.repeats ? `, repeats ${md(procedure.node.repeats.text)}` : ""}`;
    const scores = measures.map((m) => (procedure === undefined ? "" : outcomeText(procedure, m)));
    if (procedure !== undefined) previous = procedure;
    return [dateText(node.date), since, what, levelsText(node.levels), ...scores];
  });
  const header = ["date", "days", "", "levels", ...measures.map((m) => md(m))];
  const body = rows.length === 0 ? "No procedures yet." : table(header, rows, ["left", "right"]);
  return blocks(patientHeading(analysis, patient), body, rows.length > 0 && "_days: since the previous procedure_");
}

/** One line on a procedure: what, when, where, and for a repeat how long after what. */
export function procedureHover(patient: PatientInfo, procedure: ProcedureInfo): string {
  const role = procedure.role === "initial" ? "initial procedure" : `repeat of ${md(procedure.node.repeats?.text ?? "?")}`;
  const where = `on ${dateText(procedure.node.date)} at ${levelsText(procedure.node.levels) || "?"}`;
  const lines = [`**${md(procedureTitle(procedure))}** · patient ${md(patient.id ?? "?")} · ${role}`, where];
  const interval = repeatIntervals(patient).find((i) => i.procedure === procedure);
  if (interval !== undefined) lines.push(intervalText(interval.repeatDays, interval.recurrenceDays, interval.repeated));
  const outcomes = procedure.node.outcomes.map((o) => [md(o.measure.text), `${scoreText(o.before)} → ${scoreText(o.after)}`]);
  return blocks(lines.join("  \n"), outcomes.length > 0 ? table(["measure", "before → after"], outcomes) : undefined);
}

function intervalText(repeatDays: number | null, recurrenceDays: number | null, repeated: ProcedureInfo | undefined): string {
  if (repeated === undefined) return "The repeated procedure is not an earlier procedure of this patient.";
  if (repeatDays === null) return `Days since ${md(repeated.id ?? "?")}: not known (check both dates).`;
  const recurrence = recurrenceDays === null ? "no recurrence recorded in between" : `recurrence after ${plural(recurrenceDays, "day")}`;
  return `${plural(repeatDays, "day")} after ${md(repeated.id ?? "?")} · ${recurrence}`;
}

/** On `repeats X`: the procedure X, its levels, and the days from it to this repeat. */
export function repeatsHover(patient: PatientInfo, repeating: ProcedureInfo, repeated: ProcedureInfo | undefined): string {
  const name = md(repeating.node.repeats?.text ?? "?");
  if (repeated === undefined) return `**${name}** is not an earlier procedure of patient ${md(patient.id ?? "?")}.`;
  const interval = repeatIntervals(patient).find((i) => i.procedure === repeating);
  return [
    `Repeats **${md(procedureTitle(repeated))}** on ${dateText(repeated.node.date)} at ${levelsText(repeated.node.levels) || "?"}`,
    intervalText(interval?.repeatDays ?? null, interval?.recurrenceDays ?? null, interval?.repeated),
  ].join("  \n");
}
