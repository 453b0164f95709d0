/** VC301–VC304: vertebral levels. */
import { describe, expect, test } from "vitest";
import { HEADER, check, patient, without } from "./helpers";

const proc = (id: string, date: string, levels: string, extra = "") =>
  `  procedure ${id} vertebroplasty on ${date} at ${levels}${extra} {\n    pain 9 -> 2\n  }`;
const repeat = (first: string, second: string) =>
  HEADER + patient("P1", `${proc("PV1", "1996-05-14", first)}\n${proc("PV2", "1996-06-03", second, " repeats PV1")}`);

describe("VC301 not a vertebral level", () => {
  test.each([
    ["T13", "T13 is not a vertebral level: the thoracic spine has T1–T12"],
    ["L6", "L6 is not a vertebral level: the lumbar spine has L1–L5"],
    ["C8", "C8 is not a vertebral level: the cervical spine has C1–C7"],
    ["S6", "S6 is not a vertebral level: the sacrum has S1–S5"],
    ["T0", "T0 is not a vertebral level: the thoracic spine has T1–T12"],
  ])("%s", (level, message) => {
    const c = check(HEADER + patient("P1", proc("PV1", "1996-05-14", `T12, ${level}`)));
    expect(c.syntax).toEqual([]);
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC301", severity: "error", covered: level, line: 6, message });
  });

  test("the end of a range, and a recurrence's level", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14", "L4-L6")}\n  recurrence on 1996-05-22 at T13`));
    expect(c.all.map((d) => [d.code, d.covered, d.line])).toEqual([
      ["VC301", "L6", 6],
      ["VC301", "T13", 9],
    ]);
  });
});

describe("VC302 repeat at a level the repeated procedure did not treat", () => {
  test("PV2 at L2 after PV1 at T12, L1", () => {
    const c = check(repeat("T12, L1", "L2"));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC302", severity: "error", covered: "L2", line: 9 });
    expect(d!.message).toBe("PV2 repeats PV1 at L2, but PV1 treated T12, L1");
  });

  test("only the untreated items are flagged", () => {
    const c = check(repeat("T12, L1", "T12, L2, L1"));
    expect(c.all.map((d) => [d.code, d.covered])).toEqual([["VC302", "L2"]]);
  });

  test("a range T11-L1 expands to T11, T12, L1 on either side", () => {
    expect(check(repeat("T11-L1", "T12")).all).toEqual([]);
    expect(check(repeat("T11-L1", "T11, L1")).all).toEqual([]);
    expect(check(repeat("T11, T12, L1", "T11-L1")).all).toEqual([]);
    const c = check(repeat("T12", "T11-L1"));
    expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
      ["VC302", "T11-L1", "PV2 repeats PV1 at T11, L1, but PV1 treated T12"],
    ]);
  });

  test("a range across regions: T12-L2 treats L1", () => {
    expect(check(repeat("T12-L2", "L1")).all).toEqual([]);
  });
});

describe("VC303 level range written backwards", () => {
  test("L1-T11 offers T11-L1", () => {
    const c = check(HEADER + patient("P1", proc("PV1", "1996-05-14", "L1-T11")));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC303", severity: "error", covered: "L1-T11", line: 6, data: { swapped: "T11-L1" } });
    expect(d!.message).toBe("The level range L1-T11 is written backwards; write T11-L1");
  });

  test("a backwards range in a repeat is not also a VC302", () => {
    expect(check(repeat("T11-L1", "L1-T11")).all.map((d) => d.code)).toEqual(["VC303"]);
  });
});

describe("VC304 level listed twice", () => {
  test("the second T12 is flagged, and removing it leaves a clean file", () => {
    const c = check(HEADER + patient("P1", proc("PV1", "1996-05-14", "T12, L1, T12")));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC304", severity: "warning", covered: "T12", line: 6 });
    expect(d!.span.start).toBe(c.text.lastIndexOf("T12"));
    expect(d!.message).toBe("T12 is listed twice in PV1; list each level once");
    const fixed = without(c.text, d!.data!.removeSpan!);
    expect(fixed).toContain("at T12, L1 {");
    const again = check(fixed);
    expect(again.syntax).toEqual([]);
    expect(again.all).toEqual([]);
  });

  test("a level already inside a range", () => {
    const c = check(HEADER + patient("P1", proc("PV1", "1996-05-14", "T11-L1, T12")));
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC304", covered: "T12" });
    expect(c.all[0]!.message).toBe("T12 is listed twice in PV1 (also in T11-L1); list each level once");
    expect(check(without(c.text, c.all[0]!.data!.removeSpan!)).all).toEqual([]);
  });

  test("a range overlapping an earlier level cannot simply be deleted", () => {
    const c = check(HEADER + patient("P1", proc("PV1", "1996-05-14", "T12, T11-L1")));
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC304", covered: "T11-L1" });
    expect(c.all[0]!.data).toBeUndefined();
  });

  test("in a recurrence too", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14", "T12")}\n  recurrence on 1996-05-22 at T12, T12`));
    expect(c.all.map((d) => [d.code, d.covered, d.message])).toEqual([
      ["VC304", "T12", "T12 is listed twice for the recurrence on 1996-05-22; list each level once"],
    ]);
    expect(check(without(c.text, c.all[0]!.data!.removeSpan!)).all).toEqual([]);
  });
});
