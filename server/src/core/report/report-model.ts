/**
 * Everything a summary document shows, gathered once from an Analysis: the title,
 * the facts under it, the "errors left out" notice, the tables and the
 * chart data. Markdown, CSV, HTML and Word are renderings of this one Report, so
 * the formats never disagree on a cell. A new table is one more entry of
 * `tables`, built from the figures by its own builder (see table.ts).
 */
import type { Analysis } from "../analyze";
import { patientRows } from "../cohort/patient-rows";
import { cohortResponseTable, cohortScoreTable, intervalTable } from "./cohort-table";
import { baselineTable } from "./baseline-table";
import { complicationsTable } from "./complications-table";
import { diagnosticsNotice, type DiagnosticsNotice } from "./diagnostics-notice";
import { followUpTable } from "./followup-table";
import { outcomesTable } from "./outcomes-table";
import { patientScoreTable, patientTable } from "./patient-table";
import { chartSpecs, type ChartSpec } from "./svg-chart";
import { fromFile, type Table, type Words } from "./table";

export interface Fact {
  readonly label: string;
  readonly value: Words;
}

export interface Report {
  /** The study title, or a plain title when the file has none. */
  readonly title: Words;
  readonly facts: readonly Fact[];
  readonly notice: DiagnosticsNotice | null;
  /**
   * Table 1, outcomes over time, complications (when the study declares kinds),
   * follow-up (when a patient has a followup line); then patients and procedures,
   * per-patient scores, cohort scores, cohort responses, intervals.
   */
  readonly tables: readonly Table[];
  readonly charts: readonly ChartSpec[];
}

export function buildReport(analysis: Analysis, fileLabel: string): Report {
  const { model, figures } = analysis;
  const study = model.study;
  const rows = patientRows(model);
  const measures = [...figures.measures.values()].map((m) => m.def);
  const { total, initial, repeat } = figures.procedures;
  const facts: Fact[] = [{ label: "File", value: fromFile(fileLabel) }];
  const reference = study?.references[0]?.value;
  const design = study?.designs[0]?.value;
  if (reference !== undefined) facts.push({ label: "Reference", value: fromFile(reference) });
  if (design !== undefined) facts.push({ label: "Design", value: fromFile(design) });
  facts.push({ label: "Patients", value: String(figures.patients) });
  facts.push({ label: "Procedures", value: `${total} (${initial} initial, ${repeat} repeat)` });
  return {
    title: study?.title?.value === undefined ? "Case series summary" : fromFile(study.title.value),
    facts,
    notice: diagnosticsNotice(analysis),
    tables: [
      baselineTable(figures),
      outcomesTable(figures),
      ...[complicationsTable(figures), followUpTable(figures)].filter((t): t is Table => t !== null),
      patientTable(rows), patientScoreTable(rows, measures), cohortScoreTable(figures), cohortResponseTable(figures), intervalTable(figures),
    ],
    charts: chartSpecs(rows, figures),
  };
}
