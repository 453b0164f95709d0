/**
 * Everything a summary document shows, gathered once from an Analysis: the title,
 * the facts under it, the "errors left out" notice, the tables and the
 * chart data. Markdown, CSV and HTML are renderings of this one Report, so the
 * formats never disagree on a cell.
 */
import type { Analysis } from "../analyze";
import { patientRows } from "../cohort/patient-rows";
import { cohortResponseTable, cohortScoreTable, intervalTable } from "./cohort-table";
import { diagnosticsNotice, type DiagnosticsNotice } from "./diagnostics-notice";
import { patientTable } from "./patient-table";
import { chartSpecs, type ChartSpec } from "./svg-chart";
import type { Table } from "./table";

export interface Fact {
  readonly label: string;
  readonly value: string;
}

export interface Report {
  /** The study title, or a plain title when the file has none. */
  readonly title: string;
  readonly facts: readonly Fact[];
  readonly notice: DiagnosticsNotice | null;
  /** Per-patient table, cohort scores, cohort responses, intervals. */
  readonly tables: readonly Table[];
  readonly charts: readonly ChartSpec[];
}

export function buildReport(analysis: Analysis, fileLabel: string): Report {
  const { model, figures } = analysis;
  const study = model.study;
  const rows = patientRows(model);
  const measures = [...figures.measures.values()].map((m) => m.def);
  const { total, initial, repeat } = figures.procedures;
  const facts: Fact[] = [{ label: "File", value: fileLabel }];
  const reference = study?.references[0]?.value;
  const design = study?.designs[0]?.value;
  if (reference !== undefined) facts.push({ label: "Reference", value: reference });
  if (design !== undefined) facts.push({ label: "Design", value: design });
  facts.push({ label: "Patients", value: String(figures.patients) });
  facts.push({ label: "Procedures", value: `${total} (${initial} initial, ${repeat} repeat)` });
  return {
    title: study?.title?.value ?? "Case series summary",
    facts,
    notice: diagnosticsNotice(analysis),
    tables: [patientTable(rows, measures), cohortScoreTable(figures), cohortResponseTable(figures), intervalTable(figures)],
    charts: chartSpecs(rows, figures),
  };
}
