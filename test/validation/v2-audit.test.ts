// An audit corpus for version 2's diagnostics, written from the spec (§4, §9.2,
// §9.3) alone: the §9.1 example with one thing changed at a time, then
// combinations. Each file must raise exactly the listed (code, line) pairs, no
// more and no fewer. Day differences were counted by hand (calendar arithmetic
// outside the code under test).
import { CLEAN, EXAMPLE, checkGroups, edit, withDayPatient, type Case } from "./v2-audit-fixture";

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
  ["an undeclared visit twice: VC701 on each (as VC102), VC702 on the second", edit({ 24: "    visit w7 { pain 2 }", 25: "    visit w7 { pain 1  odi 20 }" }), ["VC701:24", "VC701:25", "VC702:25"]],
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

checkGroups("version 2 diagnostics, audited against the spec: the header, visits, complications", [
  ["the example", BASE],
  ["the study header", HEADER_CASES],
  ["visits", VISIT_CASES],
  ["complications", COMPLICATION_CASES],
]);
