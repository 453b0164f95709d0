/**
 * The procedures of a file that treated a level (a range such as `T11-L1` counts for
 * each level it covers), read from the syntax tree's rows. A hover on a level looks
 * at every procedure of the file; linking every patient of a registry export to do
 * so took longer than the rest of the hover, so only the patients shown are linked.
 */
import type { CohortModel, PatientInfo, ProcedureInfo } from "../model/cohort-model";
import { LevelSet } from "../model/levels";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";

export interface TreatedAt {
  /** How many patients had a procedure at the level. */
  readonly patients: number;
  readonly procedures: number;
  /** The first of those procedures in file order, up to the limit asked for, each with its patient. */
  readonly shown: readonly { readonly patient: PatientInfo; readonly procedure: ProcedureInfo }[];
}

/** Whether procedure row `row` treated the level of ordinal `ordinal`: its levels as linking reads them. */
function treats(tree: SyntaxTree, row: number, ordinal: number): boolean {
  const { procedures, levelItems } = tree;
  return LevelSet.ofRows(levelItems, procedures.firstLevel(row), procedures.levelCount(row)).has(ordinal);
}

/** The procedures that treated the level of ordinal `ordinal` (C1 = 0 … S5 = 28), the first `limit` of them linked. */
export function treatedAt(model: CohortModel, ordinal: number, limit: number): TreatedAt {
  const tree = model.tree;
  const rows = tree.patients;
  const shown: { patient: PatientInfo; procedure: ProcedureInfo }[] = [];
  let patients = 0;
  let procedures = 0;
  for (let p = 0; p < tree.patientCount; p++) {
    const first = rows.firstProcedure(p);
    let treatedHere = false;
    let linked: PatientInfo | undefined;
    for (let i = 0; i < rows.procedureCount(p); i++) {
      if (!treats(tree, first + i, ordinal)) continue;
      treatedHere = true;
      if (++procedures > limit) continue;
      linked ??= model.patientAt(p);
      shown.push({ patient: linked, procedure: linked.procedures[i]! });
    }
    if (treatedHere) patients++;
  }
  return { patients, procedures, shown };
}
