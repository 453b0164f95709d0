/**
 * A small cohort with every version-2 item, for the summary tests: the file's
 * text (before and after, Table 1) and, written out by hand from the comments,
 * what the linked model is to hand over for its visits, complications and
 * follow-up (`CohortV2Input`), until the syntax reads them.
 */
import type { Analysis } from "../../server/src/core/analyze";
import { analyze } from "../../server/src/core/analyze";
import { computeCohort } from "../../server/src/core/cohort/figures";
import type { CohortV2Input } from "../../server/src/core/cohort/v2-figures";
import { visitScoreTables } from "../cohort/visit-score-table";

export const V2_TEXT = `study "V2 tables" {
  measure pain "Pain (VAS)" range 0..10 better lower responder 3
}
patient P1 { age 70 sex F etiology osteoporosis procedure A vertebroplasty on 2020-01-01 at L1 { pain 8 -> 3 } }
patient P2 { age 80 sex male etiology osteoporosis procedure A vertebroplasty on 2020-02-01 at T12, L1 { pain 9 -> 2 } }
patient P3 { sex F etiology "multiple myeloma" procedure A vertebroplasty on 2020-03-01 at L2 { pain 7 -> 4 } }
patient P4 { age 75 procedure A vertebroplasty on 2020-04-01 at T8-T10 { pain 10 -> 5 } }
`;

const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const T8 = 14, T9 = 15, T10 = 16, T12 = 18, L1 = 19, L2 = 20;

// visit w6 "6 weeks" day 42 / visit m6 "6 months" day 182
// P1: w6 { pain 2 } m6 { pain 1 }; P2: w6 { pain 3 } m6 { pain 1 }; P3: w6 { pain ? }; P4: w6 { pain 4 }
// P1's procedure: complication leak at L1; P2's: complication leak at T12 symptomatic;
// P2: complication fracture on 2020-05-01 at L2 symptomatic
// followup until: P1 2021-01-01; P2 2020-08-01 lost; P3 2020-03-31 died; P4 none
export const V2_INPUT: CohortV2Input = {
  visits: [
    { id: "w6", label: "6 weeks", day: 42, window: 14 },
    { id: "m6", label: "6 months", day: 182, window: 30 },
  ],
  visitScores: visitScoreTables(new Map([
    ["pain", [
      { role: "initial", before: 8, visits: new Map([["w6", 2], ["m6", 1]]) },
      { role: "initial", before: 9, visits: new Map([["w6", 3], ["m6", 1]]) },
      { role: "initial", before: 7, visits: new Map([["w6", undefined]]) },
      { role: "initial", before: 10, visits: new Map([["w6", 4]]) },
    ]],
  ])),
  complicationKinds: [
    { id: "leak", label: "Cement leakage" },
    { id: "fracture", label: "New fracture" },
  ],
  patients: [
    {
      procedures: [{ role: "initial", day: day("2020-01-01"), levels: new Set([L1]), complications: [{ kind: "leak", day: undefined, levels: [L1], symptomatic: false }] }],
      complications: [],
      followups: [{ day: day("2021-01-01"), status: "completed" }],
    },
    {
      procedures: [{ role: "initial", day: day("2020-02-01"), levels: new Set([T12, L1]), complications: [{ kind: "leak", day: undefined, levels: [T12], symptomatic: true }] }],
      complications: [{ kind: "fracture", day: day("2020-05-01"), levels: [L2], symptomatic: true }],
      followups: [{ day: day("2020-08-01"), status: "lost" }],
    },
    {
      procedures: [{ role: "initial", day: day("2020-03-01"), levels: new Set([L2]), complications: [] }],
      complications: [],
      followups: [{ day: day("2020-03-31"), status: "died" }],
    },
    {
      procedures: [{ role: "initial", day: day("2020-04-01"), levels: new Set([T8, T9, T10]), complications: [] }],
      complications: [],
      followups: [],
    },
  ],
};

/** The analysis of `text` with the figures computed from `v2` as well. */
export function analysisWithV2(text: string, v2: CohortV2Input): Analysis {
  const a = analyze(text, { today: "2025-01-01" });
  return {
    text: a.text, lines: a.lines, parsed: a.parsed, model: a.model, diagnostics: a.diagnostics,
    errorCount: a.errorCount, warningCount: a.warningCount,
    figures: computeCohort(a.model, a.text, v2),
  };
}
