/**
 * Every diagnostic code of the language (spec §4) with its severity and a one-line
 * title. Messages themselves are written by the rule that raises them, in the
 * words of the case it found; this table is what the codes mean.
 */
export const CATALOGUE = {
  VC001: { severity: "error", title: "Syntax error" },
  VC101: { severity: "error", title: "Score outside its measure's range" },
  VC102: { severity: "error", title: "Outcome names an undeclared measure" },
  VC103: { severity: "warning", title: "Score not recorded" },
  VC104: { severity: "error", title: "Same measure twice in one procedure" },
  VC201: { severity: "error", title: "Not a calendar day" },
  VC202: { severity: "error", title: "Dates out of order" },
  VC203: { severity: "error", title: "Calendar dates and day numbers mixed in one patient" },
  VC204: { severity: "warning", title: "Date in the future" },
  VC301: { severity: "error", title: "Not a vertebral level" },
  VC302: { severity: "error", title: "Repeat at a level the repeated procedure did not treat" },
  VC303: { severity: "error", title: "Level range written backwards" },
  VC304: { severity: "warning", title: "Level listed twice in one procedure" },
  VC401: { severity: "error", title: "Duplicate patient or procedure id" },
  VC402: { severity: "error", title: "Repeat of an unknown or later procedure" },
  VC403: { severity: "error", title: "Implausible age or cement volume" },
  VC404: { severity: "warning", title: "Single-valued field given twice" },
  VC405: { severity: "error", title: "Unknown sex value" },
  VC501: { severity: "error", title: "Measure range empty or reversed, or measure declared twice" },
  VC502: { severity: "warning", title: "Responder threshold larger than the scale" },
  VC503: { severity: "warning", title: "Patient with no procedure" },
  VC601: { severity: "warning", title: "No study header, or more than one" },
  VC701: { severity: "error", title: "Visit not declared" },
  VC702: { severity: "error", title: "Same visit twice in one procedure" },
  VC703: { severity: "warning", title: "Visit outside its window" },
  VC704: { severity: "error", title: "Visit dated on or before its procedure" },
  VC705: { severity: "error", title: "Visit or complication kind declared twice, or negative day or window" },
  VC711: { severity: "error", title: "Complication kind not declared" },
  VC712: { severity: "warning", title: "Complication at a level the procedure did not treat" },
  VC713: { severity: "error", title: "Complication without a date, or dated before its procedure" },
  VC721: { severity: "error", title: "Follow-up ends before the patient's last dated entry" },
  VC722: { severity: "warning", title: "Follow-up given twice" },
} as const satisfies Record<string, { severity: "error" | "warning"; title: string }>;

export type DiagnosticCode = keyof typeof CATALOGUE;

export const DIAGNOSTIC_CODES = Object.keys(CATALOGUE) as DiagnosticCode[];
