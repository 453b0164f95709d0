/**
 * Inlay hints: the days an interval spans, shown right after the date that ends it.
 *
 * - After a repeat procedure's date: days since the procedure it repeats, the
 *   core's `repeatDays` (cohort/intervals.ts), e.g. `+16 d`.
 * - After a recurrence's date: days since the latest earlier procedure that
 *   treated one of the recurrence's levels (any earlier procedure when the
 *   recurrence names no level). This is the procedure a recurrence is a
 *   recurrence *of*; it is the same "after P, at a level of P" rule as spec §5's
 *   `recurrenceDays`, so for the recurrence that led to a repeat the hint equals
 *   that figure. "Earlier" is strictly earlier, as in intervals.ts.
 * No hint when a day is unknown (invalid or mixed dates, a syntax error).
 */
import type { InlayHint, InlayHintParams, Position } from "vscode-languageserver";
import { isAtLevelOf, repeatIntervals } from "../../core/cohort/intervals";
import { blocksWithin } from "../../core/query/block-at";
import type { PatientInfo, ProcedureInfo, RecurrenceInfo } from "../../core/model/cohort-model";
import type { AnalyzedDocument } from "../analyzed-document";
import { dateText, plural, signedDays } from "./procedure-text";

function procedureOfRecurrence(patient: PatientInfo, rec: RecurrenceInfo): ProcedureInfo | undefined {
  let best: ProcedureInfo | undefined;
  for (const p of patient.procedures) {
    if (p.day === undefined || rec.day === undefined || p.day >= rec.day) continue;
    if (isAtLevelOf(rec, p) && (best === undefined || p.day! > best.day!)) best = p;
  }
  return best;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

export function provideInlayHints(doc: AnalyzedDocument, params: InlayHintParams): InlayHint[] {
  const { analysis } = doc;
  const hints: InlayHint[] = [];
  const add = (dateEnd: number, days: number, from: ProcedureInfo, why: string) => {
    const position = analysis.lines.positionAt(dateEnd);
    if (!before(params.range.start, position) || !before(position, params.range.end)) return;
    const tooltip = `${plural(days, "day")} after ${from.id ?? "?"} (${dateText(from.node.date)}), ${why}.`;
    hints.push({ position, label: signedDays(days), paddingLeft: true, tooltip });
  };
  // Only the patients on screen: a registry of 10,000 patients is asked for a screenful at a time.
  const { model } = analysis;
  const shown = blocksWithin(model.tree.patients, analysis.lines.offsetAt(params.range.start), analysis.lines.offsetAt(params.range.end));
  for (let i = shown.first; i < shown.end; i++) {
    const patient = model.patientAt(i);
    for (const interval of repeatIntervals(patient)) {
      const date = interval.procedure.node.date;
      if (date !== undefined && interval.repeated !== undefined && interval.repeatDays !== null) {
        add(date.span.end, interval.repeatDays, interval.repeated, "the procedure this one repeats");
      }
    }
    for (const rec of patient.recurrences) {
      const from = procedureOfRecurrence(patient, rec);
      if (from !== undefined && rec.node.date !== undefined) {
        const why = !rec.levelsGiven ? "the latest earlier procedure" : "the latest earlier procedure at a level of this recurrence";
        add(rec.node.date.span.end, rec.day! - from.day!, from, why);
      }
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
