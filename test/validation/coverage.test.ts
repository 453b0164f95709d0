/**
 * The whole rule set: the spec's own example is clean, `day N` patients are fine,
 * every catalogue code but VC001 has a fixture that raises it, and no prefix of a
 * file (as typed, or as error recovery leaves it) makes validation throw.
 */
import { describe, expect, test } from "vitest";
import { CATALOGUE, DIAGNOSTIC_CODES, type DiagnosticCode } from "../../server/src/core/validation/catalogue";
import { RULES } from "../../server/src/core/validation/validate";
import { EXAMPLE, HEADER, PROC, check, patient } from "./helpers";

/** The header with a visit schedule and a complication kind (spec §9). */
const V2 = HEADER.replace("}\n", '  visit w6 "6 weeks" day 42 window 14\n  complication leak "Cement leakage"\n}\n');

const at = (levels: string, extra = "") => `  procedure PV2 vertebroplasty on 1996-06-03 at ${levels}${extra} {\n  }`;

const FIXTURES: Record<Exclude<DiagnosticCode, "VC001">, string> = {
  VC101: HEADER + patient("P1", PROC.replace("pain 9", "pain 11")),
  VC102: HEADER + patient("P1", PROC.replace("pain 9", "pian 9")),
  VC103: HEADER + patient("P1", PROC.replace("-> 2", "-> ?")),
  VC104: HEADER + patient("P1", PROC.replace("pain 9 -> 2", "pain 9 -> 2\n    pain 9 -> 2")),
  VC201: HEADER + patient("P1", PROC.replace("1996-05-14", "2001-02-30")),
  VC202: HEADER + patient("P1", `${PROC}\n${at("T12", " repeats PV1").replace("1996-06-03", "1996-05-01")}`),
  VC203: HEADER + patient("P1", `${PROC}\n  recurrence on day 8`),
  VC204: HEADER + patient("P1", PROC.replace("1996-05-14", "2999-01-01")),
  VC301: HEADER + patient("P1", PROC.replace("T12, L1", "T13")),
  VC302: HEADER + patient("P1", `${PROC}\n${at("L2", " repeats PV1")}`),
  VC303: HEADER + patient("P1", PROC.replace("T12, L1", "L1-T11")),
  VC304: HEADER + patient("P1", PROC.replace("T12, L1", "T12, L1, T12")),
  VC401: HEADER + patient("P1", PROC) + patient("P1", PROC),
  VC402: HEADER + patient("P1", `${PROC}\n${at("T12", " repeats PV9")}`),
  VC403: HEADER + patient("P1", `  age 130\n${PROC}`),
  VC404: HEADER + patient("P1", `  age 78\n  age 78\n${PROC}`),
  VC405: HEADER + patient("P1", `  sex X\n${PROC}`),
  VC501: HEADER.replace("0..4", "4..0") + patient("P1", PROC),
  VC502: HEADER.replace("0..4 better lower", "0..4 better lower responder 5") + patient("P1", PROC),
  VC503: HEADER + patient("P1", "  age 78"),
  VC601: patient("P1", PROC),
  VC701: V2 + patient("P1", PROC.replace("pain 9 -> 2", "pain 9 -> 2\n    visit w7 { pain 1 }")),
  VC702: V2 + patient("P1", PROC.replace("pain 9 -> 2", "pain 9 -> 2\n    visit w6 { pain 1 }\n    visit w6 { pain 2 }")),
  VC703: V2 + patient("P1", PROC.replace("pain 9 -> 2", "pain 9 -> 2\n    visit w6 on 1996-08-14 { pain 1 }")),
  VC704: V2 + patient("P1", PROC.replace("pain 9 -> 2", "pain 9 -> 2\n    visit w6 on 1996-05-14 { pain 1 }")),
  VC705: V2.replace("complication leak", "complication leak\n  complication leak") + patient("P1", PROC),
  VC711: V2 + patient("P1", PROC.replace("pain 9 -> 2", "pain 9 -> 2\n    complication leek")),
  VC712: V2 + patient("P1", PROC.replace("pain 9 -> 2", "pain 9 -> 2\n    complication leak at L2")),
  VC713: V2 + patient("P1", `${PROC}\n  complication leak`),
  VC721: V2 + patient("P1", `${PROC}\n  followup until 1996-05-01`),
  VC722: V2 + patient("P1", `${PROC}\n  followup until 1997-05-01\n  followup until 1997-05-01`),
};

