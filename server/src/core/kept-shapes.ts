/**
 * One small analysis, kept for as long as the process runs, so that the engine's
 * optimised code for analysing stays valid between analyses.
 *
 * The engine's optimised code assumes the shapes ("maps") of the objects it has
 * seen: a syntax tree, its tables, a linked patient. It holds those shapes weakly.
 * When the last object of a shape is collected, every piece of code that assumed
 * it is thrown away, and the next analysis runs slowly until it is optimised
 * again. A server holds each open document's analysis, so the shapes live on
 * there while a document is open; after the last one is closed, or in any process
 * that collects fully while it holds no analysis, they did not: after such a
 * collection an analysis of 10,000 patients took 2–3 times as long
 * (docs/performance-history.md, item 15). Measured again for issue 33, each run
 * after a full collection with nothing else alive, in 15 processes of 10 runs
 * each way: 200–260 ms of CPU (median 237) without the kept analysis, 41–46 ms
 * (median 43) with it.
 *
 * Linked patients are the exception: an analysis keeps them only once an editor
 * feature has asked for the whole list (model/cohort-model.ts), so however many
 * documents are open, the analysis kept here may be the only one that holds theirs.
 *
 * The text below holds every kind of block, field, date and score, so that its
 * analysis, figures, nodes and linked patients make objects of every shape the
 * pipeline uses. It costs some 50 KB and one small analysis: 3.5–5.7 ms of CPU
 * when it is made, 10–13 ms with the code still cold. So it is made after the
 * second real analysis, not the first: a server's start to its first diagnostics
 * does not wait for it, and the first analysis is alive while it is the only one
 * (the server holds it, the command line uses it).
 */
import type { Analysis } from "./analyze";

export const SHAPES_TEXT = `study "Kept shapes" {
  reference "none"
  design "case series"
  measure pain "Pain" range 0..10 better lower responder 3
  measure mobility range 0..4 better higher
  visit w1 "1 week" day 7 window 3
  visit m6 "6 months" day 182 window 30
  complication leak "Cement leakage"
  complication fracture
}

patient A1 {
  age 70
  sex F
  etiology osteoporosis
  procedure PV1 vertebroplasty on 2020-01-06 at T11, T12-L1 {
    cement 3.5 ml
    pain 8 -> 2
    mobility 3 -> ?
    complication leak at T12 "disc"
    complication leak on 2020-01-07 symptomatic
    visit w1 on 2020-01-13 { pain 3 mobility 2 }
    visit m6 on 2020-07-06 { pain ? }
    note "first"
  }
  recurrence on 2020-02-03 at T12
  procedure PV2 vertebroplasty on 2020-03-02 at T12 repeats PV1 {
    pain 7 -> 3
    mobility 2 -> 1
  }
  complication fracture on 2020-02-03 at L1 symptomatic "adjacent"
  followup until 2021-03-01
  note "kept"
}

patient A2 {
  sex M
  etiology "multiple myeloma"
  procedure PV1 kyphoplasty on day 0 at L2 {
    pain ? -> 4
  }
  recurrence on day 40
  followup until day 300 lost
}

patient A3 {
  procedure PV1 vertebroplasty on day 0 at L3 {
    pain 6 -> 2
    visit w1 on day 7 { pain 2 }
  }
  followup until day 30 died
}
`;

let kept: Analysis | undefined;
/** Analyses made so far, up to the keeper's own (the third, made inside the second's call). */
let analyses = 0;

/**
 * Called after each analysis: after the second, makes and keeps the analysis of
 * SHAPES_TEXT with `analyze`, its figures, nodes and linked patients made.
 */
export function keepShapes(analyze: (text: string) => Analysis): void {
  if (kept !== undefined || ++analyses !== 2) return;
  const analysis = analyze(SHAPES_TEXT);
  void analysis.figures;
  void analysis.model.file;
  void analysis.model.patients;
  kept = analysis;
}
