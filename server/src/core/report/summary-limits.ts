/**
 * The largest summary the tables can be built for. The per-patient table has
 * a row per patient and two columns per measure, and the cohort tables and charts
 * a few rows and a chart per measure; a document beyond these would take minutes
 * and gigabytes, then abort out of memory or exceed the longest string JavaScript
 * can hold (100,000 measures did). Beyond them the answer is one sentence, never
 * an abort. The JSON summary has no per-patient table: it is limited by measures only.
 *
 * Measured with `vcase summary --format html`: 100,000 patients with 2 measures
 * (1.4 million cells) take about 40 s and 1.8 GB; 5,000 measures 5 s and 0.5 GB.
 */
import type { Analysis } from "../analyze";
import type { SummaryView } from "./render-summary";

export const MAX_SUMMARY_MEASURES = 10_000;
export const MAX_PATIENT_TABLE_CELLS = 1_500_000;

/** The per-patient table's columns besides two per measure (patient, age, sex, …, cement). */
const FIXED_COLUMNS = 10;

function count(n: number, noun?: string): string {
  const figure = n.toLocaleString("en-US");
  return noun === undefined ? figure : `${figure} ${noun}${n === 1 ? "" : "s"}`;
}

/** Why this summary is too large to build, in one sentence; null when it is not. */
export function summaryTooLarge(analysis: Analysis, format: SummaryView): string | null {
  const measures = analysis.model.measures.size; // from the model: the figures of 100,000 measures take long to compute
  if (measures > MAX_SUMMARY_MEASURES) {
    return `the file declares ${count(measures, "measure")}, and a summary can show at most ${count(MAX_SUMMARY_MEASURES)}.`;
  }
  if (format === "json") return null;
  const patients = analysis.model.patientCount;
  const cells = patients * (FIXED_COLUMNS + 2 * measures);
  if (cells > MAX_PATIENT_TABLE_CELLS) {
    return (
      `its per-patient table would have ${count(cells)} cells (${count(patients, "patient")}, ${count(measures, "measure")}), ` +
      `more than the ${count(MAX_PATIENT_TABLE_CELLS)} a summary can show; --format json gives the cohort figures without it.`
    );
  }
  return null;
}
