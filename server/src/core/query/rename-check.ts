/**
 * Rename: which places change, and whether the new name may be used. A new name
 * must read back as the same kind of word (an identifier, not a keyword, not a
 * vertebral level such as T12) and must not merge two things: another patient, a
 * procedure of the same patient, a declared measure, visit or complication kind, or a name already written
 * where nothing declares it (`repeats PV9`, an outcome `pian`), since renaming onto
 * it would silently change what those lines mean.
 */
import type { Analysis } from "../analyze";
import type { Span } from "../syntax/ast";
import { KEYWORD_WORDS } from "../syntax/tokens";
import { occurrencesOf, type Occurrence } from "./symbols";

export interface RenameProblem {
  /** `invalid-name`: the new name cannot be written there; `clash`: it is taken. */
  readonly kind: "invalid-name" | "clash";
  /** What is wrong and what is allowed, for the person renaming. */
  readonly message: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LEVEL_LIKE = /^[CTLS]\d+$/;

/**
 * The places a rename changes. When one id is declared twice (VC401, VC501), the
 * model reads every use as the first declaration: renaming that one carries the
 * uses along, renaming a later duplicate changes it alone, which is how a copied
 * block is given its own id.
 */
export function renameTargets(occurrences: readonly Occurrence[], occurrence: Occurrence): Occurrence[] {
  const all = occurrencesOf(occurrences, occurrence.key);
  const declarations = all.filter((o) => o.isDeclaration).sort((a, b) => a.span.start - b.span.start);
  if (declarations.length <= 1) return all;
  const first = declarations[0]!;
  if (occurrence.isDeclaration && occurrence.span.start !== first.span.start) return [occurrence];
  return all.filter((o) => !o.isDeclaration || o.span.start === first.span.start);
}

const WHAT = { patient: "patient id", procedure: "procedure id", measure: "measure name", visit: "visit id", complication: "complication kind" } as const;

export function checkRename(
  analysis: Analysis,
  occurrences: readonly Occurrence[],
  occurrence: Occurrence,
  newName: string,
): RenameProblem | undefined {
  const what = WHAT[occurrence.kind];
  const invalid = (message: string): RenameProblem => ({ kind: "invalid-name", message });
  if (newName === occurrence.name) return undefined;
  if (newName.trim() === "") return invalid(`Write the new ${what}.`);
  if (!IDENTIFIER.test(newName)) {
    return invalid(
      `'${newName}' cannot be a ${what}: a name starts with a letter or _ and has only letters, digits and _ (no spaces, hyphens or dots).`,
    );
  }
  if (KEYWORD_WORDS.includes(newName)) return invalid(`'${newName}' is a word of the .vcase language and cannot be a ${what}; choose another name.`);
  if (LEVEL_LIKE.test(newName)) {
    return invalid(`'${newName}' would be read as a vertebral level; a ${what} cannot be C, T, L or S followed by digits only (write e.g. ${newName}_case instead).`);
  }
  const line = (span: Span) => analysis.lines.lineNumber(span.start);
  const newKey = occurrence.kind === "measure" ? `measure:${newName}` : occurrence.key.replace(/[^:]+$/, newName);
  const taken = occurrencesOf(occurrences, newKey);
  const declared = taken.find((o) => o.isDeclaration);
  const clash = (message: string): RenameProblem => ({ kind: "clash", message });
  if (declared !== undefined) {
    switch (occurrence.kind) {
      case "patient":
        return clash(`There is already a patient ${newName} (line ${line(declared.span)}); each patient needs its own id.`);
      case "procedure": {
        const owner = occurrence.patient?.id !== undefined ? `Patient ${occurrence.patient.id}` : "This patient";
        return clash(`${owner} already has a procedure ${newName} (line ${line(declared.span)}); the procedures of a patient need different ids.`);
      }
      case "measure":
        return clash(`The study already declares a measure ${newName} (line ${line(declared.span)}); each measure needs its own name.`);
      case "visit":
        return clash(`The study already declares a visit ${newName} (line ${line(declared.span)}); each visit needs its own id.`);
      case "complication":
        return clash(`The study already declares a complication ${newName} (line ${line(declared.span)}); each kind of complication needs its own name.`);
    }
  }
  const use = taken[0];
  if (use !== undefined) {
    const written = {
      procedure: `'repeats ${newName}'`,
      measure: `an outcome of '${newName}'`,
      visit: `'visit ${newName}'`,
      complication: `'complication ${newName}'`,
      patient: `'${newName}'`,
    }[occurrence.kind];
    return clash(
      `Line ${line(use.span)} has ${written}, which nothing declares yet; renaming ${occurrence.name} to ${newName} would make it refer to ${occurrence.name}. Correct that line first, or choose another name.`,
    );
  }
  return undefined;
}
