// A second audit of the v2 diagnostics (spec §4, §9.2, §9.3), from angles the
// first audit (v2-audit*.test.ts) did not take: several patients, chains of
// repeats, header placement, shared names, edges of windows and dates, broken
// procedure dates, and the lexical surface. Every expectation was written from
// the spec by hand: `CODE:line`, exactly, nothing else.
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { checkGroups, type Case } from "./v2-audit-fixture";

/** A study header of 8 lines; patients written after it start on line 9. */
const HEADER = [
  'study "Second audit" {',
  '  measure pain "Pain (VAS)" range 0..10 better lower responder 3',
  '  visit w6 "6 weeks" day 42 window 14',
  '  visit m6 day 182 window 30',
  "  visit d0 day 0",
  '  complication leak "Cement leakage"',
  "  complication fracture",
  "}",
];
/** HEADER then the given lines: the first given line is line 9. */
const file = (...lines: string[]) => [...HEADER, ...lines].join("\n") + "\n";

const closesLastProcedure = (lines: string[]) =>
  lines.filter((l) => l === "  }").length > lines.filter((l) => l.startsWith("  procedure ")).length;
/**
 * Patient P1 (line 9) whose procedure PV1 on 2020-01-06 at L1 (line 10) goes on with `lines` (from line 11).
 * The last procedure is closed after them unless `lines` already closes it (a line "  }"
 * for each procedure); then only the patient is closed.
 */
const onePatient = (...lines: string[]) =>
  file(
    "patient P1 {",
    "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
    ...lines,
    ...(closesLastProcedure(lines) ? ["}"] : ["  }", "}"]),
  );

const patients: Case[] = [
  [
    "a visit before its procedure in P2 is reported in P2 only",
    file(
      "patient P1 {", // 9
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit w6 on 2020-02-17 { pain 2 }",
      "  }",
      "}",
      "patient P2 {", // 14
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit w6 on 2020-01-05 { pain 2 }", // 16
      "  }",
      "}",
      "patient P3 {", // 19
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit w6 on 2020-02-17 { pain 2 }",
      "  }",
      "}",
    ),
    ["VC704:16"],
  ],
  [
    "one patient in day numbers, another in calendar dates: no mixing",
    file(
      "patient P1 {",
      "  procedure PV1 vertebroplasty on day 0 at L1 {",
      "    visit w6 on day 42 { pain 2 }",
      "    complication leak on day 0",
      "  }",
      "  followup until day 200",
      "}",
      "patient P2 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit w6 on 2020-02-17 { pain 2 }",
      "  }",
      "  complication fracture on 2020-03-01 at L2",
      "  followup until 2021-01-01",
      "}",
    ),
    [],
  ],
  [
    "P2's followup judged against P2's own entries, not P1's later ones",
    file(
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit m6 on 2020-07-06 { pain 2 }",
      "  }",
      "  followup until 2021-01-01",
      "}",
      "patient P2 {",
      "  procedure PV1 vertebroplasty on 2019-01-06 at L1 {",
      "    visit w6 on 2019-02-17 { pain 2 }",
      "  }",
      "  followup until 2019-03-01 lost",
      "}",
    ),
    [],
  ],
  [
    "the same procedure id and visit in two patients is no duplicate",
    file(
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit w6 on 2020-02-17 { pain 2 }",
      "  }",
      "}",
      "patient P2 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit w6 on 2020-02-17 { pain 2 }",
      "  }",
      "}",
    ),
    [],
  ],
  [
    "a patient without procedure but with a complication; the next patient is clean",
    file(
      "patient P1 {", // 9
      "  complication fracture on 2020-03-01 at L2", // 10
      "  followup until 2020-06-01",
      "}",
      "patient P2 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    complication leak",
      "  }",
      "  complication fracture on 2020-03-01 at L2",
      "}",
    ),
    ["VC503:9", "VC713:10"],
  ],
];

