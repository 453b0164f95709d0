// The audit corpus (v2-audit.test.ts), continued, written from the spec (§4, §9.2,
// §9.3) alone: the §9.1 example with one thing changed at a time, then
// combinations. Each file must raise exactly the listed (code, line) pairs, no
// more and no fewer. Day differences were counted by hand (calendar arithmetic
// outside the code under test).
import { CLEAN, V1, checkGroups, edit, withDayPatient, withPatient, type Case } from "./v2-audit-fixture";

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

checkGroups("version 2 diagnostics, audited against the spec: follow-up, dates, combinations", [
  ["patients without procedures, follow-up after v1 items", PATIENT_CASES],
  ["follow-up", FOLLOWUP_CASES],
  ["day-N patients", DAY_CASES],
  ["several procedures", REPEAT_CASES],
  ["clinicians' mistakes", MISTAKE_CASES],
  ["where the spec is silent", SILENT_CASES],
]);
