/**
 * Hover: cohort figures where the cursor is. The core says what is under the
 * cursor (query/target.ts); the builders beside this file lay out the figures:
 * the study keyword or title → the cohort (hover-cohort.ts), a measure → its
 * figures, a patient id → its timeline, a procedure id or `repeats X` → that
 * procedure (hover-patient.ts), a level → who was treated there (hover-level.ts),
 * a visit or complication kind → its schedule, scores or counts (hover-visit.ts);
 * any other keyword → its item's whole form, help and example.
 */
import { MarkupKind, type Hover, type HoverParams } from "vscode-languageserver";
import type { Analysis } from "../../core/analyze";
import type { Occurrence } from "../../core/query/symbols";
import { keywordHelpAt } from "../../core/query/keyword-help";
import { targetAt } from "../../core/query/target";
import type { AnalyzedDocument } from "../analyzed-document";
import { toRange } from "../convert";
import { measureHover, studyHover } from "./hover-cohort";
import { levelHover } from "./hover-level";
import { patientHover, procedureHover, repeatsHover } from "./hover-patient";
import { md } from "./markdown";
import { complicationHover, visitBlockHover, visitDeclHover } from "./hover-visit";

function symbolHover(analysis: Analysis, o: Occurrence): string | undefined {
  switch (o.kind) {
    case "measure":
      return o.measure === undefined
        ? `**${md(o.name)}** is not declared in the study header, so it has no figures.`
        : measureHover(analysis, o.measure);
    case "patient":
      return o.patient && patientHover(analysis, o.patient);
    case "procedure":
      if (o.patient === undefined) return undefined;
      if (o.repeatingProcedure !== undefined) return repeatsHover(o.patient, o.repeatingProcedure, o.procedure);
      return o.procedure && procedureHover(o.patient, o.procedure);
    case "visit":
      if (o.visit !== undefined && o.patient !== undefined && o.procedure !== undefined) return visitBlockHover(analysis, o.patient, o.procedure, o.visit);
      return visitDeclHover(analysis, o.name);
    case "complication":
      return complicationHover(analysis, o.name);
  }
}

export function provideHover(doc: AnalyzedDocument, params: HoverParams): Hover | null {
  const { analysis } = doc;
  const offset = analysis.lines.offsetAt(params.position);
  const target = targetAt(analysis, offset);
  if (target === undefined) return keywordHover(analysis, offset);
  let value: string | undefined;
  let span;
  switch (target.kind) {
    case "study":
      value = studyHover(analysis, target.study);
      span = target.study.title !== undefined && offset >= target.study.title.span.start ? target.study.title.span : target.study.keyword;
      break;
    case "symbol":
      value = symbolHover(analysis, target.occurrence);
      span = target.occurrence.span;
      break;
    case "level":
      value = levelHover(analysis, target.level, target.ordinal);
      span = target.level.span;
      break;
  }
  if (value === undefined) return keywordHover(analysis, offset);
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(analysis, span) };
}

/** A keyword: its item's whole form, what it is for, and an example (core/query/keyword-help.ts). */
function keywordHover(analysis: Analysis, offset: number): Hover | null {
  const help = keywordHelpAt(analysis.text, offset);
  if (help === undefined) return null;
  const value = ["```vcase", help.form, "```", help.help, "", "Example:", "```vcase", help.example, "```"].join("\n");
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(analysis, help.span) };
}
