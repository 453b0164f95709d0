// Version 2's items (spec §9.2): `visit` in the study header and in a procedure,
// `followup` in a patient. Both parsers read them into the same tree; a damaged
// visit block is one syntax error and the rest of the file is still read.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { formatText } from "../../server/src/core/format/format";
import { KEYWORDS } from "../../server/src/core/language/grammar";
import { fastParse } from "../../server/src/core/syntax/fast-parser";
import { parse, parseWithRecovery } from "../../server/src/core/syntax/parse";
import { plainTree } from "../syntax/plain-tree";

const TEXT = `study "S" {
  measure pain range 0..10
  measure odi range 0..100
  visit w6 "6 weeks" day 42 window 14
  visit m6 day 182
  complication leak
}
patient P1 {
  procedure PV1 vertebroplasty on 2020-01-06 at T12 {
    pain 9 -> 2
    visit w6 on 2020-02-17 { pain 2  odi 30 }
    visit m6 { pain 1 odi ? }
    visit w1 {}
  }
  followup until 2021-01-11 died
}
patient P2 {
  procedure PV1 vertebroplasty on day 0 at L1 { pain 8 -> 3 }
  followup until day 400
}
`;

const at = (span: { start: number; end: number } | undefined) => (span === undefined ? undefined : TEXT.slice(span.start, span.end));

describe("version 2 items", () => {
  it("are read by the fast parser as the Chevrotain parser reads them, with no syntax error", () => {
    const slow = parseWithRecovery(TEXT);
    expect(slow.diagnostics).toEqual([]);
    const fast = fastParse(TEXT);
    expect(fast).toBeDefined();
    expect(plainTree(fast!.file)).toStrictEqual(plainTree(slow.file));
    expect(plainTree(parse(TEXT).file)).toStrictEqual(plainTree(slow.file));
  });

  it("the sample followup-visits.vcase parses the same in both parsers", () => {
    const text = readFileSync(new URL("../../samples/followup-visits.vcase", import.meta.url), "utf8");
    const slow = parseWithRecovery(text);
    expect(slow.diagnostics).toEqual([]);
    expect(plainTree(fastParse(text)!.file)).toStrictEqual(plainTree(slow.file));
  });

  it("the formatter keeps a visit block on its line: the sample is left as written", () => {
    const text = readFileSync(new URL("../../samples/followup-visits.vcase", import.meta.url), "utf8");
    expect(formatText(text, { indent: "  " })).toBe(text);
    expect(formatText("patient P1 {\n  procedure PV1 vertebroplasty on 2020-01-01 at L1 {\n    visit w6 {  pain 2\n odi 3 }\n  }\n}\n", { indent: "  " })).toBe(
      "patient P1 {\n  procedure PV1 vertebroplasty on 2020-01-01 at L1 {\n    visit w6 { pain 2 odi 3 }\n  }\n}\n",
    );
  });

  it("puts each part in place: the schedule, a visit's scores, the follow-up", () => {
    const file = parse(TEXT).file;
    const [w6, m6] = file.studies[0]!.visits;
    expect([at(w6!.id), w6!.label?.value, w6!.day?.value, w6!.window?.value]).toEqual(["w6", "6 weeks", 42, 14]);
    expect([at(m6!.id), m6!.label, m6!.day?.value, m6!.window]).toEqual(["m6", undefined, 182, undefined]);
    const [v1, v2, v3] = file.patients[0]!.procedures[0]!.visits;
    expect([at(v1!.id), at(v1!.date), v1!.scores.map((s) => [at(s.measure), s.score?.value])]).toEqual(["w6", "2020-02-17", [["pain", 2], ["odi", 30]]]);
    expect([v2!.date, v2!.scores.map((s) => [at(s.measure), s.score?.value])]).toEqual([undefined, [["pain", 1], ["odi", null]]]);
    expect([at(v3!.id), v3!.scores]).toEqual(["w1", []]);
    const [followup] = file.patients[0]!.followups;
    expect([at(followup!.until), at(followup!.status)]).toEqual(["2021-01-11", "died"]);
    const [other] = file.patients[1]!.followups;
    expect([at(other!.until), other!.status]).toEqual(["day 400", undefined]);
  });

  it("adds the new keywords", () => {
    for (const word of ["visit", "window", "complication", "symptomatic", "followup", "until", "lost", "died"]) expect(KEYWORDS).toContain(word);
  });

  it("a damaged visit block is one syntax error; the next visit and patient are still read", () => {
    const text = `study "S" {
  measure pain range 0..10
  visit w6 day 42
  visit m6 day 182
}
patient P1 {
  procedure PV1 vertebroplasty on 2020-01-06 at T12 {
    pain 9 -> 2
    visit w6 on 2020-02-17 { pain -> 2 }
    visit m6 { pain 1 }
  }
}
patient P2 {
  procedure PV1 vertebroplasty on 2020-01-06 at T12 { pain 8 -> 1 }
}
`;
    const analysis = analyze(text);
    const syntax = analysis.diagnostics.filter((d) => d.code === "VC001");
    expect(syntax).toHaveLength(1);
    expect(analysis.lines.positionAt(syntax[0]!.span.start).line).toBe(8);
    const file = analysis.parsed.file;
    expect(file.patients.map((p) => p.id?.text)).toEqual(["P1", "P2"]);
    expect(file.patients[0]!.procedures[0]!.visits.map((v) => v.id?.text)).toEqual(["w6", "m6"]);
  });
});
