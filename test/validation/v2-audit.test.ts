// An audit corpus for version 2's diagnostics, written from the spec (§4, §9.2,
// §9.3) alone: the §9.1 example with one thing changed at a time, then
// combinations. Each file must raise exactly the listed (code, line) pairs, no
// more and no fewer. Day differences were counted by hand (calendar arithmetic
// outside the code under test).
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/** Spec §9.1, verbatim. */
const EXAMPLE = `study "Repeat vertebroplasty at previously treated levels" {
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
const CLEAN = EXAMPLE.replace("odi ? }", "odi 20 }");

/** CLEAN with whole lines (1-based, numbered as in CLEAN) replaced; a replacement may hold several lines. */
function edit(changes: Record<number, string>, base = CLEAN): string {
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
function withDayPatient(changes: Record<number, string> = {}): string {
  const lines = DAY_PATIENT.map((line, i) => changes[i + 31] ?? line);
  return `${CLEAN}\n${lines.join("\n")}\n`;
}

const TODAY = "2025-01-01";

/** Each found diagnostic as `CODE:line`, sorted. */
function found(text: string): string[] {
  const a = analyze(text, { today: TODAY });
  return a.diagnostics.map((d) => `${d.code}:${a.lines.lineNumber(d.span.start)}`).sort();
}

type Case = [name: string, text: string, expected: string[]];

const BASE: Case[] = [
  ["the §9.1 example: only its `odi ?`", EXAMPLE, ["VC103:25"]],
  ["the example without the ?", CLEAN, []],
  ["a day-N patient beside it", withDayPatient(), []],
];

const HEADER_CASES: Case[] = [
  ["a visit declared twice: the second", edit({ 4: '  visit w6 "6 weeks" day 42 window 14\n  visit w6 "six weeks" day 40' }), ["VC705:5"]],
  ["a complication kind declared twice: the second", edit({ 7: '  complication fracture "New vertebral fracture"\n  complication leak' }), ["VC705:8"]],
  ["a negative day", edit({ 5: '  visit m6 "6 months" day -182 window 30' }), ["VC705:5"]],
  ["a negative window", edit({ 4: '  visit w6 "6 weeks" day 42 window -14' }), ["VC705:4"]],
  ["visit ids, kinds and measures are separate namespaces", edit({ 5: '  visit m6 "6 months" day 182 window 30\n  visit pain day 7\n  complication w6' }), []],
  ["ids are case-sensitive: W6 is another visit", edit({ 4: '  visit w6 "6 weeks" day 42 window 14\n  visit W6 day 42' }), []],
  ["a visit without day", edit({ 4: '  visit w6 "6 weeks" window 14' }), ["VC001:4"]],
];

const VISIT_CASES: Case[] = [
  ["a misspelt visit id", edit({ 19: "    visit w7 on 2020-02-17 { pain 2  odi 30 }" }), ["VC701:19"]],
  ["a visit id in the wrong case", edit({ 19: "    visit W6 on 2020-02-17 { pain 2  odi 30 }" }), ["VC701:19"]],
  ["the same visit twice in PV2: the second", edit({ 25: "    visit w6 { pain 1  odi 20 }" }), ["VC702:25"]],
  ["the same visit twice, the second dated before PV2: both", edit({ 25: "    visit w6 on 2020-03-01 { pain 1  odi 20 }" }), ["VC702:25", "VC704:25"]],
  ["the same visit twice, the second outside the window: both", edit({ 25: "    visit w6 on 2020-06-01 { pain 1  odi 20 }" }), ["VC702:25", "VC703:25"]],
  ["56 days for 42 ± 14: on the edge, inside", edit({ 19: "    visit w6 on 2020-03-02 { pain 2  odi 30 }" }), []],
  ["57 days for 42 ± 14: outside", edit({ 19: "    visit w6 on 2020-03-03 { pain 2  odi 30 }" }), ["VC703:19"]],
  ["28 days for 42 ± 14: on the edge, inside", edit({ 19: "    visit w6 on 2020-02-03 { pain 2  odi 30 }" }), []],
  ["27 days for 42 ± 14: outside", edit({ 19: "    visit w6 on 2020-02-02 { pain 2  odi 30 }" }), ["VC703:19"]],
  ["212 days for 182 ± 30: inside", edit({ 25: "    visit m6 on 2020-10-14 { pain 1  odi 20 }" }), []],
  ["213 days for 182 ± 30: outside", edit({ 25: "    visit m6 on 2020-10-15 { pain 1  odi 20 }" }), ["VC703:25"]],
  ["window absent: any day", edit({ 5: '  visit m6 "6 months" day 182', 25: "    visit m6 on 2020-04-01 { pain 1  odi 20 }" }), []],
  ["window 0: any day", edit({ 5: '  visit m6 "6 months" day 182 window 0', 25: "    visit m6 on 2020-04-01 { pain 1  odi 20 }" }), []],
  ["a visit on its procedure's day: VC704 alone", edit({ 19: "    visit w6 on 2020-01-06 { pain 2  odi 30 }" }), ["VC704:19"]],
  ["a visit before its procedure: VC704 alone", edit({ 19: "    visit w6 on 2019-12-30 { pain 2  odi 30 }" }), ["VC704:19"]],
  ["a repeat's visit between the two procedures", edit({ 24: "    visit w6 on 2020-03-10 { pain 2 }" }), ["VC704:24"]],
  ["a window-0 visit on its procedure's day", edit({ 5: '  visit m6 "6 months" day 182', 25: "    visit m6 on 2020-03-16 { pain 1  odi 20 }" }), ["VC704:25"]],
  ["VC101 in a visit", edit({ 19: "    visit w6 on 2020-02-17 { pain 11  odi 30 }" }), ["VC101:19"]],
  ["VC101 below the range in a visit", edit({ 19: "    visit w6 on 2020-02-17 { pain 2  odi -1 }" }), ["VC101:19"]],
  ["VC102 in a visit", edit({ 19: "    visit w6 on 2020-02-17 { pian 2  odi 30 }" }), ["VC102:19"]],
  ["VC103 in a visit", edit({ 19: "    visit w6 on 2020-02-17 { pain ?  odi 30 }" }), ["VC103:19"]],
  ["VC104 in a visit, on the second", edit({ 19: "    visit w6 on 2020-02-17 {\n      pain 2\n      odi 30\n      pain 3\n    }" }), ["VC104:22"]],
  ["VC201 on a visit date", edit({ 19: "    visit w6 on 2020-02-30 { pain 2  odi 30 }" }), ["VC201:19"]],
  ["VC203 on a visit's day number", edit({ 19: "    visit w6 on day 42 { pain 2  odi 30 }" }), ["VC203:19"]],
  ["a visit on `day` without its number: the syntax error alone", edit({ 19: "    visit w6 on day { pain 2  odi 30 }" }), ["VC001:19"]],
  ["VC204 on a window-0 visit (and after the follow-up)", edit({ 5: '  visit m6 "6 months" day 182', 25: "    visit m6 on 2025-06-01 { pain 1  odi 20 }" }), ["VC204:25", "VC721:28"]],
  ["VC204 and VC703 on a far visit", edit({ 25: "    visit m6 on 2025-06-01 { pain 1  odi 20 }" }), ["VC204:25", "VC703:25", "VC721:28"]],
  ["a before -> after in a visit is a syntax error", edit({ 19: "    visit w6 on 2020-02-17 { pain 9 -> 2 }" }), ["VC001:19"]],
  ["a visit dated 17/02/2020", edit({ 19: "    visit w6 on 17/02/2020 { pain 2  odi 30 }" }), ["VC001:19"]],
  ["a decimal comma in a visit", edit({ 19: "    visit w6 on 2020-02-17 { pain 2,5  odi 30 }" }), ["VC001:19"]],
  ["an undeclared visit on the procedure's day: both", edit({ 19: "    visit w7 on 2020-01-06 { pain 2  odi 30 }" }), ["VC701:19", "VC704:19"]],
  ["a misspelt visit still has its scores checked", edit({ 19: "    visit w7 on 2020-02-17 { pain 11  odi 30 }" }), ["VC101:19", "VC701:19"]],
  ["a misspelt visit far from any window: VC701 alone", edit({ 19: "    visit w7 on 2020-12-01 { pain 2  odi 30 }" }), ["VC701:19"]],
  ["a misspelt visit on an impossible date: both", edit({ 19: "    visit w7 on 2020-02-31 { pain 2  odi 30 }" }), ["VC201:19", "VC701:19"]],
  ["a visit declared twice is judged by its first declaration", edit({ 4: '  visit w6 "6 weeks" day 42 window 14\n  visit w6 day 90 window 2' }), ["VC705:5"]],
  ["a misspelt visit with a day number", edit({ 19: "    visit w7 on day 42 { pain 2  odi 30 }" }), ["VC203:19", "VC701:19"]],
];

const COMPLICATION_CASES: Case[] = [
  ["a misspelt kind in a procedure", edit({ 18: '    complication leek at L1 "paravertebral, no symptoms"' }), ["VC711:18"]],
  ["a misspelt kind in a patient", edit({ 27: "  complication fractur on 2020-08-03 at L2 symptomatic" }), ["VC711:27"]],
  ["a level PV1 did not treat", edit({ 18: "    complication leak at L2" }), ["VC712:18"]],
  ["a range reaching a level PV1 did not treat", edit({ 18: "    complication leak at T11-L1" }), ["VC712:18"]],
  ["a range inside PV1's levels", edit({ 18: "    complication leak at T12-L1" }), []],
  ["two untreated levels in a list: one each, like VC302", edit({ 18: "    complication leak at T11, L1, L2" }), ["VC712:18", "VC712:18"]],
  ["a backwards range: VC303 alone", edit({ 18: "    complication leak at L1-T12" }), ["VC303:18"]],
  ["not a level: VC301 alone", edit({ 18: "    complication leak at T13" }), ["VC301:18"]],
  ["a patient's complication at a level never treated is fine", edit({ 27: "  complication fracture on 2020-08-03 at C5" }), []],
  ["a procedure's complication before its procedure", edit({ 18: "    complication leak on 2020-01-05 at L1" }), ["VC713:18"]],
  ["a procedure's complication on its day", edit({ 18: "    complication leak on 2020-01-06 at L1" }), []],
  ["a procedure's complication after its day", edit({ 18: "    complication leak on 2020-01-20 at L1" }), []],
  ["a patient's complication without a date", edit({ 27: "  complication fracture at L2 symptomatic" }), ["VC713:27"]],
  ["a patient's complication before the first procedure", edit({ 27: "  complication fracture on 2020-01-05 at L2" }), ["VC713:27"]],
  ["a patient's complication on the first procedure's day", edit({ 27: "  complication fracture on 2020-01-06 at L2" }), []],
  ["a patient's complication between procedures", edit({ 27: "  complication fracture on 2020-02-01 at L2" }), []],
  ["text before symptomatic is a syntax error", edit({ 18: '    complication leak at L1 "paravertebral" symptomatic' }), ["VC001:18"]],
  ["at before on is a syntax error, not also a complication without a date", edit({ 27: "  complication fracture at L2 on 2020-08-03" }), ["VC001:27"]],
  ["a bare `complication` before the next item: the syntax error alone", edit({ 27: "  complication fracture on 2020-08-03 at L2 complication followup until 2021-01-11", 28: "" }), ["VC001:27"]],
  ["a complication without a date, a syntax error on the next line: both", edit({ 27: "  complication fracture at L2", 28: "  followup untill 2021-01-11" }), ["VC001:28", "VC713:27"]],
  ["L1-2 is a syntax error", edit({ 18: "    complication leak at L1-2" }), ["VC001:18"]],
  ["VC203 on a complication's day number", edit({ 18: "    complication leak on day 10 at L1" }), ["VC203:18"]],
  ["a complication on `day` without its number: the syntax error alone", edit({ 27: "  complication fracture on day at L2" }), ["VC001:27"]],
  ["VC201 on a patient's complication: not VC713 too", edit({ 27: "  complication fracture on 2020-02-30 at L2" }), ["VC201:27"]],
  ["VC201 on a procedure's complication: not VC713 too", edit({ 18: "    complication leak on 2019-02-29 at L1" }), ["VC201:18"]],
  ["VC204 on a complication (and after the follow-up)", edit({ 27: "  complication fracture on 2025-03-01 at L2" }), ["VC204:27", "VC721:28"]],
  ["before its procedure and at an untreated level: both", edit({ 18: "    complication leak on 2020-01-01 at L2" }), ["VC712:18", "VC713:18"]],
  ["a misspelt kind before its procedure: both", edit({ 18: "    complication leek on 2020-01-01 at L1" }), ["VC711:18", "VC713:18"]],
  ["a calendar complication in a day-N procedure: VC203 alone", withDayPatient({ 35: "    complication leak on 2019-01-01 at L2" }), ["VC203:35"]],
  ["a misspelt kind at an untreated level: both", edit({ 18: "    complication leek at L2" }), ["VC711:18", "VC712:18"]],
];

/** CLEAN with a patient P2 appended (lines 31 on). */
const withPatient = (...lines: string[]) => `${CLEAN}\npatient P2 {\n${lines.join("\n")}\n}\n`;

const PATIENT_CASES: Case[] = [
  ["no procedure, a complication: VC503 and VC713", withPatient("  age 70", "  complication fracture on 2020-08-03 at L2"), ["VC503:31", "VC713:33"]],
  ["no procedure, an undated complication: one VC713", withPatient("  complication fracture"), ["VC503:31", "VC713:32"]],
  ["no procedure, a follow-up only", withPatient("  followup until 2021-01-01"), ["VC503:31"]],
  ["follow-up before a recurrence", withPatient("  procedure PV1 kyphoplasty on 2020-01-06 at L2 {", "  }", "  recurrence on 2020-03-01", "  followup until 2020-02-01"), ["VC721:35"]],
  ["follow-up on the recurrence's day", withPatient("  procedure PV1 kyphoplasty on 2020-01-06 at L2 {", "  }", "  recurrence on 2020-03-01", "  followup until 2020-03-01"), []],
  ["follow-up before the only procedure", withPatient("  procedure PV1 kyphoplasty on 2020-01-06 at L2 {", "  }", "  followup until 2020-01-05"), ["VC721:34"]],
  ["follow-up on the only procedure's day", withPatient("  procedure PV1 kyphoplasty on 2020-01-06 at L2 {", "  }", "  followup until 2020-01-06"), []],
];

const FOLLOWUP_CASES: Case[] = [
  ["follow-up before the last complication", edit({ 28: "  followup until 2020-08-02" }), ["VC721:28"]],
  ["follow-up on the last complication's day", edit({ 28: "  followup until 2020-08-03" }), []],
  ["follow-up before a visit", edit({ 27: "  complication fracture on 2020-04-01 at L2", 28: "  followup until 2020-04-20" }), ["VC721:28"]],
  ["follow-up on the last visit's day", edit({ 27: "  complication fracture on 2020-04-01 at L2", 28: "  followup until 2020-04-27" }), []],
  ["follow-up before a procedure's own dated complication", edit({ 18: "    complication leak on 2020-05-01 at L1", 27: "  complication fracture on 2020-04-01 at L2", 28: "  followup until 2020-04-30" }), ["VC721:28"]],
  ["follow-up before the repeat", edit({ 22: "  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {", 24: "    visit w6 { pain 2 }", 27: "  complication fracture on 2020-02-01 at L2", 28: "  followup until 2020-03-10" }), ["VC721:28"]],
  ["follow-up twice: the second", edit({ 28: "  followup until 2021-01-11\n  followup until 2021-02-01 lost" }), ["VC722:29"]],
  ["follow-up twice, the second before the last entry: both", edit({ 28: "  followup until 2021-01-11\n  followup until 2020-05-01 died" }), ["VC721:29", "VC722:29"]],
  ["lost", edit({ 28: "  followup until 2021-01-11 lost" }), []],
  ["died", edit({ 28: "  followup until 2021-01-11 died" }), []],
  ["a follow-up status misspelt", edit({ 28: "  followup until 2021-01-11 dead" }), ["VC001:28"]],
  ["a follow-up without until", edit({ 28: "  followup 2021-01-11" }), ["VC001:28"]],
  ["VC203 on a follow-up day number", edit({ 28: "  followup until day 400" }), ["VC203:28"]],
  ["VC201 on a follow-up: not VC721 too", edit({ 28: "  followup until 2021-02-30" }), ["VC201:28"]],
  ["VC204 on a follow-up", edit({ 28: "  followup until 2025-06-01" }), ["VC204:28"]],
];

const DAY_CASES: Case[] = [
  ["day 70 for 42 ± 14", withDayPatient({ 34: "    visit w6 on day 70 { pain 2 }" }), ["VC703:34"]],
  ["day 56 for 42 ± 14", withDayPatient({ 34: "    visit w6 on day 56 { pain 2 }" }), []],
  ["a visit on day 0, the procedure's day", withDayPatient({ 34: "    visit w6 on day 0 { pain 2 }" }), ["VC704:34"]],
  ["a visit on day -3", withDayPatient({ 34: "    visit w6 on day -3 { pain 2 }" }), ["VC704:34"]],
  ["follow-up before the complication", withDayPatient({ 38: "  followup until day 90" }), ["VC721:38"]],
  ["a patient's complication on day -3", withDayPatient({ 37: "  complication fracture on day -3 at L3" }), ["VC713:37"]],
  ["a procedure's complication on day -3", withDayPatient({ 35: "    complication leak on day -3 at L2" }), ["VC713:35"]],
  ["a calendar visit in a day-N patient", withDayPatient({ 34: "    visit w6 on 2020-02-17 { pain 2 }" }), ["VC203:34"]],
  ["a calendar follow-up in a day-N patient", withDayPatient({ 38: "  followup until 2021-01-11" }), ["VC203:38"]],
  ["a repeat's visit 40 days after it", withDayPatient({ 36: "  }\n  procedure PV2 vertebroplasty on day 60 at L2 repeats PV1 {\n    visit w6 on day 100 { pain 1 }\n  }" }), []],
  ["a repeat's visit before it", withDayPatient({ 36: "  }\n  procedure PV2 vertebroplasty on day 60 at L2 repeats PV1 {\n    visit w6 on day 50 { pain 1 }\n  }" }), ["VC704:38"]],
];

const REPEAT_CASES: Case[] = [
  ["a third procedure with its own w6", edit({ 26: "  }\n  procedure PV3 vertebroplasty on 2020-06-01 at L1 repeats PV2 {\n    visit w6 on 2020-07-13 { pain 1 }\n  }" }), []],
  ["a third procedure's visit dated at PV2's w6", edit({ 26: "  }\n  procedure PV3 vertebroplasty on 2020-06-01 at L1 repeats PV2 {\n    visit w6 on 2020-04-27 { pain 1 }\n  }" }), ["VC704:28"]],
  ["an impossible procedure date: its visits are not judged", edit({ 22: "  procedure PV2 vertebroplasty on 2020-02-30 at L1 repeats PV1 {" }), ["VC201:22"]],
  ["PV1 on day 0 among calendar dates: that day number alone", edit({ 14: "  procedure PV1 vertebroplasty on day 0 at T12, L1 {" }), ["VC203:14"]],
  ["PV1 on day 0, PV2 on a calendar date: on a tie the first kind written stands", edit({ 14: "  procedure PV1 vertebroplasty on day 0 at T12, L1 {", 21: "  note \"no recurrence\"" }), ["VC203:19", "VC203:22", "VC203:24", "VC203:27", "VC203:28"]],
  ["a day-N procedure among calendar dates: its visits are not judged", edit({ 22: "  procedure PV2 vertebroplasty on day 70 at L1 repeats PV1 {" }), ["VC203:22"]],
];

const MISTAKE_CASES: Case[] = [
  ["a procedure dated 15/03/2021", edit({ 22: "  procedure PV2 vertebroplasty on 15/03/2020 at L1 repeats PV1 {" }), ["VC001:22"]],
  ["cement 4,5 ml", edit({ 15: "    cement 4,5 ml" }), ["VC001:15"]],
  ["a visit declared at day -3", edit({ 4: '  visit w6 "6 weeks" day -3 window 14' }), ["VC705:4"]],
];


/** The §1 example of version 1, with one name changed. */
const V1 = `study "Repeat percutaneous vertebroplasty at previously treated levels" {
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

// Where §9 is silent: what an author would expect. (Where it is not, each code's
// condition stands on its own: §9.3 says "alone" only of VC704, so a duplicate or an
// undeclared visit is still judged by its date.)
const SILENT_CASES: Case[] = [
  ["a level twice in a complication", edit({ 18: "    complication leak at L1, L1" }), []],
  ["a negative day declared: the visits are not judged against it", edit({ 4: '  visit w6 "6 weeks" day -42 window 14' }), ["VC705:4"]],
  ["an undeclared kind without a date: both", edit({ 27: "  complication fractur at L2" }), ["VC711:27", "VC713:27"]],
  ["an empty visit block", edit({ 19: "    visit w6 on 2020-02-17 { }" }), []],
  ["two leaks in one procedure", edit({ 18: "    complication leak at L1\n    complication leak at T12 symptomatic" }), []],
  ["no study header: only VC601", edit({ 1: "", 2: "", 3: "", 4: "", 5: "", 6: "", 7: "", 8: "" }), ["VC601:10"]],
  ["a v1 etiology named visit", V1.replace("etiology osteoporosis", "etiology visit"), ["VC001:9"]],
  ["the v1 example, unchanged", V1, []],
];

describe("version 2 diagnostics, audited against the spec", () => {
  for (const [group, cases] of [
    ["the example", BASE],
    ["the study header", HEADER_CASES],
    ["visits", VISIT_CASES],
    ["complications", COMPLICATION_CASES],
    ["patients without procedures, follow-up after v1 items", PATIENT_CASES],
    ["follow-up", FOLLOWUP_CASES],
    ["day-N patients", DAY_CASES],
    ["several procedures", REPEAT_CASES],
    ["clinicians' mistakes", MISTAKE_CASES],
    ["where the spec is silent", SILENT_CASES],
  ] as const) {
    describe(group, () => {
      it.each(cases)("%s", (_name, text, expected) => {
        expect(found(text)).toEqual([...expected].sort());
      });
    });
  }
});

describe("version 2 messages say what to write", () => {
  const message = (text: string, code: string) => analyze(text, { today: TODAY }).diagnostics.find((d) => d.code === code)?.message;

  it("VC705: a negative window is explained as days either side of the visit's day", () => {
    expect(message(edit({ 4: '  visit w6 "6 weeks" day 42 window -14' }), "VC705")).toBe(
      "A visit's window cannot be negative (got -14); write how many days either side of day 42 are accepted, 0 or more (0 accepts any day)",
    );
  });

  it("VC712: names the untreated vertebra of a range and what the procedure treated", () => {
    expect(message(edit({ 18: "    complication leak at T11-L1" }), "VC712")).toBe(
      "PV1 did not treat T11 (it treated T12, L1); record a complication inside the procedure only at one of its levels, or under the patient with its date",
    );
  });

  it("VC203: cites the date that shows the patient's kind, as on a procedure", () => {
    expect(message(withDayPatient({ 34: "    visit w6 on 2020-02-17 { pain 2 }" }), "VC203")).toBe(
      "2020-02-17 is a calendar date, but patient P2 is dated with day numbers (day 0 on line 32); use one kind of date per patient",
    );
    expect(message(withPatient("  complication fracture on day 5", "  followup until 2021-01-01"), "VC203")).toBe(
      "2021-01-01 is a calendar date, but patient P2 is dated with day numbers (day 5 on line 32); use one kind of date per patient",
    );
  });

  it("VC701, VC711, and VC102 in a visit carry the closest declared name for the quick fix", () => {
    const text = edit({ 18: "    complication leek at L1", 19: "    visit W6 on 2020-02-17 { pian 2  odi 30 }" });
    const found = analyze(text, { today: TODAY }).diagnostics.map((d) => [d.code, d.data?.suggestion]);
    expect(found).toEqual([
      ["VC711", "leak"],
      ["VC701", "w6"],
      ["VC102", "pain"],
    ]);
  });

  it("VC721: says which date the follow-up must reach", () => {
    expect(message(edit({ 28: "  followup until 2020-08-02" }), "VC721")).toBe(
      "Follow-up until 2020-08-02 ends before 2020-08-03 (line 27), the patient's last dated entry; write the last date the patient was seen, on or after 2020-08-03",
    );
  });

  it("VC713: a patient without a procedure, in a sentence that starts with a capital", () => {
    expect(message(withPatient("  complication fracture on 2020-08-03"), "VC713")).toBe(
      "Patient P2 has no procedure, so this complication follows none; record the procedure first",
    );
  });
});
