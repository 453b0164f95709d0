/** VC201–VC204: calendar days, date order, mixed kinds of date, future dates. */
import { describe, expect, test } from "vitest";
import { HEADER, check, patient } from "./helpers";

const proc = (id: string, date: string, extra = "") =>
  `  procedure ${id} vertebroplasty on ${date} at T12${extra} {\n    pain 9 -> 2\n  }`;

describe("VC201 not a calendar day", () => {
  test.each([
    ["2001-02-30", "2001-02-30 is not a calendar day: February 2001 has 28 days"],
    ["2004-02-30", "2004-02-30 is not a calendar day: February 2004 has 29 days"],
    ["2001-04-31", "2001-04-31 is not a calendar day: April 2001 has 30 days"],
    ["2001-13-01", "2001-13-01 is not a calendar day: there is no month 13; months run 01 to 12"],
    ["2001-00-10", "2001-00-10 is not a calendar day: there is no month 00; months run 01 to 12"],
    ["2001-05-00", "2001-05-00 is not a calendar day: days of the month start at 01"],
  ])("%s", (date, message) => {
    const c = check(HEADER + patient("P1", proc("PV1", date)));
    expect(c.syntax).toEqual([]);
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC201", severity: "error", covered: date, line: 6, message });
  });

  test("29 February of a leap year is a day", () => {
    expect(check(HEADER + patient("P1", proc("PV1", "2000-02-29"))).all).toEqual([]);
  });

  test("in a recurrence too", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14")}\n  recurrence on 1996-06-31 at T12`));
    expect(c.all.map((d) => [d.code, d.covered])).toEqual([["VC201", "1996-06-31"]]);
  });
});

describe("VC202 dates out of order", () => {
  test("a repeat before the procedure it repeats", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14")}\n${proc("PV2", "1996-05-10", " repeats PV1")}`));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC202", severity: "error", covered: "1996-05-10", line: 9 });
    expect(d!.message).toBe(
      "PV2 on 1996-05-10 is before PV1 (1996-05-14, line 6), which it repeats; a repeat must come after the procedure it repeats",
    );
  });

  test("a repeat on the same day", () => {
    const c = check(HEADER + patient("P1", `${proc("PV1", "day 0")}\n${proc("PV2", "day 0", " repeats PV1")}`));
    expect(c.all).toHaveLength(1);
    expect(c.all[0]).toMatchObject({ code: "VC202", covered: "day 0" });
    expect(c.all[0]!.message).toMatch(/^PV2 on day 0 is on the same day as PV1 \(day 0, line 6\)/);
  });

  test("a recurrence before the patient's first procedure", () => {
    const c = check(HEADER + patient("P1", `  recurrence on 1996-05-01 at T12\n${proc("PV1", "1996-05-14")}`));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC202", covered: "1996-05-01", line: 6 });
    expect(d!.message).toBe(
      "The recurrence on 1996-05-01 is before the first procedure of patient P1, PV1 on 1996-05-14; a recurrence follows a procedure",
    );
  });

  test("a recurrence on the day of the first procedure, and a repeat a day later, are in order", () => {
    const text = `${proc("PV1", "day 0")}\n  recurrence on day 0\n${proc("PV2", "day 1", " repeats PV1")}`;
    expect(check(HEADER + patient("P1", text)).all).toEqual([]);
  });

  test("silent when the dates are mixed (VC203) or invalid (VC201)", () => {
    const mixed = check(HEADER + patient("P1", `${proc("PV1", "1996-05-14")}\n${proc("PV2", "day 0", " repeats PV1")}`));
    expect(mixed.all.map((d) => d.code)).toEqual(["VC203"]);
    const invalid = check(HEADER + patient("P1", `${proc("PV1", "1996-02-30")}\n${proc("PV2", "1996-01-01", " repeats PV1")}`));
    expect(invalid.all.map((d) => d.code)).toEqual(["VC201"]);
  });
});

describe("VC203 calendar dates and day numbers mixed", () => {
  test("the minority kind is flagged", () => {
    const text = `${proc("PV1", "1996-05-14")}\n  recurrence on day 8 at T12\n${proc("PV2", "1996-06-03", " repeats PV1")}`;
    const c = check(HEADER + patient("P1", text));
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC203", severity: "error", covered: "day 8", line: 9 });
    expect(d!.message).toBe(
      "day 8 is a day number, but patient P1 is dated with calendar dates (1996-05-14 on line 6); use one kind of date per patient",
    );
  });

  test("two patients may each use their own kind", () => {
    const text = HEADER + patient("P1", proc("PV1", "1996-05-14")) + patient("P2", proc("PV1", "day 3"));
    expect(check(text).all).toEqual([]);
  });
});

describe("VC204 date after today", () => {
  const text = HEADER + patient("P1", `${proc("PV1", "2024-05-01")}\n  recurrence on 2030-01-01`);
  test("a warning on the future date when asked for", () => {
    const c = check(text, { futureDates: true });
    const [d, ...rest] = c.all;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "VC204", severity: "warning", covered: "2030-01-01", line: 9 });
    expect(d!.message).toBe("2030-01-01 is after today (2024-06-01); check the year");
  });

  test("nothing when futureDates is off, and today itself is not the future", () => {
    expect(check(text).all).toEqual([]);
    expect(check(HEADER + patient("P1", proc("PV1", "2024-06-01")), { futureDates: true }).all).toEqual([]);
  });

  test("day N is never in the future", () => {
    expect(check(HEADER + patient("P1", proc("PV1", "day 99999")), { futureDates: true }).all).toEqual([]);
  });
});
