/**
 * Patient fields: VC403 an implausible age (outside 0..120 years) or cement volume
 * (outside 0..30 ml), VC404 `age`, `sex` or `etiology` given twice for one patient,
 * VC405 a `sex` value other than F, M, female, male, other, unknown (exactly so;
 * a value that differs only in case gets the right spelling as a suggestion).
 */
import type { NumberLiteral, PatientField } from "../../syntax/ast";
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { lineOf, patientName, procedureName } from "./common";

export const AGE_RANGE = [0, 120] as const;
export const CEMENT_RANGE_ML = [0, 30] as const;
export const SEX_VALUES = ["F", "M", "female", "male", "other", "unknown"] as const;

function isNumber(value: PatientField["value"]): value is NumberLiteral {
  return value !== undefined && "value" in value && typeof value.value === "number";
}

export const plausibleValues: Rule = {
  codes: ["VC403"],
  patient(patient, context) {
    const [minAge, maxAge] = AGE_RANGE;
    for (let i = 0; i < patient.node.fields.length; i++) {
      const field = patient.node.fields[i]!;
      if (field.name !== "age" || !isNumber(field.value)) continue;
      const age = field.value;
      if (age.value >= minAge && age.value <= maxAge) continue;
      context.report(
        diagnostic(
          "VC403",
          age.span,
          `An age of ${age.text} is not plausible for ${patientName(context, patient)}: ages run from ${minAge} to ${maxAge} years`,
        ),
      );
    }
  },
  procedure(procedure, _patient, context) {
    const [minCement, maxCement] = CEMENT_RANGE_ML;
    for (let i = 0; i < procedure.node.cements.length; i++) {
      const volume = procedure.node.cements[i]!.volume;
      if (volume === undefined || (volume.value >= minCement && volume.value <= maxCement)) continue;
      context.report(
        diagnostic(
          "VC403",
          volume.span,
          `A cement volume of ${volume.text} ml is not plausible for ${procedureName(context, procedure)}: ` +
            `volumes run from ${minCement} to ${maxCement} ml`,
        ),
      );
    }
  },
};

export const singleFields: Rule = {
  codes: ["VC404"],
  patient(patient, context) {
    const fields = patient.node.fields;
    for (let i = 1; i < fields.length; i++) {
      const field = fields[i]!;
      const earlier = firstField(fields, i, field.name);
      if (earlier === undefined) continue;
      context.report(
        diagnostic(
          "VC404",
          field.span,
          `${field.name} is already given for ${patientName(context, patient)} on line ${lineOf(context, earlier.span)}; ` +
            `a patient has one ${field.name}, so keep one of them`,
          { removeSpan: field.span },
        ),
      );
    }
  },
};

/** The first of the fields before index `before` named `name`: a patient has a few fields, so a search costs less than a map. */
function firstField(fields: readonly PatientField[], before: number, name: string): PatientField | undefined {
  for (let i = 0; i < before; i++) if (fields[i]!.name === name) return fields[i];
  return undefined;
}

export const sexValues: Rule = {
  codes: ["VC405"],
  patient(patient, context) {
    const allowed: readonly string[] = SEX_VALUES;
    for (let i = 0; i < patient.node.fields.length; i++) {
      const field = patient.node.fields[i]!;
      if (field.name !== "sex" || field.value === undefined) continue;
      const written = "text" in field.value ? field.value.text : field.value.value;
      if (typeof written !== "string" || allowed.includes(written)) continue;
      const suggestion = allowed.find((v) => v.toLowerCase() === written.toLowerCase());
      const list = SEX_VALUES.join(", ");
      context.report(
        suggestion !== undefined
          ? diagnostic("VC405", field.value.span, `Write sex '${written}' as '${suggestion}'; the values are ${list}`, {
              suggestion,
            })
          : diagnostic("VC405", field.value.span, `'${written}' is not a sex value; write one of ${list}`),
      );
    }
  },
};
