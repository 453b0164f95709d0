// Where a syntax error is shown (spec §4: VC001, one per recovery point). An item
// that stops at the end of its line is reported on that line, on its last token,
// not on the next line's first token; a message about the token found stays on it.
// Expected lines, tokens and wording written by hand.
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { TODAY, edit } from "./v2-audit-fixture";

/** Each diagnostic as `CODE:line "the text it covers" message`. */
function shown(text: string): string[] {
  const a = analyze(text, { today: TODAY });
  return a.diagnostics.map((d) => `${d.code}:${a.lines.lineNumber(d.span.start)} ${JSON.stringify(text.slice(d.span.start, d.span.end))} ${d.message}`);
}

describe("an item cut short at the end of its line is reported on that line", () => {
  it("a visit declared without the number after `day`", () => {
    expect(shown(edit({ 4: '  visit w6 "6 weeks" day' }))).toEqual(['VC001:4 "day" Expected a number after `day`, but found `visit`.']);
  });

  it("the same with Windows line ends and with a comment after `day`", () => {
    const crlf = edit({ 4: '  visit w6 "6 weeks" day' }).replace(/\n/g, "\r\n");
    expect(shown(crlf)).toEqual(['VC001:4 "day" Expected a number after `day`, but found `visit`.']);
    expect(shown(edit({ 4: '  visit w6 "6 weeks" day // six weeks' }))).toEqual(['VC001:4 "day" Expected a number after `day`, but found `visit`.']);
  });

  it("a visit declared with `window` and no number", () => {
    expect(shown(edit({ 4: '  visit w6 "6 weeks" day 42 window' }))).toEqual(['VC001:4 "window" Expected a number after `window`, but found `visit`.']);
  });

  it("`followup until` without its date, before the patient's `}` (blank lines and a comment between)", () => {
    const message = 'VC001:28 "until" Expected a date (YYYY-MM-DD) or `day` and a number after `until`, but found `}`.';
    expect(shown(edit({ 28: "  followup until" }))).toEqual([message]);
    expect(shown(edit({ 28: "  followup until\n\n  // later\n" }))).toEqual([message]);
  });

  it("`followup` without `until`", () => {
    expect(shown(edit({ 28: "  followup" }))).toEqual(['VC001:28 "followup" Expected `until` after `followup`, but found `}`.']);
  });

  it("a complication on `day` without its number, the last item of its line", () => {
    expect(shown(edit({ 27: "  complication fracture on day" }))).toEqual(['VC001:27 "day" Expected a number after `day`, but found `followup`.']);
  });

  it("a visit's scores without `{`", () => {
    expect(shown(edit({ 19: "    visit w6 on 2020-02-17" }))).toEqual(['VC001:19 "2020-02-17" Expected `{` after `2020-02-17`, but found `}`.']);
  });

  it("a measure without its score in a visit block written over several lines", () => {
    expect(shown(edit({ 19: "    visit w6 on 2020-02-17 {\n      pain\n    }" }))).toEqual([
      'VC001:20 "pain" Expected a score (a number, or `?` if it was not recorded) after `pain`, but found `}`.',
    ]);
  });

  it("a measure declared with `better` and no direction", () => {
    expect(shown(edit({ 2: '  measure pain "Pain (VAS)" range 0..10 better' }))).toEqual([
      'VC001:2 "better" Expected `lower` or `higher` after `better`, but found `measure`.',
    ]);
  });

  it("a date on the line after `on`, written day first: that mistake alone, where it is written", () => {
    expect(shown(edit({ 21: "  recurrence on\n    15/03/2020 at L1" }))).toEqual(['VC001:22 "15/03/2020" Dates are written year-month-day: write 2020-03-15.']);
  });

  it("a procedure header without its `{`", () => {
    expect(shown(edit({ 14: "  procedure PV1 vertebroplasty on 2020-01-06 at T12, L1" }))).toEqual([
      "VC001:14 \"L1\" Expected `{` to open the procedure's outcomes (or `repeats` and a procedure id first) after `L1`, but found `cement`.",
    ]);
  });
});

describe("a message about the token found stays on it", () => {
  it("a misspelt item on the line after a complete one", () => {
    expect(shown(edit({ 11: "  agee 78" }))).toEqual([
      'VC001:11 "agee" `agee` is not a patient item; expected `age`, `sex`, `etiology`, `procedure`, `recurrence`, `complication`, `followup`, `note`, or `}` to close the patient. Did you mean `age`?',
    ]);
  });

  it("a procedure's missing `}`: on the next item, which the message names", () => {
    expect(shown(edit({ 20: "" }))).toEqual([
      'VC001:21 "recurrence" `recurrence` is not a procedure item; expected an outcome such as `pain 9 -> 2`, `cement`, `complication`, `visit`, `note`, or `}` to close the procedure.',
    ]);
  });

  it("a visit block over several lines with a line that is no score: on that line, saying what a visit holds", () => {
    expect(shown(edit({ 19: '    visit w6 on 2020-02-17 {\n      pain 2\n      30\n    }' }))).toEqual([
      'VC001:21 "30" `30` is not a score at this visit; expected a measure and its score, such as `pain 2`, or `}` to close the visit.',
    ]);
    expect(shown(edit({ 19: "    visit w6 on 2020-02-17 { pain 9 -> 2 }" }))).toEqual([
      "VC001:19 \"->\" `->` does not belong in a visit: a visit holds each measure's score at that visit, such as `pain 2`; the scores before and after go in the procedure, such as `pain 9 -> 2`.",
    ]);
  });

  it("the file ending before the patient's `}`: on the last thing written", () => {
    expect(shown(edit({ 29: "" }))).toEqual(['VC001:28 "2021-01-11" The file ends before the patient is closed; add `}` at its end.']);
  });
});
