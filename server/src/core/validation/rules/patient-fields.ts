/**
 * Patient fields: VC403 an implausible age (outside 0..120 years) or cement volume
 * (outside 0..30 ml), VC404 `age`, `sex` or `etiology` given twice for one patient,
 * VC405 a `sex` value other than F, M, female, male, other, unknown (exactly so;
 * a value that differs only in case gets the right spelling as a suggestion).
 */
import { SEX_VALUES } from "../../language/grammar";
import type { NumberLiteral, PatientField } from "../../syntax/ast";
import { Field, type FieldTable } from "../../syntax/tree/fields";
import { CEMENT, cementRows } from "../../syntax/tree/item-rows";
import { itemCursor, rowsOf, type ItemCursor } from "../../model/item-cursor";
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { patientName, procedureName } from "./common";

// Records, not pairs: a pair taken apart (`const [min, max] = …`) goes through an
// iterator, made for every patient and procedure the checks visit.
export const AGE_RANGE = { min: 0, max: 120 } as const;
export const CEMENT_RANGE_ML = { min: 0, max: 30 } as const;

function isNumber(value: PatientField["value"]): value is NumberLiteral {
  return value !== undefined && "value" in value && typeof value.value === "number";
}

export const plausibleValues: Rule<ItemCursor> = {
  codes: ["VC403"],
  start: (context) => itemCursor(cementRows(context.model.tree)),
  patient(patient, context) {
    const { min: minAge, max: maxAge } = AGE_RANGE;
    const { patients, fields, numbers } = context.model.tree;
    const first = patients.firstField(patient.row);
    for (let row = first; row < first + patients.fieldCount(patient.row); row++) {
      const number = fields.number(row);
      if (fields.name(row) !== Field.Age || number < 0) continue;
      if (numbers.value(number) >= minAge && numbers.value(number) <= maxAge) continue;
      const field = patient.node.fields[row - first]!;
      if (!isNumber(field.value)) continue;
      const age = field.value;
      context.report(
        diagnostic(
          "VC403",
          age.span,
          `An age of ${age.text} is not plausible for ${patientName(context, patient)}: ages run from ${minAge} to ${maxAge} years`,
        ),
      );
    }
  },
  procedure(procedure, _patient, context, cements) {
    const { min: minCement, max: maxCement } = CEMENT_RANGE_ML;
    const numbers = context.model.tree.numbers;
    rowsOf(cements, procedure.row);
    for (let row = cements.first; row < cements.end; row++) {
      const number = cements.table.int(row, CEMENT.volume);
      if (number < 0 || (numbers.value(number) >= minCement && numbers.value(number) <= maxCement)) continue;
      const volume = procedure.node.cements[row - cements.first]!.volume!;
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
    const { patients, fields: rows } = context.model.tree;
    const first = patients.firstField(patient.row);
    const count = patients.fieldCount(patient.row);
    for (let i = 1; i < count; i++) {
      const earlier = firstField(rows, first, first + i);
      if (earlier < 0) continue;
      const fields = patient.node.fields;
      const field = fields[i]!;
      context.report(
        diagnostic(
          "VC404",
          field.span,
          `${field.name} is already given for ${patientName(context, patient)} on line ${context.lines.lineNumber(rows.start(earlier))}; ` +
            `a patient has one ${field.name}, so keep one of them`,
          { removeSpan: field.span },
        ),
      );
    }
  },
};

/** The first field row from `first` up to `row` that is the same field as `row`, -1 when none is: a patient has a few fields, so a search costs less than a map. */
function firstField(fields: FieldTable, first: number, row: number): number {
  for (let r = first; r < row; r++) if (fields.name(r) === fields.name(row)) return r;
  return -1;
}

export const sexValues: Rule = {
  codes: ["VC405"],
  patient(patient, context) {
    const allowed: readonly string[] = SEX_VALUES;
    const { patients, fields, words } = context.model.tree;
    const first = patients.firstField(patient.row);
    for (let row = first; row < first + patients.fieldCount(patient.row); row++) {
      if (fields.name(row) !== Field.Sex || fields.word(row) < 0) continue;
      const written = words.text(fields.word(row));
      if (allowed.includes(written)) continue;
      const field = patient.node.fields[row - first]!;
      if (field.value === undefined) continue;
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
