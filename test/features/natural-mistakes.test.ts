/**
 * Natural mistakes (issue 35): what clinicians type, each with exactly one diagnostic
 * in the reader's words, no false one elsewhere in the file, and, where the fix is
 * clear, a quick fix that gives back the file as the language writes it.
 */
import { describe, expect, test } from "vitest";
import type { CodeAction } from "vscode-languageserver";
import { toLspDiagnostic } from "../../server/src/lsp/convert";
import { provideCodeActions } from "../../server/src/lsp/features/code-actions";
import { applyWorkspaceEdit, docOf } from "./helpers";

const RIGHT = `study "Natural mistakes" {
  measure pain "Pain (VAS)" range 0..10 better lower responder 3
  measure odi "ODI" range 0..100
}

patient P1 {
  age 74
  sex F
  etiology "osteoporotic fracture"
  procedure PV1 vertebroplasty on 2021-03-15 at L1-L2 {
    pain 8 -> 2
    odi 60 -> 20
    cement 4.5 ml
  }
  recurrence on 2021-03-20 at L2
  procedure PV2 vertebroplasty on 2021-04-01 at L2 repeats PV1 {
    pain 7 -> 3
  }
}
`;

/** RIGHT with `right` written as a clinician would, `wrong`. */
function mistaken(right: string, wrong: string): string {
  expect(RIGHT.split(right)).toHaveLength(2);
  return RIGHT.replace(right, wrong);
}

function check(text: string) {
  const doc = docOf(text);
  const found = doc.analysis.diagnostics.map((d) => ({ code: d.code, at: text.slice(d.span.start, d.span.end), message: d.message }));
  const actions = (): CodeAction[] => {
    const sent = doc.analysis.diagnostics.map((d) => toLspDiagnostic(doc.analysis, d));
    return provideCodeActions(doc, { textDocument: { uri: doc.uri }, range: sent[0]!.range, context: { diagnostics: sent } });
  };
  return { doc, found, actions };
}

test("the right file has no diagnostic", () => {
  expect(check(RIGHT).found).toEqual([]);
});

/** [what the author meant, what was written, the span flagged, the message, the fixes offered]. */
const CASES: [string, string, string, string, string[]][] = [
  ["range 0..10 better", "0-10 better", "0-10", "Write the range as `range 0..10`: the scale takes the word range, then its lowest and highest score with two dots between.", ["Write range 0..10"]],
  ["range 0..100", "range 0-100", "range 0-100", "Write the range as 0..100, with two dots between the lowest and the highest score.", ["Write range 0..100"]],
  ["on 2021-03-15", "on 15/03/2021", "15/03/2021", "Dates are written year-month-day: write 2021-03-15.", ["Write 2021-03-15"]],
  ["on 2021-03-15", "on 15.03.2021", "15.03.2021", "Dates are written year-month-day: write 2021-03-15.", ["Write 2021-03-15"]],
  ["on 2021-04-01", "on 01/04/2021", "01/04/2021", "Dates are written year-month-day: write 2021-04-01 or 2021-01-04. `01/04/2021` can be 1 April or 4 January 2021.", ["Write 2021-04-01", "Write 2021-01-04"]],
  ["cement 4.5 ml", "cement 4,5 ml", "4,5", "Write decimals with a point: 4.5.", ["Write 4.5"]],
  ["at L1-L2", "at L1-2", "L1-2", "Vertebral levels are written with both ends of a range in full: write L1-L2.", ["Write L1-L2"]],
  ["at L2 repeats", "at l2 repeats", "l2", "Vertebral levels are written with a capital letter: write L2.", ["Write L2"]],
  ["age 74", "age 74y", "74y", "Write the age as a number alone; it is in years: age 74.", ["Write age 74"]],
  ["age 74", "age 74 years", "74 years", "Write the age as a number alone; it is in years: age 74.", ["Write age 74"]],
  ['etiology "osteoporotic fracture"', "etiology osteoporotic fracture", "osteoporotic fracture", 'An etiology of more than one word goes in double quotes: etiology "osteoporotic fracture".', ["Put the etiology in double quotes"]],
  ["pain 8 -> 2", "pain 8/10 -> 2/10", "pain 8/10 -> 2/10", "Write each score alone: pain is scored on its range 0..10, so write pain 8 -> 2.", ["Write pain 8 -> 2"]],
];

