/**
 * Hover Markdown for the version-2 items: a visit block in a procedure (its
 * label, date, days after the procedure and whether inside the window, its
 * scores), a visit declared in the study (its schedule and, per measure, how many
 * procedures recorded it), and a complication kind (its counts from the figures).
 */
import type { Analysis } from "../../core/analyze";
import type { PatientInfo, ProcedureInfo } from "../../core/model/cohort-model";
import { declaredVisit, visitBlockFacts, visitRecordCounts } from "../../core/query/visit-facts";
import type { Visit } from "../../core/syntax/ast";
import { blocks, md, table } from "./markdown";
import { dateText, plural, procedureTitle } from "./procedure-text";

function scheduleText(day: number, window: number): string {
  return `day ${day}${window > 0 ? ` ± ${window}` : ", any day accepted"}`;
}

/** On a visit id in a procedure. */
export function visitBlockHover(analysis: Analysis, patient: PatientInfo, procedure: ProcedureInfo, visit: Visit): string {
  const id = visit.id?.text ?? "?";
  const { decl, daysAfter, insideWindow } = visitBlockFacts(analysis.model, patient, procedure, visit);
  const heading = decl === undefined
    ? `**Visit ${md(id)}** is not declared in the study header.`
    : `**Visit ${md(id)}** · ${md(decl.label)} · planned ${scheduleText(decl.day, decl.window)}`;
  const when = visit.date === undefined ? "no date written" : `on ${dateText(visit.date)}`;
  const after = daysAfter === undefined ? "" : ` · ${plural(daysAfter, "day")} after ${md(procedureTitle(procedure))}`;
  const window = insideWindow === undefined ? "" : insideWindow ? " · inside its window" : " · **outside its window**";
  const scores = visit.scores
    .filter((s) => s.measure !== undefined)
    .map((s) => [md(s.measure!.text), s.score === undefined || s.score.value === null ? "?" : String(s.score.value)]);
  return blocks(`${heading}  \n${when}${after}${window}`, scores.length > 0 ? table(["measure", "score"], scores) : "No scores recorded.");
}

/** On a visit id in the study header. */
export function visitDeclHover(analysis: Analysis, id: string): string {
  const decl = declaredVisit(analysis.model, id);
  if (decl === undefined) return `**Visit ${md(id)}**`;
  const rows = visitRecordCounts(analysis.model, id).map((c) => [md(c.measure), String(c.procedures)]);
  return blocks(
    `**Visit ${md(id)}** · ${md(decl.label)} · ${scheduleText(decl.day, decl.window)} after the procedure`,
    rows.length > 0 && table(["measure", "procedures recorded"], rows, ["left", "right"]),
  );
}

/** On a complication kind, declared or recorded. */
export function complicationHover(analysis: Analysis, kind: string): string {
  const figures = analysis.figures.complications.get(kind);
  if (figures === undefined) return `**${md(kind)}** is not a complication declared in the study header, so it is not counted.`;
  const { events, patients, symptomatic } = figures;
  return blocks(
    `**Complication ${md(kind)}** · ${md(figures.label)}`,
    `${plural(events, "event")} · ${patients.count} of ${plural(patients.n, "patient")} · ${symptomatic} symptomatic`,
  );
}

