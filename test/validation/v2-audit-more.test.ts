// A second audit of the v2 diagnostics (spec §4, §9.2, §9.3), from angles the
// first audit (v2-audit*.test.ts) did not take: several patients, chains of
// repeats, header placement, shared names, edges of windows and dates, broken
// procedure dates, and the lexical surface. Every expectation was written from
// the spec by hand: `CODE:line`, exactly, nothing else.
// (Follow-up, complications, broken dates, scores and the lexical surface: v2-audit-more-dates.test.ts.)
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { checkGroups, type Case } from "./v2-audit-fixture";
import { file, HEADER, onePatient } from "./v2-audit-more-fixture";

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

checkGroups("second audit of the v2 diagnostics", [
  ["several patients", patients],
  ["chains of repeats", repeats],
  ["study headers", headers],
  ["names", namespaces],
  ["visit windows", windows],
]);

describe("the second audit's messages, read as a clinician would", () => {
  const messages = (text: string) => analyze(text, { today: "2025-01-01" }).diagnostics.map((d) => d.message);
  it("a visit one day after its procedure is '1 day after', not '1 days'", () => {
    expect(messages(onePatient("    visit w6 on 2020-01-07 { pain 5 }"))).toEqual([
      "The visit w6 on 2020-01-07 is 1 day after PV1, outside its window of day 42 ± 14; check the date (the scores still count)",
    ]);
  });
  it("an undeclared kind, with none declared, is offered a declaration labelled by its own name, not 'Cement leakage'", () => {
    const text = [
      'study "S" {',
      "  measure pain range 0..10",
      "}",
      "patient P1 {",
      "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
      "    complication new_fracture at L1",
      "  }",
      "}",
    ].join("\n");
    expect(messages(text)).toEqual([
      `No complication kind named 'new_fracture' is declared; declare it in the study header first, e.g. complication new_fracture "New fracture"`,
    ]);
  });
  it("two days after is '2 days after'", () => {
    expect(messages(onePatient("    visit w6 on 2020-01-08 { pain 5 }"))).toEqual([
      "The visit w6 on 2020-01-08 is 2 days after PV1, outside its window of day 42 ± 14; check the date (the scores still count)",
    ]);
  });
});
