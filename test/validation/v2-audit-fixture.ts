// The audit corpus's fixture (v2-audit*.test.ts): the spec's §9.1 example, ways to
// change its lines, and the exact (code, line) pairs a text raises.
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/** Spec §9.1, verbatim. */
export const EXAMPLE = `study "Repeat vertebroplasty at previously treated levels" {
  measure pain "Pain (VAS)" range 0..10 better lower responder 3
  measure odi "Oswestry Disability Index (%)" range 0..100 better lower responder 10
  visit w6 "6 weeks" day 42 window 14
  visit m6 "6 months" day 182 window 30
  complication leak "Cement leakage"
  complication fracture "New vertebral fracture"
}

patient P1 {
  age 78
  sex F
  etiology osteoporosis
  procedure PV1 vertebroplasty on 2020-01-06 at T12, L1 {
    cement 4.5 ml
    pain 9 -> 2
    odi 64 -> 40
    complication leak at L1 "paravertebral, no symptoms"
    visit w6 on 2020-02-17 { pain 2  odi 30 }
  }
  recurrence on 2020-03-02 at L1
  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {
    pain 10 -> 3
    visit w6 on 2020-04-27 { pain 2 }
    visit m6 { pain 1  odi ? }
  }
  complication fracture on 2020-08-03 at L2 symptomatic
  followup until 2021-01-11
}
`;

/** The example without its one `?` (VC103 on line 25): a clean file to change. */
export const CLEAN = EXAMPLE.replace("odi ? }", "odi 20 }");

/** CLEAN with whole lines (1-based, numbered as in CLEAN) replaced; a replacement may hold several lines. */
export function edit(changes: Record<number, string>, base = CLEAN): string {
  return base
    .split("\n")
    .map((line, i) => changes[i + 1] ?? line)
    .join("\n");
}

/** A second patient, dated in day numbers, appended after CLEAN: its lines are 31-39. */
const DAY_PATIENT = [
  "patient P2 {",
  "  procedure PV1 vertebroplasty on day 0 at L2 {",
  "    pain 8 -> 3",
  "    visit w6 on day 40 { pain 2 }",
  "    complication leak at L2",
  "  }",
  "  complication fracture on day 100 at L3",
  "  followup until day 200",
  "}",
];
export function withDayPatient(changes: Record<number, string> = {}): string {
  const lines = DAY_PATIENT.map((line, i) => changes[i + 31] ?? line);
  return `${CLEAN}\n${lines.join("\n")}\n`;
}

export const TODAY = "2025-01-01";

/** Each found diagnostic as `CODE:line`, sorted. */
export function found(text: string): string[] {
  const a = analyze(text, { today: TODAY });
  return a.diagnostics.map((d) => `${d.code}:${a.lines.lineNumber(d.span.start)}`).sort();
}

export type Case = [name: string, text: string, expected: string[]];

/** CLEAN with a patient P2 appended (lines 31 on). */
export const withPatient = (...lines: string[]) => `${CLEAN}\npatient P2 {\n${lines.join("\n")}\n}\n`;

/** The §1 example of version 1 (its `?` recorded as 1): a v1 file to rename things in. */
export const V1 = `study "Repeat percutaneous vertebroplasty at previously treated levels" {
  measure pain "Pain (11-point scale)" range 0..10 better lower responder 3
  measure mobility "Mobility impairment (5-point scale)" range 0..4 better lower
}

patient P1 {
  age 78
  sex F
  etiology osteoporosis
  procedure PV1 vertebroplasty on 1996-05-14 at T12, L1 {
    cement 4.5 ml
    pain 9 -> 2
    mobility 3 -> 1
  }
  recurrence on 1996-05-22 at T12
  procedure PV2 vertebroplasty on 1996-06-03 at T12 repeats PV1 {
    pain 10 -> 3
    mobility 3 -> 1
  }
}
`;

/** Checks each group of cases: exactly the listed (code, line) pairs, in any order. */
export function checkGroups(title: string, groups: readonly (readonly [string, readonly Case[]])[]): void {
  describe(title, () => {
    for (const [group, cases] of groups) {
      describe(group, () => {
        it.each(cases)("%s", (_name, text, expected) => {
          expect(found(text)).toEqual([...expected].sort());
        });
      });
    }
  });
}
