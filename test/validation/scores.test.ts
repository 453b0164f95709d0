/** VC101–VC104: outcome scores and measure names. */
import { describe, expect, test } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { HEADER, check, patient } from "./helpers";

const proc = (body: string) => `  procedure PV1 vertebroplasty on 1996-05-14 at T12 {\n${body}\n  }`;

describe("VC101 score outside its measure's range", () => {
  test("a pain score of 11 on 0..10", () => {
    const c = check(HEADER + patient("P1", proc("    pain 11 -> 2")));
    expect(c.syntax).toEqual([]);
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC101", severity: "error", covered: "11", line: 7 });
    expect(d!.message).toBe("pain must be between 0 and 10 (declared on line 2); got 11");
  });

  test("a negative after-score and a mobility score above 4", () => {
    const c = check(HEADER + patient("P1", proc("    pain 9 -> -1\n    mobility 5 -> 1")));
    expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
      ["VC101", "-1", "pain must be between 0 and 10 (declared on line 2); got -1"],
      ["VC101", "5", "mobility must be between 0 and 4 (declared on line 3); got 5"],
    ]);
  });

  test("the bounds themselves are allowed", () => {
    expect(check(HEADER + patient("P1", proc("    pain 10 -> 0\n    mobility 4 -> 0"))).all).toEqual([]);
  });

  test("no range check against a reversed range (VC501 speaks instead)", () => {
    const c = check(`study "S" {\n  measure pain range 10..0\n}\n` + patient("P1", proc("    pain 11 -> 2")));
    expect(c.all.map((d) => d.code)).toEqual(["VC501"]);
  });
});

describe("VC102 undeclared measure", () => {
  test("a misspelling names the closest declared measure", () => {
    const c = check(HEADER + patient("P1", proc("    pian 9 -> 2")));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC102", severity: "error", covered: "pian", line: 7, data: { suggestion: "pain" } });
    expect(d!.message).toBe("No measure named 'pian' is declared; did you mean 'pain'?");
  });

  test("a different case is a near miss too", () => {
    expect(check(HEADER + patient("P1", proc("    Mobility 3 -> 1"))).of("VC102")[0]!.data).toEqual({ suggestion: "mobility" });
  });

  test("with nothing close, the declared measures are listed", () => {
    const [d] = check(HEADER + patient("P1", proc("    fatigue 3 -> 1"))).all;
    expect(d).toMatchObject({ code: "VC102", covered: "fatigue" });
    expect(d!.data).toBeUndefined();
    expect(d!.message).toBe("No measure named 'fatigue' is declared; the study declares 'pain' and 'mobility'");
  });

  test("a study without measures says so", () => {
    const [d] = check(`study "S" {\n}\n` + patient("P1", proc("    pain 3 -> 1"))).all;
    expect(d!.message).toBe("No measure named 'pain' is declared; the study declares no measures yet");
  });

  test("a file with no study at all gets VC601 only", () => {
    expect(check(patient("P1", proc("    pain 3 -> 1"))).all.map((d) => d.code)).toEqual(["VC601"]);
  });
});

describe("VC103 score not recorded", () => {
  test("a ? after the procedure is a warning on the ?", () => {
    const c = check(HEADER + patient("P1", proc("    mobility 3 -> ?")));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC103", severity: "warning", covered: "?", line: 7 });
    expect(d!.message).toBe("mobility after PV1 is not recorded (?); this procedure is left out of the mobility figures");
  });

  test("both sides unrecorded gives one warning each", () => {
    const c = check(HEADER + patient("P1", proc("    pain ? -> ?")));
    expect(c.of("VC103").map((d) => d.message.split(" is ")[0])).toEqual(["pain before PV1", "pain after PV1"]);
  });

  test("a warning still reads in full after its text was edited and analysed again from it, as the server does", () => {
    const text = HEADER + patient("P1", proc("    pain ? -> 2")) + "\n" + patient("P2", proc("    pain 8 -> ?"));
    const first = analyze(text);
    const edited = text.replace("pain 8", "pain 9");
    const second = analyze(edited, {}, first);
    const expected = [
      "pain before PV1 is not recorded (?); this procedure is left out of the pain figures",
      "pain after PV1 is not recorded (?); this procedure is left out of the pain figures",
    ];
    expect(first.diagnostics.map((d) => d.message)).toEqual(expected);
    expect(second.diagnostics.map((d) => d.message)).toEqual(expected);
    expect(second.diagnostics.map((d) => edited.slice(d.span.start, d.span.end))).toEqual(["?", "?"]);
  });

  test("as JSON, a warning carries its message like any other diagnostic", () => {
    const text = HEADER + patient("P1", proc("    mobility 3 -> ?"));
    const [d] = analyze(text).diagnostics;
    const at = text.indexOf("?");
    expect(JSON.parse(JSON.stringify(d))).toEqual({
      code: "VC103",
      severity: "warning",
      message: "mobility after PV1 is not recorded (?); this procedure is left out of the mobility figures",
      span: { start: at, end: at + 1 },
    });
  });
});

describe("VC104 the same measure twice in one procedure", () => {
  test("the second occurrence's measure name is flagged", () => {
    const c = check(HEADER + patient("P1", proc("    pain 9 -> 2\n    mobility 2 -> 1\n    pain 8 -> 1")));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC104", severity: "error", covered: "pain", line: 9 });
    expect(d!.message).toBe("pain is already scored for PV1 on line 7; a procedure has one pain before -> after");
  });

  test("the same measure in two procedures is fine", () => {
    const two = `${proc("    pain 9 -> 2")}\n  procedure PV2 vertebroplasty on 1996-06-03 at T12 repeats PV1 {\n    pain 9 -> 2\n  }`;
    expect(check(HEADER + patient("P1", two)).all).toEqual([]);
  });
});
