// Version 2's messages, read as a clinician would: each says what is wrong and what
// to write instead (expected wording written by hand, from the audit).
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { TODAY, edit, withDayPatient, withPatient } from "./v2-audit-fixture";

describe("version 2 messages say what to write", () => {
  const message = (text: string, code: string) => analyze(text, { today: TODAY }).diagnostics.find((d) => d.code === code)?.message;

  it("VC705: a negative window is explained as days either side of the visit's day", () => {
    expect(message(edit({ 4: '  visit w6 "6 weeks" day 42 window -14' }), "VC705")).toBe(
      "A visit's window cannot be negative (got -14); write how many days either side of day 42 are accepted, 0 or more (0 accepts any day)",
    );
  });

  it("VC712: names the untreated vertebra of a range and what the procedure treated", () => {
    expect(message(edit({ 18: "    complication leak at T11-L1" }), "VC712")).toBe(
      "PV1 did not treat T11 (it treated T12, L1); record a complication inside the procedure only at one of its levels, or under the patient with its date",
    );
  });

  it("VC203: cites the date that shows the patient's kind, as on a procedure", () => {
    expect(message(withDayPatient({ 34: "    visit w6 on 2020-02-17 { pain 2 }" }), "VC203")).toBe(
      "2020-02-17 is a calendar date, but patient P2 is dated with day numbers (day 0 on line 32); use one kind of date per patient",
    );
    expect(message(withPatient("  complication fracture on day 5", "  followup until 2021-01-01"), "VC203")).toBe(
      "2021-01-01 is a calendar date, but patient P2 is dated with day numbers (day 5 on line 32); use one kind of date per patient",
    );
  });

  it("VC701, VC711, and VC102 in a visit carry the closest declared name for the quick fix", () => {
    const text = edit({ 18: "    complication leek at L1", 19: "    visit W6 on 2020-02-17 { pian 2  odi 30 }" });
    const found = analyze(text, { today: TODAY }).diagnostics.map((d) => [d.code, d.data?.suggestion]);
    expect(found).toEqual([
      ["VC711", "leak"],
      ["VC701", "w6"],
      ["VC102", "pain"],
    ]);
  });

  it("VC721: says which date the follow-up must reach", () => {
    expect(message(edit({ 28: "  followup until 2020-08-02" }), "VC721")).toBe(
      "Follow-up until 2020-08-02 ends before 2020-08-03 (line 27), the patient's last dated entry; write the last date the patient was seen, on or after 2020-08-03",
    );
  });

  it("VC713: a patient without a procedure, in a sentence that starts with a capital", () => {
    expect(message(withPatient("  complication fracture on 2020-08-03"), "VC713")).toBe(
      "Patient P2 has no procedure, so this complication follows none; record the procedure first",
    );
  });
});
