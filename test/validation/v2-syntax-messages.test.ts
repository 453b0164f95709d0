// Syntax errors in version 2 files that an author makes in their own words: a
// score with a decimal comma, the end of follow-up written `dead`, `symptomatic`
// after a complication's description. Each gets one VC001 that says what to write,
// with the replacement as a quick fix where it is clear. Wording written by hand.
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { TODAY, edit } from "./v2-audit-fixture";

/** The file's diagnostics as `CODE:line "the text it covers" message`, and the fixes' new texts. */
function told(text: string) {
  const a = analyze(text, { today: TODAY });
  return {
    shown: a.diagnostics.map((d) => `${d.code}:${a.lines.lineNumber(d.span.start)} ${JSON.stringify(text.slice(d.span.start, d.span.end))} ${d.message}`),
    fixes: a.diagnostics.map((d) => (d.data?.fixes ?? []).map((f) => [f.title, f.newText])),
    figures: a.figures,
  };
}

describe("a score with a decimal comma gets the plain advice", () => {
  it("in a visit", () => {
    const { shown, fixes, figures } = told(edit({ 19: "    visit w6 on 2020-02-17 { pain 2,5  odi 30 }" }));
    expect(shown).toEqual(['VC001:19 "2,5" Write decimals with a point: 2.5.']);
    expect(fixes).toEqual([[["Write 2.5", "2.5"]]]);
    // PV1's pain at w6 is the score with the comma: not read as 2.
    expect(figures.measures.get("pain")!.visits.initial.get("w6")!.n).toBe(0);
    expect(told(edit({})).figures.measures.get("pain")!.visits.initial.get("w6")!.n).toBe(1);
  });

  it("in a visit block over several lines", () => {
    expect(told(edit({ 19: "    visit w6 on 2020-02-17 {\n      pain 3,5\n      odi 30\n    }" })).shown).toEqual(['VC001:20 "3,5" Write decimals with a point: 3.5.']);
  });

  it("two scores of a visit: one diagnostic, one fix for both", () => {
    const { shown, fixes } = told(edit({ 19: "    visit w6 on 2020-02-17 { pain 3,5  odi 30,5 }" }));
    expect(shown).toEqual(['VC001:19 "3,5  odi 30,5" Write decimals with a point: 3.5 and 30.5.']);
    expect(fixes).toEqual([[["Write 3.5 and 30.5", "3.5  odi 30.5"]]]);
  });

  it("before the arrow, after it, and both: the outcome is not counted with a score the author did not write", () => {
    const before = told(edit({ 16: "    pain 9,5 -> 2" }));
    expect(before.shown).toEqual(['VC001:16 "9,5" Write decimals with a point: 9.5.']);
    expect(before.fixes).toEqual([[["Write 9.5", "9.5"]]]);
    const after = told(edit({ 16: "    pain 9 -> 2,5 // was 2,5" }));
    expect(after.shown).toEqual(['VC001:16 "2,5" Write decimals with a point: 2.5.']);
    // PV1's pain is the outcome with the comma: not read as 9 -> 2.
    expect(after.figures.measures.get("pain")!.initial.n).toBe(0);
    expect(told(edit({ 16: "    pain 9,5 -> 2,5" })).shown).toEqual(['VC001:16 "9,5 -> 2,5" Write decimals with a point: 9.5 and 2.5.']);
  });

  it("a comma in a note's text is not a decimal comma", () => {
    expect(told(edit({ 16: '    pain 9 -> 2\n    note "2,5 ml" 3' })).shown).toEqual([
      'VC001:17 "3" `3` is not a procedure item; expected an outcome such as `pain 9 -> 2`, `cement`, `complication`, `visit`, `note`, or `}` to close the procedure.',
    ]);
  });
});

describe("the end of follow-up says which word to write", () => {
  it("`dead`: died", () => {
    const { shown, fixes } = told(edit({ 28: "  followup until 2021-01-11 dead" }));
    expect(shown).toEqual(['VC001:28 "dead" Write `died` after the date: it means the patient died at that date.']);
    expect(fixes).toEqual([[["Write died", "died"]]]);
  });

  it("`deceased`, the patient's `}` on the same line", () => {
    const text = edit({ 28: "  followup until 2021-01-11 deceased }", 29: "" });
    expect(told(text).shown).toEqual(['VC001:28 "deceased" Write `died` after the date: it means the patient died at that date.']);
  });

  it("`lost to follow-up`: lost alone", () => {
    const { shown, fixes } = told(edit({ 28: "  followup until 2021-01-11 lost to follow-up" }));
    expect(shown).toEqual(['VC001:28 "lost to follow-up" Write `lost` alone after the date: it means lost to follow-up at that date.']);
    expect(fixes).toEqual([[["Write lost", "lost"]]]);
  });

  it("a word that is neither: the three choices, no fix", () => {
    const { shown, fixes } = told(edit({ 28: "  followup until 2021-01-11 completed" }));
    expect(shown).toEqual([
      'VC001:28 "completed" After the date, write `lost` if the patient was lost to follow-up then, `died` if the patient died then, or nothing if the planned follow-up was completed.',
    ]);
    expect(fixes).toEqual([[]]);
  });
});

describe("`symptomatic` after a complication's description", () => {
  it("in a procedure", () => {
    const { shown, fixes } = told(edit({ 18: '    complication leak at L1 "paravertebral" symptomatic' }));
    expect(shown).toEqual(['VC001:18 "\\"paravertebral\\" symptomatic" Write `symptomatic` before the description: complication leak at L1 symptomatic "paravertebral".']);
    expect(fixes).toEqual([[['Write symptomatic "paravertebral"', 'symptomatic "paravertebral"']]]);
  });

  it("in a patient, with a date and a level", () => {
    expect(told(edit({ 27: '  complication fracture on 2020-08-03 at L2 "new" symptomatic' })).shown).toEqual([
      'VC001:27 "\\"new\\" symptomatic" Write `symptomatic` before the description: complication fracture on 2020-08-03 at L2 symptomatic "new".',
    ]);
  });
});
