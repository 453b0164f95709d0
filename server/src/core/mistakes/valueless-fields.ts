/**
 * A field recovery left without a value (`age` then a word that is no age, such as a
 * snippet's placeholder `age age`) is not a field given: its syntax error says what
 * to write, and it must not count as "age is already given" (VC404) when the author
 * writes the age, nor make the placeholder word a second field.
 */
import type { Patient } from "../syntax/ast";
import { setField } from "./mistake";

export function dropValuelessFields(patients: readonly Patient[]): void {
  for (const patient of patients) {
    if (patient.fields.some((f) => f.value === undefined)) setField(patient, "fields", patient.fields.filter((f) => f.value !== undefined));
  }
}
