/**
 * Patient fields: VC403 an implausible age (outside 0..120 years) or cement volume
 * (outside 0..30 ml), VC404 `age`, `sex` or `etiology` given twice for one patient,
 * VC405 a `sex` value other than F, M, female, male, other, unknown (exactly so;
 * a value that differs only in case gets the right spelling as a suggestion).
 */
import type { NumberLiteral, PatientField } from "../../syntax/ast";
import { diagnostic, type Diagnostic } from "../diagnostic";
import { rule, type RuleContext } from "../rule";
import { lineOf, patientName, procedureName } from "./common";

export const AGE_RANGE = [0, 120] as const;
export const CEMENT_RANGE_ML = [0, 30] as const;
export const SEX_VALUES = ["F", "M", "female", "male", "other", "unknown"] as const;

function isNumber(value: PatientField["value"]): value is NumberLiteral {
  return value !== undefined && "value" in value && typeof value.value === "number";
}

export const plausibleValues = rule(["VC403"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  const [minAge, maxAge] = AGE_RANGE;
  const [minCement, maxCement] = CEMENT_RANGE_ML;
  for (const patient of context.model.patients) {
    for (const field of patient.node.fields) {
      if (field.name !== "age" || !isNumber(field.value)) continue;
      const age = field.value;
      if (age.value >= minAge && age.value <= maxAge) continue;
      out.push(
        diagnostic(
          "VC403",
          age.span,
          `An age of ${age.text} is not plausible for ${patientName(context, patient)}: ages run from ${minAge} to ${maxAge} years`,
        ),
      );
    }
    for (const procedure of patient.procedures) {
      for (const cement of procedure.node.cements) {
        const volume = cement.volume;
        if (volume === undefined || (volume.value >= minCement && volume.value <= maxCement)) continue;
        out.push(
          diagnostic(
            "VC403",
            volume.span,
            `A cement volume of ${volume.text} ml is not plausible for ${procedureName(context, procedure)}: ` +
              `volumes run from ${minCement} to ${maxCement} ml`,
          ),
        );
      }
    }
  }
  return out;
});

export const singleFields = rule(["VC404"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    const first = new Map<string, PatientField>();
    for (const field of patient.node.fields) {
      const earlier = first.get(field.name);
      if (earlier === undefined) {
        first.set(field.name, field);
        continue;
      }
      out.push(
        diagnostic(
          "VC404",
          field.span,
          `${field.name} is already given for ${patientName(context, patient)} on line ${lineOf(context, earlier.span)}; ` +
            `a patient has one ${field.name}, so keep one of them`,
          { removeSpan: field.span },
        ),
      );
    }
  }
  return out;
});

export const sexValues = rule(["VC405"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  const allowed: readonly string[] = SEX_VALUES;
  for (const patient of context.model.patients) {
    for (const field of patient.node.fields) {
      if (field.name !== "sex" || field.value === undefined) continue;
      const written = "text" in field.value ? field.value.text : field.value.value;
      if (typeof written !== "string" || allowed.includes(written)) continue;
      const suggestion = allowed.find((v) => v.toLowerCase() === written.toLowerCase());
      const list = SEX_VALUES.join(", ");
      out.push(
        suggestion !== undefined
          ? diagnostic("VC405", field.value.span, `Write sex '${written}' as '${suggestion}'; the values are ${list}`, {
              suggestion,
            })
          : diagnostic("VC405", field.value.span, `'${written}' is not a sex value; write one of ${list}`),
      );
    }
  }
  return out;
});
