/**
 * The text "VCase: New Case Series" opens: a study header with one measure and one
 * patient with one procedure, each line an example to overwrite; the study comes
 * first, since VS Code names an untitled tab after its first line. It is the one copy
 * of the template; test/client/case-series-template.test.ts checks that it analyses
 * without a single diagnostic, so a new author starts from a clean file.
 */
export const CASE_SERIES_TEMPLATE = `study "Title of your case series" {
  reference "PMID or DOI, once published"
  design "retrospective case series"
  measure pain "Pain (11-point scale)" range 0..10 better lower responder 3
}

// Replace the examples with your own, one block per patient. Hover the study
// title for the cohort's figures; VCase: Open Summary Table shows the tables.
patient P1 {
  age 70
  sex F
  etiology osteoporosis
  procedure PV1 vertebroplasty on 2024-01-15 at L1 {
    pain 8 -> 3
  }
}
`;