const repeats: Case[] = [
  [
    "two repeats, each with its own w6 visit 42 days after it: clean",
    onePatient(
      "    visit w6 on 2020-02-17 { pain 2 }", // 11
      "  }",
      "  recurrence on 2020-03-02 at L1",
      "  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {",
      "    visit w6 on 2020-04-27 { pain 2 }", // 15
      "  }",
      "  procedure PV3 vertebroplasty on 2020-06-01 at L1 repeats PV2 {",
      "    visit w6 on 2020-07-13 { pain 1 }", // 18
      "    visit m6 on 2020-11-30 { pain 1 }", // 19: 182 days
    ),
    [],
  ],
  [
    "the second repeat's visit after the first repeat but before its own procedure",
    onePatient(
      "    visit w6 on 2020-02-17 { pain 2 }",
      "  }",
      "  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {",
      "    visit w6 on 2020-04-27 { pain 2 }",
      "  }",
      "  procedure PV3 vertebroplasty on 2020-06-01 at L1 repeats PV2 {",
      "    visit w6 on 2020-05-01 { pain 1 }", // 17
    ),
    ["VC704:17"],
  ],
  [
    "two repeats of the same procedure, visits measured from each repeat",
    onePatient(
      "  }",
      "  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {",
      "    visit w6 on 2020-04-27 { pain 2 }",
      "  }",
      "  procedure PV3 vertebroplasty on 2020-06-01 at L1 repeats PV1 {",
      "    visit w6 on 2020-07-14 { pain 2 }", // 16: 43 days, inside
      "    visit m6 on 2020-06-02 { pain 2 }", // 17: 1 day, m6 window 30 around 182
    ),
    ["VC703:17"],
  ],
  [
    "the same visit in two procedures of one patient is no duplicate; twice in one is",
    onePatient(
      "    visit w6 on 2020-02-17 { pain 2 }",
      "  }",
      "  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {",
      "    visit w6 on 2020-04-27 { pain 2 }",
      "    visit w6 on 2020-04-28 { pain 2 }", // 15
    ),
    ["VC702:15"],
  ],
];

const headers: Case[] = [
  [
    "the study header written after the patients",
    [
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit w6 on 2020-02-17 { pain 2 }",
      "    complication leak",
      "  }",
      "}",
      ...HEADER,
    ].join("\n"),
    [],
  ],
  [
    "a second study header is VC601 on its line; its own declarations clash with the first's",
    file(
      'study "Again" {', // 9
      '  visit w6 "six weeks" day 42', // 10
      "  complication leak", // 11
      "}",
    ),
    ["VC601:9", "VC705:10", "VC705:11"],
  ],
  [
    "a second study header's new visit and kind can be used; the first declaration of w6 decides its window",
    file(
      'study "Again" {', // 9
      "  visit w6 day 42", // 10: window 0 here, but w6 is already declared with window 14
      "  visit m3 day 91 window 14",
      "  complication cage",
      "}",
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit w6 on 2020-01-08 { pain 2 }", // 16: 2 days after, outside 42 ± 14
      "    visit m3 on 2020-04-06 { pain 2 }",
      "    complication cage",
      "  }",
      "}",
    ),
    ["VC601:9", "VC705:10", "VC703:16"],
  ],
];

const namespaces: Case[] = [
  [
    "a visit, a complication kind and a measure may share a name",
    [
      'study "Names" {',
      '  measure pain "Pain (VAS)" range 0..10',
      "  visit pain day 42",
      "  complication pain",
      "  visit leak day 7",
      "  complication leak",
      "}",
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    pain 8 -> 3",
      "    visit pain on 2020-02-17 { pain 2 }",
      "    visit leak { pain 3 }",
      "    complication pain",
      "    complication leak",
      "  }",
      "}",
    ].join("\n"),
    [],
  ],
  [
    "a visit named like a measure is still only a visit: undeclared as a complication",
    [
      'study "Names" {',
      '  measure pain "Pain (VAS)" range 0..10',
      "  visit w6 day 42",
      "}",
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    complication w6", // 7
      "    visit pain { pain 2 }", // 8
      "  }",
      "}",
    ].join("\n"),
    ["VC711:7", "VC701:8"],
  ],
];