describe("every code in the catalogue but VC001 has a fixture that raises it", () => {
  const codes = DIAGNOSTIC_CODES.filter((c): c is keyof typeof FIXTURES => c !== "VC001");
  test("the fixtures cover the catalogue", () => {
    expect(Object.keys(FIXTURES).sort()).toEqual([...codes].sort());
    expect(new Set(RULES.flatMap((r) => r.codes))).toEqual(new Set(codes));
  });
  test.each(codes)("%s", (code) => {
    const c = check(FIXTURES[code], { futureDates: true });
    expect(c.syntax).toEqual([]);
    expect(c.all.map((d) => d.code)).toEqual([code]);
    expect(c.all[0]!.severity).toBe(CATALOGUE[code].severity);
    expect(c.all[0]!.covered.length).toBeGreaterThan(0);
  });
});

describe("valid files", () => {
  test("the spec §1 example: no syntax errors, and only the VC103 its `mobility 3 -> ?` asks for", () => {
    const c = check(EXAMPLE, { futureDates: true });
    expect(c.syntax).toEqual([]);
    expect(c.all.map((d) => [d.code, d.covered, d.line])).toEqual([["VC103", "?", 21]]);
  });

  test("patients dated with day N", () => {
    const text =
      HEADER +
      patient(
        "P1",
        `  age 81\n  sex female\n  procedure PV1 vertebroplasty on day 0 at T11-L1 {\n    pain 10 -> 3\n  }\n` +
          `  recurrence on day 8 at L1\n  procedure PV2 vertebroplasty on day 40 at L1 repeats PV1 {\n    pain 10 -> 2\n  }`,
      );
    const c = check(text, { futureDates: true });
    expect(c.syntax).toEqual([]);
    expect(c.all).toEqual([]);
  });

  test("diagnostics come sorted by position", () => {
    const text = FIXTURES.VC601 + patient("P2", "  sex X") + patient("P1", PROC.replace("T12, L1", "T13"));
    const starts = check(text).all.map((d) => d.span.start);
    expect(starts.length).toBeGreaterThan(3);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("one typo, one diagnostic", () => {
  test.each([
    ["measure pain", "mesure pain"],
    ['reference "PMID 12427618"', "reference PMID"],
    ['study "Repeat', 'studdy "Repeat'],
    ["better lower responder 3", "better lowr responder 3"],
    ["pain 9 -> 2", "pain 9 - 2"],
    ["patient P1 {", "patient {"],
  ])("%s → %s", (from, to) => {
    const c = check(EXAMPLE.replace(from, to));
    expect(c.syntax).toHaveLength(1);
    expect(c.all.filter((d) => d.code !== "VC103")).toEqual([]);
  });

  test("without syntaxErrors in the options, a lost measure is reported on its outcomes", () => {
    const c = check(EXAMPLE.replace("measure pain", "mesure pain"), { syntaxErrors: [] });
    expect(c.of("VC102").map((d) => d.covered)).toEqual(["pain", "pain"]);
  });
});

describe("partial trees never make validation throw", () => {
  const sources = [EXAMPLE, ...Object.values(FIXTURES)];
  test("every prefix of the example and the fixtures", () => {
    for (const source of sources) {
      for (let end = 0; end <= source.length; end++) {
        expect(() => check(source.slice(0, end), { futureDates: true })).not.toThrow();
      }
    }
  });

  test("every single-character deletion of the example", () => {
    for (let i = 0; i < EXAMPLE.length; i++) {
      expect(() => check(EXAMPLE.slice(0, i) + EXAMPLE.slice(i + 1), { futureDates: true })).not.toThrow();
    }
  });
});
