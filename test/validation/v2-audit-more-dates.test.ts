// The second audit of the v2 diagnostics, continued (see v2-audit-more.test.ts):
// end of follow-up, complications, broken dates, visit scores and the lexical
// surface. Every expectation was written from the spec by hand: `CODE:line`,
// exactly, nothing else.
import { checkGroups, type Case } from "./v2-audit-fixture";
import { file, HEADER, onePatient } from "./v2-audit-more-fixture";

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

checkGroups("second audit of the v2 diagnostics (dates and surface)", [
  ["end of follow-up", followup],
  ["complications", complications],
  ["broken dates", brokenDates],
  ["visit scores", visitScores],
  ["lexical surface", lexical],
]);