const windows: Case[] = [
  [
    "a day-0 visit with no window: the day after the procedure is fine, the day itself is VC704 alone",
    onePatient(
      "    visit d0 on 2020-01-07 { pain 5 }",
      "  }",
      "  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {",
      "    visit d0 on 2020-03-16 { pain 5 }", // 14
    ),
    ["VC704:14"],
  ],
  [
    "w6 (42 ± 14) exactly at both edges is inside",
    onePatient(
      "    visit w6 on 2020-02-03 { pain 5 }", // 28 days
      "  }",
      "  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {",
      "    visit w6 on 2020-05-11 { pain 5 }", // 56 days
    ),
    [],
  ],
  [
    "w6 one day beyond either edge is VC703",
    onePatient(
      "    visit w6 on 2020-02-02 { pain 5 }", // 11: 27 days
      "  }",
      "  procedure PV2 vertebroplasty on 2020-03-16 at L1 repeats PV1 {",
      "    visit w6 on 2020-05-12 { pain 5 }", // 14: 57 days
    ),
    ["VC703:11", "VC703:14"],
  ],
  [
    "on the procedure's own day: VC704 alone, even where the window excludes it",
    onePatient("    visit w6 on 2020-01-06 { pain 5 }"),
    ["VC704:11"],
  ],
  [
    "the day after the procedure, far outside w6's window: VC703 only",
    onePatient("    visit w6 on 2020-01-07 { pain 5 }"),
    ["VC703:11"],
  ],
  [
    "window 0 accepts any day; day 0 and window 0 written out are not negative",
    [
      'study "W" {',
      "  measure pain range 0..10",
      "  visit late day 42 window 0",
      "  visit zero day 0 window 0",
      "}",
      "patient P1 {",
      "  procedure PV1 vertebroplasty on day 0 at L1 {",
      "    visit late on day 400 { pain 1 }",
      "    visit zero on day 1 { pain 1 }",
      "  }",
      "}",
    ].join("\n"),
    [],
  ],
  [
    "in day numbers: a visit on the procedure's day is VC704, the window is measured in days",
    [
      'study "W" {',
      "  measure pain range 0..10",
      "  visit w6 day 42 window 14",
      "}",
      "patient P1 {",
      "  procedure PV1 vertebroplasty on day 10 at L1 {",
      "    visit w6 on day 10 { pain 1 }", // 7
      "  }",
      "  procedure PV2 vertebroplasty on day 100 at L1 repeats PV1 {",
      "    visit w6 on day 157 { pain 1 }", // 10: 57 days
      "  }",
      "}",
    ].join("\n"),
    ["VC704:7", "VC703:10"],
  ],
  [
    "negative day and negative window are VC705 on their declarations",
    [
      'study "W" {',
      "  measure pain range 0..10",
      "  visit a day -1", // 3
      "  visit b day 42 window -7", // 4
      "}",
    ].join("\n"),
    ["VC705:3", "VC705:4"],
  ],
];

const followup: Case[] = [
  [
    "followup exactly on the last entry's date (a patient complication) is fine",
    onePatient("  }", "  complication fracture on 2020-08-03 at L2", "  followup until 2020-08-03"),
    [],
  ],
  [
    "followup a day before the last entry (a patient complication) is VC721",
    onePatient("  }", "  complication fracture on 2020-08-03 at L2", "  followup until 2020-08-02"),
    ["VC721:13"],
  ],
  [
    "followup exactly on the last visit's date is fine; a day before is VC721",
    file(
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit m6 on 2020-07-06 { pain 2 }",
      "  }",
      "  followup until 2020-07-06",
      "}",
      "patient P2 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    visit m6 on 2020-07-06 { pain 2 }",
      "  }",
      "  followup until 2020-07-05", // 19
      "}",
    ),
    ["VC721:19"],
  ],
  [
    "died before a visit is VC721",
    onePatient("    visit m6 on 2020-07-06 { pain 2 }", "  }", "  followup until 2020-05-01 died"),
    ["VC721:13"],
  ],
  [
    "followup before a procedure's complication dated later than the procedure",
    onePatient("    complication leak on 2020-02-01", "  }", "  followup until 2020-01-20"),
    ["VC721:13"],
  ],
  [
    "followup on the procedure's day with an undated visit is fine (the visit has no date)",
    onePatient("    visit w6 { pain 2 }", "  }", "  followup until 2020-01-06"),
    [],
  ],
  [
    "followup twice: VC722 on the second",
    onePatient("  }", "  followup until 2021-01-01", "  followup until 2021-02-01 lost"),
    ["VC722:13"],
  ],
];

