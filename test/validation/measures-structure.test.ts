/** VC501–VC503 and VC601: measure declarations, empty patients, the study header. */
import { describe, expect, test } from "vitest";
import { HEADER, PROC, check, patient } from "./helpers";

const study = (measures: string) => `study "S" {\n${measures}\n}\n` + patient("P1", "  procedure PV1 vertebroplasty on 1996-05-14 at T12 {\n  }");

describe("VC501 measure range empty or reversed, or measure declared twice", () => {
  test("a reversed range", () => {
    const c = check(study("  measure pain range 10..0"));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC501", severity: "error", covered: "10..0", line: 2 });
    expect(d!.message).toBe("The range 10..0 of pain is reversed; write the lowest score first: 0..10");
  });

  test("an empty range", () => {
    const c = check(study("  measure pain range 5..5"));
    expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
      ["VC501", "5..5", "The range 5..5 of pain is empty; a scale runs from its lowest to its highest score, e.g. 0..10"],
    ]);
  });

  test("a measure declared twice: the second name", () => {
    const c = check(study("  measure pain range 0..10\n  measure mobility range 0..4\n  measure pain range 0..100"));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC501", covered: "pain", line: 4 });
    expect(d!.message).toBe("The measure pain is already declared on line 2; declare each measure once");
  });
});

describe("VC502 responder threshold larger than the scale", () => {
  test("responder 5 on 0..4", () => {
    const c = check(study("  measure mobility range 0..4 responder 5"));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC502", severity: "warning", covered: "5", line: 2 });
    expect(d!.message).toBe(
      "No patient can improve mobility by 5 points: the scale 0..4 spans 4; the responder threshold can be at most 4",
    );
  });

  test("a threshold equal to the span is allowed; a reversed range is VC501 only", () => {
    expect(check(study("  measure mobility range 0..4 responder 4")).all).toEqual([]);
    expect(check(study("  measure mobility range 4..0 responder 9")).all.map((d) => d.code)).toEqual(["VC501"]);
  });
});

describe("VC503 patient with no procedure", () => {
  test("the patient id is flagged", () => {
    const c = check(HEADER + patient("P1", PROC) + patient("P2", "  age 70\n  sex M"));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC503", severity: "warning", covered: "P2", line: 10 });
    expect(d!.message).toBe("Patient P2 has no procedure, so counts in no figure; add one: procedure ID KIND on DATE at LEVELS { … }");
  });
});

test("VC503 on a patient whose id was lost to a syntax error: the keyword", () => {
  const c = check(`${HEADER}patient {\n  age 70\n}\n`);
  expect(c.syntax).toHaveLength(1);
  expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
    ["VC503", "patient", "The patient on line 5 has no procedure, so counts in no figure; add one: procedure ID KIND on DATE at LEVELS { … }"],
  ]);
});

describe("VC601 no study header, or more than one", () => {
  test("patients without a study: the first patient keyword", () => {
    const c = check(patient("P1", PROC) + patient("P2", PROC));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC601", severity: "warning", covered: "patient", line: 1 });
    expect(d!.span.start).toBe(0);
    expect(d!.message).toBe(
      'This file has no study header; begin it with study "Title" { measure … } so that the scores can be checked',
    );
  });

  test("a second study header: its keyword", () => {
    const c = check(`${HEADER}study "Another" {\n}\n${patient("P1", PROC)}`);
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC601", covered: "study", line: 5 });
    expect(d!.message).toBe("A file holds one study, and its header is already on line 1; merge the two headers");
  });

  test("an empty file, or one with only comments, gets nothing", () => {
    expect(check("").all).toEqual([]);
    expect(check("// a new case series\n").all).toEqual([]);
  });
});
