/** VC401–VC405: ids, repeat targets, and the patient's single-valued fields. */
import { describe, expect, test } from "vitest";
import { HEADER, PROC, check, patient, without } from "./helpers";

const proc = (id: string, date: string, extra = "") =>
  `  procedure ${id} vertebroplasty on ${date} at T12${extra} {\n    pain 9 -> 2\n  }`;

describe("VC401 duplicate ids", () => {
  test("a patient id used twice", () => {
    const c = check(HEADER + patient("P1", PROC) + patient("P1", PROC));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC401", severity: "error", covered: "P1", line: 10 });
    expect(d!.message).toBe("Patient P1 is already declared on line 5; give each patient its own id");
  });

  test("a procedure id used twice in one patient, but not across patients", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14")}\n${proc("PV1", "1996-06-03")}`));
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC401", covered: "PV1", line: 9 });
    expect(c.all[0]!.span.start).toBe(c.text.lastIndexOf("PV1"));
    expect(c.all[0]!.message).toBe("Procedure PV1 is already used in patient P1 (line 6); give each procedure of a patient its own id");
    expect(check(HEADER + patient("P1", PROC) + patient("P2", PROC)).all).toEqual([]);
  });
});

describe("VC402 repeats something that is not an earlier procedure", () => {
  test("an unknown id", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14")}\n${proc("PV2", "1996-06-03", " repeats PV9")}`));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC402", severity: "error", covered: "PV9", line: 9 });
    expect(d!.message).toBe("Patient P1 has no procedure PV9; earlier procedures: PV1");
  });

  test("an id written twice is named once among the earlier procedures", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14")}\n${proc("PV1", "1996-05-20")}\n${proc("PV2", "1996-06-03", " repeats PV9")}`));
    expect(c.all.filter((d) => d.code === "VC402").map((d) => d.message)).toEqual(["Patient P1 has no procedure PV9; earlier procedures: PV1"]);
  });

  test("a later procedure", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14", " repeats PV2")}\n${proc("PV2", "1996-06-03")}`));
    expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
      ["VC402", "PV2", "PV2 comes later (line 9); a repeat follows the procedure it repeats; no procedure comes before PV1"],
    ]);
  });

  test("itself", () => {
    const c = check(HEADER + patient("P1", proc("PV1", "1996-05-14", " repeats PV1")));
    expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
      ["VC402", "PV1", "PV1 cannot repeat itself; no procedure comes before PV1"],
    ]);
  });

  test("another patient's procedure", () => {
    const c = check(HEADER + patient("P1", proc("PV1", "1996-05-14")) + patient("P2", `${proc("PV7", "1996-05-14")}\n${proc("PV8", "1996-06-03", " repeats PV1")}`));
    expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
      ["VC402", "PV1", "PV1 is a procedure of patient P1, not of patient P2; earlier procedures: PV7"],
    ]);
  });
});

describe("VC403 implausible age or cement volume", () => {
  test.each([
    ["  age 130", "130", "An age of 130 is not plausible for patient P1: ages run from 0 to 120 years"],
    ["  age -1", "-1", "An age of -1 is not plausible for patient P1: ages run from 0 to 120 years"],
  ])("%s", (field, covered, message) => {
    const c = check(HEADER + patient("P1", `${field}\n${PROC}`));
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC403", severity: "error", covered, line: 6, message });
  });

  test.each([
    ["45", "A cement volume of 45 ml is not plausible for PV1: volumes run from 0 to 30 ml"],
    ["-2", "A cement volume of -2 ml is not plausible for PV1: volumes run from 0 to 30 ml"],
  ])("cement %s ml", (volume, message) => {
    const c = check(HEADER + patient("P1", `  procedure PV1 vertebroplasty on 1996-05-14 at T12 {\n    cement ${volume} ml\n  }`));
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC403", covered: volume, line: 7, message });
  });

  test("the bounds are plausible", () => {
    const text = (age: string, ml: string) =>
      HEADER + patient("P1", `  age ${age}\n  procedure PV1 vertebroplasty on 1996-05-14 at T12 {\n    cement ${ml} ml\n  }`);
    expect(check(text("0", "0")).all).toEqual([]);
    expect(check(text("120", "30")).all).toEqual([]);
  });
});

describe("VC404 single-valued field given twice", () => {
  test.each([
    ["age 78", "age 80"],
    ["sex F", "sex female"],
    ["etiology osteoporosis", 'etiology "myeloma"'],
  ])("%s then %s", (first, second) => {
    const c = check(HEADER + patient("P1", `  ${first}\n${PROC}\n  ${second}`));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    const name = first.split(" ")[0];
    expect(d).toMatchObject({ code: "VC404", severity: "warning", covered: second, line: 10 });
    expect(d!.message).toBe(`${name} is already given for patient P1 on line 6; a patient has one ${name}, so keep one of them`);
    const fixed = check(without(c.text, d!.data!.removeSpan!));
    expect(fixed.syntax).toEqual([]);
    expect(fixed.all).toEqual([]);
  });
});

describe("VC405 unknown sex value", () => {
  test.each(["F", "M", "female", "male", "other", "unknown"])("sex %s is allowed", (value) => {
    expect(check(HEADER + patient("P1", `  sex ${value}\n${PROC}`)).all).toEqual([]);
  });

  test("a value that differs in case gets the right spelling", () => {
    const c = check(HEADER + patient("P1", `  sex Female\n${PROC}`));
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC405", severity: "error", covered: "Female", line: 6, data: { suggestion: "female" } });
    expect(c.all[0]!.message).toBe("Write sex 'Female' as 'female'; the values are F, M, female, male, other, unknown");
    expect(check(HEADER + patient("P1", `  sex f\n${PROC}`)).all[0]!.data).toEqual({ suggestion: "F" });
  });

  test("any other value lists what is allowed", () => {
    const c = check(HEADER + patient("P1", `  sex woman\n${PROC}`));
    expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
      ["VC405", "woman", "'woman' is not a sex value; write one of F, M, female, male, other, unknown"],
    ]);
  });
});