const complications: Case[] = [
  [
    "a procedure's complication on the procedure's own date is fine; a day before is VC713",
    onePatient(
      "    complication leak on 2020-01-06 at L1",
      "    complication leak on 2020-01-05 at L1", // 12
    ),
    ["VC713:12"],
  ],
  [
    "a patient complication on the first procedure's date is fine; a day before is VC713",
    onePatient(
      "  }",
      "  complication fracture on 2020-01-06 at L2",
      "  complication fracture on 2020-01-05 at L2", // 13
    ),
    ["VC713:13"],
  ],
  [
    "a patient complication after a recurrence written before the first procedure",
    file(
      "patient P1 {",
      "  recurrence on 2020-01-01 at L1", // 10
      "  complication fracture on 2020-01-03 at L2", // 11
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "  }",
      "}",
    ),
    ["VC202:10", "VC713:11"],
  ],
  [
    "the first procedure is the earliest, not the first written",
    file(
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-05-01 at L1 {",
      "  }",
      "  procedure PV0 vertebroplasty on 2020-01-06 at T12 {",
      "  }",
      "  complication fracture on 2020-03-01 at L2",
      "}",
    ),
    [],
  ],
  [
    "a patient complication when the first procedure's date does not exist: quiet, as a recurrence is",
    file(
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2021-02-30 at L1 {", // 10
      "  }",
      "  procedure PV2 vertebroplasty on 2021-05-01 at L1 repeats PV1 {",
      "  }",
      "  recurrence on 2021-03-20 at L1",
      "  complication fracture on 2021-04-01 at L2", // after PV1 (whenever in February), before PV2
      "}",
      "patient P2 {",
      "  procedure PV1 vertebroplasty on 2021-06-30 at L1 {",
      "  }",
      "  procedure PV0 vertebroplasty on 2021-13-01 at L2 {", // 20: another initial, its date unknown
      "  }",
      "  recurrence on 2021-03-20 at L1",
      "  complication fracture on 2021-04-01 at L2",
      "}",
    ),
    ["VC201:10", "VC201:20"],
  ],
  [
    "a patient complication without a date is VC713; a patient's complication at any level is fine",
    onePatient("  }", "  complication fracture at T4"), // 12
    ["VC713:12"],
  ],
  [
    "a procedure's complication at an untreated level is VC712; the same at the patient is not",
    onePatient("    complication leak at L2", "  }", "  complication leak on 2020-02-01 at L2"),
    ["VC712:11"],
  ],
  [
    "a backwards range reaching an untreated level: VC303 alone, as a repeat's VC302 keeps quiet then",
    onePatient(
      "    complication leak at L2-L1", // 11
      "  }",
      "  procedure PV2 vertebroplasty on 2020-03-16 at L3-L1 repeats PV1 {", // 13
    ),
    ["VC303:11", "VC303:13"],
  ],
  [
    "symptomatic and a description in a procedure",
    onePatient('    complication leak on 2020-01-06 at L1 symptomatic "foraminal, radicular pain"'),
    [],
  ],
];

const brokenDates: Case[] = [
  [
    "a procedure dated on a day that does not exist: VC201 alone, its visits and complications quiet",
    onePatient(
      "    visit w6 on 2020-01-01 { pain 2 }",
      "    complication leak on 2019-12-01",
    ).replace("2020-01-06", "2020-02-30"),
    ["VC201:10"],
  ],
  [
    "a repeat of a procedure whose date does not exist: VC201 alone",
    onePatient(
      "  }",
      "  procedure PV2 vertebroplasty on 2019-03-16 at L1 repeats PV1 {",
      "    visit w6 on 2019-04-27 { pain 2 }",
    ).replace("2020-01-06", "2020-13-06"),
    ["VC201:10"],
  ],
  [
    "a visit dated on a day that does not exist: VC201 alone (no VC704, no VC703)",
    onePatient("    visit w6 on 2020-02-30 { pain 2 }"),
    ["VC201:11"],
  ],
  [
    "a visit in day numbers in a calendar patient: VC203, no window judgement",
    onePatient("    visit w6 on day 400 { pain 2 }"),
    ["VC203:11"],
  ],
  [
    "a future visit date is VC204; the followup before it is VC721",
    onePatient("    visit m6 on 2026-01-01 { pain 2 }", "  }", "  followup until 2024-12-01"),
    ["VC204:11", "VC703:11", "VC721:13"],
  ],
];

const visitScores: Case[] = [
  [
    "v1 score codes inside a visit",
    onePatient(
      "    visit w6 { pain 11 }", // 11
      "    visit m6 { pain ? }", // 12
      "    visit d0 on 2020-01-07 { pain 2 pain 3 }", // 13
    ),
    ["VC101:11", "VC103:12", "VC104:13"],
  ],
  [
    "an undeclared measure in a visit is VC102",
    onePatient("    visit w6 { odi 20 }"),
    ["VC102:11"],
  ],
  [
    "an undeclared visit dated before its procedure",
    onePatient("    visit w7 on 2020-01-01 { pain 2 }"),
    ["VC701:11", "VC704:11"],
  ],
];

const lexical: Case[] = [
  // The spec's VC601 reads "file without a study header"; the code deliberately keeps
  // quiet until something is written that a header would govern (rules/structure.ts).
  ["an empty file is quiet", "", []],
  ["a file of only comments is quiet", "// to be filled in\r\n/* later */\r\n", []],
  ["a file of only a patient is VC601 on it", "patient P1 {\n  procedure PV1 vertebroplasty on 2020-01-06 at L1 {\n  }\n}\n", ["VC601:1"]],
  ["a file of only a header is clean", HEADER.join("\n") + "\n", []],
  [
    "CRLF line endings keep the lines",
    onePatient("    visit w6 on 2020-01-06 { pain 2 }").replace(/\n/g, "\r\n"),
    ["VC704:11"],
  ],
  [
    "tabs for indentation and between words",
    onePatient("\tvisit\tw6\ton 2020-01-06\t{\tpain\t2\t}").replace(/  /g, "\t"),
    ["VC704:11"],
  ],
  [
    "comments between items and inside a visit's braces",
    onePatient(
      "    // six weeks",
      "    visit w6 /* as planned */ on 2020-02-17 {",
      "      pain 2 // at rest",
      "      /* no odi */",
      "    }",
      "    /* a leak",
      "       seen on CT */ complication leak at L2", // 17
    ),
    ["VC712:17"],
  ],
  [
    "Unicode in labels and descriptions",
    [
      'study "Wiederholte Vertebroplastie – Fallserie" {',
      '  measure pain "Schmerz (VAS, 0–10)" range 0..10',
      '  visit w6 "6 Wochen · ±14 Tage" day 42 window 14',
      '  complication leak "Zementaustritt (péri-vertébral) 漏れ"',
      "}",
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      '    complication leak "paravertebral, Größe 3 mm 😐"',
      "    visit w6 on 2020-01-06 { pain 2 }", // 9
      "  }",
      "}",
    ].join("\n"),
    ["VC704:9"],
  ],
];

checkGroups("second audit of the v2 diagnostics", [
  ["several patients", patients],
  ["chains of repeats", repeats],
  ["study headers", headers],
  ["names", namespaces],
  ["visit windows", windows],
  ["end of follow-up", followup],
  ["complications", complications],
  ["broken dates", brokenDates],
  ["visit scores", visitScores],
  ["lexical surface", lexical],
]);

describe("the second audit's messages, read as a clinician would", () => {
  const messages = (text: string) => analyze(text, { today: "2025-01-01" }).diagnostics.map((d) => d.message);
  it("a visit one day after its procedure is '1 day after', not '1 days'", () => {
    expect(messages(onePatient("    visit w6 on 2020-01-07 { pain 5 }"))).toEqual([
      "The visit w6 on 2020-01-07 is 1 day after PV1, outside its window of day 42 ± 14; check the date (the scores still count)",
    ]);
  });
  it("two days after is '2 days after'", () => {
    expect(messages(onePatient("    visit w6 on 2020-01-08 { pain 5 }"))).toEqual([
      "The visit w6 on 2020-01-08 is 2 days after PV1, outside its window of day 42 ± 14; check the date (the scores still count)",
    ]);
  });
});