describe("one diagnostic and its quick fix", () => {
  test.each(CASES)("%s written %s", (right, wrong, at, message, titles) => {
    const { doc, found, actions } = check(mistaken(right, wrong));
    expect(found).toEqual([{ code: "VC001", at, message }]);
    const offered = actions();
    expect(offered.map((a) => a.title)).toEqual(titles);
    expect(offered.map((a) => a.isPreferred)).toEqual(titles.map(() => titles.length === 1));
    expect(applyWorkspaceEdit(doc, offered[0]!.edit)).toBe(RIGHT);
  });
});

describe("more shapes of the same mistakes", () => {
  const other = (right: string, wrong: string, at: string, message: string, fixed: string) => {
    const text = mistaken(right, wrong);
    const { doc, found, actions } = check(text);
    expect(found).toEqual([{ code: "VC001", at, message }]);
    expect(applyWorkspaceEdit(doc, actions()[0]!.edit)).toBe(fixed);
  };

  test("a date year first with slashes", () => {
    other("on 2021-03-15", "on 2021/03/15", "2021/03/15", "Dates are written year-month-day: write 2021-03-15.", RIGHT);
  });

  test("a decimal comma in a responder threshold or an age", () => {
    other("responder 3", "responder 2,5", "2,5", "Write decimals with a point: 2.5.", RIGHT.replace("responder 3", "responder 2.5"));
    other("age 74", "age 74,5", "74,5", "Write decimals with a point: 74.5.", RIGHT.replace("age 74", "age 74.5"));
    // What recovery read of 74,5 (74) is not an age given: the age written on the next line is not "given twice".
    expect(check(mistaken("age 74", "age 74,5\n  age 74")).found.map((d) => d.code)).toEqual(["VC001"]);
  });

  test("a decimal comma in a procedure whose closing brace is missing: the whole part is not counted as the volume", () => {
    const { doc, found } = check(mistaken("    cement 4.5 ml\n  }", "    cement 4,5 ml"));
    expect(found).toEqual([{ code: "VC001", at: "4,5", message: "Write decimals with a point: 4.5." }]);
    expect(doc.analysis.figures.baseline.cement.initial.n).toBe(0);
  });

  test("a list of levels in lower case", () => {
    other("at L1-L2", "at l1,l2", "l1,l2", "Vertebral levels are written with a capital letter: write L1, L2.", RIGHT.replace("at L1-L2", "at L1, L2"));
  });

  test("a note of several words", () => {
    other("    cement 4.5 ml\n", "    cement 4.5 ml\n    note fell at home\n", "fell at home", 'The note goes in double quotes: note "fell at home".', RIGHT.replace("    cement 4.5 ml\n", '    cement 4.5 ml\n    note "fell at home"\n'));
  });
});

describe("no fix where only the author knows", () => {
  test("a fraction on another scale than the measure's", () => {
    const { found, actions } = check(mistaken("odi 60 -> 20", "odi 6/10 -> 2/10"));
    expect(found).toEqual([{ code: "VC001", at: "odi 6/10 -> 2/10", message: "Write each score alone, on odi's range 0..100: a score out of 10 is on another scale." }]);
    expect(actions()).toEqual([]);
  });

  test("a score at a follow-up time, the next line's brace not flagged too", () => {
    const { found, actions } = check(mistaken("pain 7 -> 3\n", "pain 2 at 6 weeks\n"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "VC001", at: "at 6 weeks" });
    expect(found[0]!.message).toMatch(/^(Scores at a follow-up time go in a visit block|An outcome holds the scores before and after the procedure)/);
    expect(actions()).toEqual([]);
  });

  test("a day and month that could be either way round, written as a stretch of the same reading", () => {
    const { found } = check(mistaken("on 2021-04-01", "on 04/04/2021"));
    expect(found).toEqual([{ code: "VC001", at: "04/04/2021", message: "Dates are written year-month-day: write 2021-04-04." }]);
  });
});

describe("a procedure date that cannot be read is compared with nothing", () => {
  test("the recurrence after it is not called 'before the first procedure'", () => {
    expect(check(mistaken("on 2021-03-15", "on 2021-02-30")).found.map((d) => d.code)).toEqual(["VC201"]);
    expect(check(mistaken("on 2021-03-15", "on 15/03/2021")).found.map((d) => d.code)).toEqual(["VC001"]);
  });
});

describe("several on one line", () => {
  test("a day-first date and a short level range on one procedure line: one diagnostic each", () => {
    const { found } = check(mistaken("on 2021-03-15 at L1-L2", "on 15/03/2021 at L1-2"));
    expect(found.map((d) => d.at)).toEqual(["15/03/2021", "L1-2"]);
  });
});
