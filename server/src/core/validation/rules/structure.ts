/**
 * File structure: VC503 a patient with no procedure (counted nowhere in the
 * figures), VC601 a file with patients but no `study` header, or with more than
 * one. An empty file, or one with only comments, gets no VC601: nothing is
 * written yet that a header would govern. Nor does a file whose text before the
 * first patient has a syntax error: that is most likely the header, mistyped.
 */
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { lineOf, patientName, syntaxErrorWithin } from "./common";

export const patientsWithoutProcedures: Rule = {
  codes: ["VC503"],
  patient(patient, context) {
    if (patient.procedures.length > 0) return;
    const name = patientName(context, patient);
    context.report(
      diagnostic(
        "VC503",
        patient.node.id?.span ?? patient.node.keyword,
        `${name.charAt(0).toUpperCase()}${name.slice(1)} has no procedure, so counts in no figure; ` +
          `add one: procedure ID KIND on DATE at LEVELS { … }`,
      ),
    );
  },
};

export const studyHeader: Rule = {
  codes: ["VC601"],
  start(context) {
    const { studies, tree } = context.model;
    const firstPatient = tree.patientCount > 0 ? tree.patients.start(0) : -1;
    const headerMistyped = firstPatient >= 0 && syntaxErrorWithin(context, { start: 0, end: firstPatient - 1 });
    if (studies.length === 0 && firstPatient >= 0 && !headerMistyped) {
      context.report(
        diagnostic(
          "VC601",
          { start: firstPatient, end: firstPatient + "patient".length },
          'This file has no study header; begin it with study "Title" { measure … } so that the scores can be checked',
        ),
      );
    }
    const first = studies[0];
    for (const extra of studies.slice(1)) {
      context.report(
        diagnostic(
          "VC601",
          extra.keyword,
          `A file holds one study, and its header is already on line ${lineOf(context, first!.keyword)}; ` +
            `merge the two headers`,
        ),
      );
    }
  },
};
