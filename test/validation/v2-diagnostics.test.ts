// Version 2's diagnostics (spec §9.3), each file checked exactly: every
// (code, line) it must raise and nothing else. The sample followup-visits.vcase
// checks clean.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const HEADER = `study "S" {
  measure pain range 0..10
  measure odi range 0..100
  visit w6 "6 weeks" day 42 window 14
  visit m6 day 182
  complication leak "Cement leakage"
  complication fracture
}
`;
// Line 9 is the patient's first line; the procedure opens on line 10.
const patient = (body: string) => `${HEADER}patient P1 {\n  procedure PV1 vertebroplasty on 2020-01-06 at T12, L1 {\n    pain 9 -> 2\n${body}\n}\n`;

/** Each found diagnostic as `CODE:line`. */
function found(text: string): string[] {
  const a = analyze(text, { today: "2025-01-01" });
  return a.diagnostics.map((d) => `${d.code}:${a.lines.lineNumber(d.span.start)}`);
}

/** Text and the text a diagnostic covers. */
function covered(text: string, code: string): string[] {
  return analyze(text, { today: "2025-01-01" }).diagnostics.filter((d) => d.code === code).map((d) => text.slice(d.span.start, d.span.end));
}

const CASES: [string, string, string[]][] = [
  ["undeclared visit", patient("    visit w7 { pain 1 }\n  }"), ["VC701:12"]],
  ["same visit twice", patient("    visit w6 { pain 1 }\n    visit w6 { pain 2 }\n  }"), ["VC702:13"]],
  ["outside the window", patient("    visit w6 on 2020-03-30 { pain 1 }\n  }"), ["VC703:12"]],
  ["inside the window (56 days, 42 ± 14)", patient("    visit w6 on 2020-03-02 { pain 1 }\n  }"), []],
  ["window 0 accepts any day", patient("    visit m6 on 2022-01-01 { pain 1 }\n  }"), []],
  ["on the procedure's day: VC704 alone", patient("    visit w6 on 2020-01-06 { pain 1 }\n  }"), ["VC704:12"]],
  ["before the procedure: VC704 alone", patient("    visit w6 on 2019-12-01 { pain 1 }\n  }"), ["VC704:12"]],
  ["score out of range, undeclared measure, ?, twice", patient("    visit w6 { pain 11 pian 2 odi ? pain 3 }\n  }"), ["VC101:12", "VC102:12", "VC103:12", "VC104:12"]],
  ["not a calendar day in a visit", patient("    visit w6 on 2020-02-30 { pain 1 }\n  }"), ["VC201:12"]],
  ["day N in a calendar patient", patient("    visit w6 on day 40 { pain 1 }\n  }"), ["VC203:12"]],
  ["future date", patient("    visit w6 on 2020-02-17 { pain 1 }\n  }\n  followup until 2999-01-01"), ["VC204:14"]],
  ["undeclared complication kind", patient("    complication leek at L1\n  }"), ["VC711:12"]],
  ["complication at an untreated level", patient("    complication leak at L2\n  }"), ["VC712:12"]],
  ["procedure complication before its procedure", patient("    complication leak on 2020-01-01\n  }"), ["VC713:12"]],
  ["patient complication without a date", patient("  }\n  complication fracture at L2"), ["VC713:13"]],
  ["patient complication before the first procedure", patient("  }\n  complication fracture on 2019-01-01"), ["VC713:13"]],
  ["followup before the last entry", patient("    visit w6 on 2020-02-17 { pain 1 }\n  }\n  followup until 2020-02-01"), ["VC721:14"]],
  ["followup twice", patient("  }\n  followup until 2021-01-01\n  followup until 2021-01-01 lost"), ["VC722:14"]],
  ["a patient complication with no procedure", `${HEADER}patient P1 {\n  age 70\n  complication leak on 2020-01-01\n}\n`, ["VC503:9", "VC713:11"]],
  ["visit declared twice, negative day and window", HEADER.replace("  visit m6 day 182\n", "  visit m6 day 182\n  visit w6 day -1 window -2\n") + patient("  }").slice(HEADER.length), ["VC705:6", "VC705:6", "VC705:6"]],
  ["complication kind declared twice", HEADER.replace("  complication fracture\n", "  complication fracture\n  complication leak\n") + patient("  }").slice(HEADER.length), ["VC705:8"]],
  ["a complication at a level that does not exist, or a range written backwards", patient("    complication leak at T13\n  }\n  complication fracture on 2020-02-01 at L3-L2"), ["VC301:12", "VC303:14"]],
  ["a valid v2 patient", patient("    complication leak at L1 symptomatic \"venous\"\n    visit w6 on 2020-02-17 { pain 2 odi 30 }\n    visit m6 { pain 1 }\n  }\n  complication fracture on 2020-08-03 at L2\n  followup until 2021-01-11 died"), []],
];

describe("version 2 diagnostics, exactly", () => {
  for (const [name, text, expected] of CASES) it(name, () => expect(found(text)).toEqual(expected));

  it("the sample followup-visits.vcase checks with no diagnostic", () => {
    const text = readFileSync(new URL("../../samples/followup-visits.vcase", import.meta.url), "utf8");
    expect(found(text)).toEqual([]);
  });

  it("samples/diagnostics.vcase: each marked code on its line, nothing on unmarked lines (a syntax error may be on the next line)", () => {
    const text = readFileSync(new URL("../../samples/diagnostics.vcase", import.meta.url), "utf8");
    const marked = text.split("\n").flatMap((line, i) => [...line.matchAll(/\/\/.*?\b(VC\d{3})\b/g)].map((m) => `${m[1]}:${i + 1}`));
    const got = found(text).map((f) => (f.startsWith("VC001:") && !marked.includes(f) ? `VC001:${Number(f.slice(6)) - 1}` : f));
    expect([...got].sort()).toEqual([...marked].sort());
  });

  it("each range covers the offending tokens", () => {
    expect(covered(patient("    visit w7 { pain 1 }\n  }"), "VC701")).toEqual(["w7"]);
    expect(covered(patient("    visit w6 on 2019-12-01 { pain 1 }\n  }"), "VC704")).toEqual(["2019-12-01"]);
    expect(covered(patient("    complication leek at L1\n  }"), "VC711")).toEqual(["leek"]);
    expect(covered(patient("    complication leak at T12, L2-L3\n  }"), "VC712")).toEqual(["L2-L3"]);
    expect(covered(patient("  }\n  complication fracture at L2"), "VC713")).toEqual(["complication fracture"]);
    expect(covered(patient("  }\n  followup until 2021-01-01\n  followup until 2021-01-01 lost"), "VC722")).toEqual(["followup until 2021-01-01 lost"]);
    expect(covered(patient("    visit w6 { pain 11 }\n  }"), "VC101")).toEqual(["11"]);
  });

  it("an undeclared visit or kind offers the closest declared name", () => {
    const visit = analyze(patient("    visit w5 { pain 1 }\n  }")).diagnostics.find((d) => d.code === "VC701")!;
    expect(visit.message).toBe("No visit named 'w5' is declared; did you mean 'w6'?");
    expect(visit.data?.suggestion).toBe("w6");
    const kind = analyze(patient("    complication leek\n  }")).diagnostics.find((d) => d.code === "VC711")!;
    expect(kind.data?.suggestion).toBe("leak");
  });
});
