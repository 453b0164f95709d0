/**
 * Patient fields: VC403 an implausible age (outside 0..120 years) or cement volume
 * (outside 0..30 ml), VC404 `age`, `sex` or `etiology` given twice for one patient,
 * VC405 a `sex` value other than F, M, female, male, other, unknown (exactly so;
 * a value that differs only in case gets the right spelling as a suggestion).
 */
import { SEX_VALUES } from "../../language/grammar";
import type { Patient, PatientField } from "../../syntax/ast";
import { AGE, ageRows, CEMENT, cementRows, ETIOLOGY, etiologyRows, SEX, sexRows } from "../../syntax/tree/item-rows";
import type { ItemTable } from "../../syntax/tree/item-tables";
import type { SyntaxTree } from "../../syntax/tree/syntax-tree";
import { itemCursor, rowsOf, type ItemCursor } from "../../model/item-cursor";
import { diagnostic } from "../diagnostic";
import type { Rule } from "../rule";
import { patientName, procedureName } from "./common";

// Records, not pairs: a pair taken apart (`const [min, max] = …`) goes through an
// iterator, made for every patient and procedure the checks visit.
export const AGE_RANGE = { min: 0, max: 120 } as const;
export const CEMENT_RANGE_ML = { min: 0, max: 30 } as const;

/** The field written at row `row` of `table` (one of a patient's), as the patient's view gives it. */
function fieldAt(patient: Patient, table: ItemTable, row: number): PatientField | undefined {
  return patient.fields.find((f) => f.start === table.start(row));
}

export const plausibleValues: Rule<{ readonly ages: ItemCursor; readonly cements: ItemCursor }> = {
  codes: ["VC403"],
  start: (context) => ({ ages: itemCursor(ageRows(context.model.tree)), cements: itemCursor(cementRows(context.model.tree)) }),
  patient(patient, context, { ages }) {
    const { min: minAge, max: maxAge } = AGE_RANGE;
    const numbers = context.model.tree.numbers;
    rowsOf(ages, patient.row);
    for (let row = ages.first; row < ages.end; row++) {
      const number = ages.table.int(row, AGE.value);
      if (number < 0 || (numbers.value(number) >= minAge && numbers.value(number) <= maxAge)) continue;
      const age = fieldAt(patient.node, ages.table, row)?.value;
      if (age === undefined || !("text" in age)) continue;
      context.report(
        diagnostic(
          "VC403",
          age.span,
          `An age of ${age.text} is not plausible for ${patientName(context, patient)}: ages run from ${minAge} to ${maxAge} years`,
        ),
      );
    }
  },
  procedure(procedure, _patient, context, { cements }) {
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

/** Each field's rows, and the columns that hold its value: an etiology's word or its text. */
const FIELD_ROWS = [
  { rows: ageRows, values: [AGE.value] },
  { rows: sexRows, values: [SEX.value] },
  { rows: etiologyRows, values: [ETIOLOGY.word, ETIOLOGY.text] },
] as const;

/** Whether row `row` of `table` holds a value in one of `columns` (a field recovery read without one is no field). */
function holdsValue(table: ItemTable, row: number, columns: readonly number[]): boolean {
  for (let i = 0; i < columns.length; i++) if (table.int(row, columns[i]!) >= 0) return true;
  return false;
}

const fieldCursors = (tree: SyntaxTree): ItemCursor[] => FIELD_ROWS.map(({ rows }) => itemCursor(rows(tree)));

export const singleFields: Rule<ItemCursor[]> = {
  codes: ["VC404"],
  start: (context) => fieldCursors(context.model.tree),
  patient(patient, context, cursors) {
    for (let f = 0; f < cursors.length; f++) {
      const cursor = cursors[f]!;
      rowsOf(cursor, patient.row);
      if (cursor.end - cursor.first < 2) continue;
      const { table } = cursor;
      const values = FIELD_ROWS[f]!.values;
      let earlier = -1;
      for (let row = cursor.first; row < cursor.end; row++) {
        if (!holdsValue(table, row, values)) continue;
        if (earlier < 0) {
          earlier = row;
          continue;
        }
        const field = fieldAt(patient.node, table, row)!;
        context.report(
          diagnostic(
            "VC404",
            field.span,
            `${field.name} is already given for ${patientName(context, patient)} on line ${context.lines.lineNumber(table.start(earlier))}; ` +
              `a patient has one ${field.name}, so keep one of them`,
            { removeSpan: field.span },
          ),
        );
      }
    }
  },
};

export const sexValues: Rule<ItemCursor> = {
  codes: ["VC405"],
  start: (context) => itemCursor(sexRows(context.model.tree)),
  patient(patient, context, sexes) {
    const allowed: readonly string[] = SEX_VALUES;
    const words = context.model.tree.words;
    rowsOf(sexes, patient.row);
    for (let row = sexes.first; row < sexes.end; row++) {
      const word = sexes.table.int(row, SEX.value);
      if (word < 0) continue;
      const written = words.text(word);
      if (allowed.includes(written)) continue;
      const field = fieldAt(patient.node, sexes.table, row);
      if (field?.value === undefined) continue;
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
