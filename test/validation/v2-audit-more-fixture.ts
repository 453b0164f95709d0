// The second audit's fixture (v2-audit-more*.test.ts): its own study header and a
// patient to write a procedure's items into, so that line numbers are easy to count.

/** A study header of 8 lines; patients written after it start on line 9. */
export const HEADER = [
  'study "Second audit" {',
  '  measure pain "Pain (VAS)" range 0..10 better lower responder 3',
  '  visit w6 "6 weeks" day 42 window 14',
  '  visit m6 day 182 window 30',
  "  visit d0 day 0",
  '  complication leak "Cement leakage"',
  "  complication fracture",
  "}",
];
/** HEADER then the given lines: the first given line is line 9. */
export const file = (...lines: string[]) => [...HEADER, ...lines].join("\n") + "\n";

const closesLastProcedure = (lines: string[]) =>
  lines.filter((l) => l === "  }").length > lines.filter((l) => l.startsWith("  procedure ")).length;
/**
 * Patient P1 (line 9) whose procedure PV1 on 2020-01-06 at L1 (line 10) goes on with `lines` (from line 11).
 * The last procedure is closed after them unless `lines` already closes it (a line "  }"
 * for each procedure); then only the patient is closed.
 */
export const onePatient = (...lines: string[]) =>
  file(
    "patient P1 {",
    "  procedure PV1 vertebroplasty on 2020-01-06 at L1 {",
    ...lines,
    ...(closesLastProcedure(lines) ? ["}"] : ["  }", "}"]),
  );
