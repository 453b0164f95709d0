/**
 * The cohort's description, "Table 1" (spec §9.4 `baseline`), over every patient
 * block, read from the syntax tree's rows in one pass (no patient is linked).
 *
 * Rules the spec gives: `F`/`female` count as female, `M`/`male` as male;
 * etiologies as written, a quoted and an unquoted one of the same text counting as
 * one, sorted by count (highest first) then by name; a patient without a procedure
 * counts 0 procedures; each procedure counts each distinct vertebra it treats once
 * (ranges expanded), one vertebra treated by two procedures twice; `period` is the
 * first and last calendar date of any procedure, `null` when none has one.
 *
 * Decisions where the spec is silent:
 * - A field given twice (VC404): the first value counts, as in the patient table.
 * - An age outside 0..120 years (VC403) is left out of `age`, as an out-of-range
 *   score is left out of the scores: it is a typing error, not an age.
 * - A sex other than the six values (VC405) counts as `missing`, so the five
 *   counts add up to `patients`.
 * - `etiology ""` (or only spaces) names no etiology: the patient is not listed.
 *   Names are compared exactly as written ("Osteoporosis" is not "osteoporosis");
 *   ties in count are ordered by the names' characters (code units).
 * - `cement`: one volume per procedure with a `cement` line, the sum of its lines
 *   (volumes written per level add up to the procedure's); a procedure with a
 *   volume outside 0..30 ml (VC403) is left out, since its total is unknown. A
 *   procedure is a repeat when it says `repeats`, as everywhere in the figures.
 * - A level that does not exist (`T13`, VC301) is not a vertebra: it counts
 *   nowhere, and a procedure treating only such levels counts 0 in `perProcedure`.
 *   A backwards range (VC303) counts its two ends, as the model reads it.
 * - `period` reads every calendar date that is a real day (not VC201), also those
 *   of a patient who mixes calendar dates and `day N` (VC203).
 */
import type { CohortModel } from "../model/cohort-model";
import { calendarDayNumber, formatDay } from "../model/dates";
import { LEVEL_COUNT, levelBitsOfRow, levelName } from "../model/levels";
import { decimalSum } from "../stats/decimals";
import { describe } from "../stats/descriptive";
import { DateKind } from "../syntax/tree/dates";
import { Field } from "../syntax/tree/fields";
import type { SyntaxTree } from "../syntax/tree/syntax-tree";
import { AGE_RANGE, CEMENT_RANGE_ML } from "../validation/rules/patient-fields";
import type { BaselineFigures, SexCounts } from "./types";

/** The region of each ordinal (C1 = 0 … S5 = 28), as `byRegion` names it. */
const REGION_OF_LETTER: Readonly<Record<string, keyof BaselineFigures["levels"]["byRegion"]>> = {
  C: "cervical",
  T: "thoracic",
  L: "lumbar",
  S: "sacral",
};

const SEX_OF_VALUE: ReadonlyMap<string, keyof SexCounts> = new Map([
  ["F", "female"],
  ["female", "female"],
  ["M", "male"],
  ["male", "male"],
  ["other", "other"],
  ["unknown", "unknown"],
]);

/** What one pass over the patients gathers. */
interface Tally {
  readonly ages: number[];
  readonly sex: { -readonly [K in keyof SexCounts]: number };
  /** Etiology text → patients. */
  readonly etiologies: Map<string, number>;
  readonly proceduresPerPatient: Float64Array;
  readonly levelsPerProcedure: number[];
  /** Procedures treating each ordinal. */
  readonly byOrdinal: Uint32Array;
  readonly cementInitial: number[];
  readonly cementRepeat: number[];
  firstDay: number;
  lastDay: number;
}

/** The first field row of patient `p` of kind `name` that has a value, -1 when none. */
function firstField(tree: SyntaxTree, p: number, name: Field): number {
  const { patients, fields } = tree;
  const first = patients.firstField(p);
  const end = first + patients.fieldCount(p);
  for (let row = first; row < end; row++) if (fields.name(row) === name && fields.hasValue(row)) return row;
  return -1;
}

function tallyFields(model: CohortModel, p: number, tally: Tally): void {
  const tree = model.tree;
  const { fields, numbers, words } = tree;
  const age = firstField(tree, p, Field.Age);
  if (age >= 0 && fields.number(age) >= 0) {
    const value = numbers.value(fields.number(age));
    if (value >= AGE_RANGE.min && value <= AGE_RANGE.max) tally.ages.push(value);
  }
  const sex = firstField(tree, p, Field.Sex);
  const sexKind = sex >= 0 && fields.word(sex) >= 0 ? SEX_OF_VALUE.get(words.text(fields.word(sex))) : undefined;
  tally.sex[sexKind ?? "missing"]++;
  const etiology = firstField(tree, p, Field.Etiology);
  if (etiology < 0) return;
  let name: string | undefined;
  if (fields.word(etiology) >= 0) name = words.text(fields.word(etiology));
  else if (fields.string(etiology) >= 0) {
    // A quoted etiology's text is read from its node: the rows hold only where it is.
    const value = model.nodes.patient(p).fields[etiology - tree.patients.firstField(p)]?.value;
    if (value !== undefined && "value" in value && typeof value.value === "string") name = value.value;
  }
  if (name !== undefined && name.trim() !== "") tally.etiologies.set(name, (tally.etiologies.get(name) ?? 0) + 1);
}

function tallyProcedures(tree: SyntaxTree, p: number, tally: Tally): void {
  const { patients, procedures, levelItems, cements, numbers, dates } = tree;
  const first = patients.firstProcedure(p);
  const end = first + patients.procedureCount(p);
  for (let row = first; row < end; row++) {
    let bits = 0;
    const firstLevel = procedures.firstLevel(row);
    for (let l = firstLevel; l < firstLevel + procedures.levelCount(row); l++) bits |= levelBitsOfRow(levelItems, l);
    let treated = 0;
    for (let o = 0; o < LEVEL_COUNT; o++) {
      if ((bits & (1 << o)) === 0) continue;
      treated++;
      tally.byOrdinal[o]++;
    }
    tally.levelsPerProcedure.push(treated);

    const firstCement = procedures.firstCement(row);
    const cementEnd = firstCement + procedures.cementCount(row);
    let volume = 0;
    let given = false;
    let plausible = true;
    for (let c = firstCement; c < cementEnd; c++) {
      if (cements.volume(c) < 0) continue;
      const ml = numbers.value(cements.volume(c));
      given = true;
      if (!(ml >= CEMENT_RANGE_ML.min && ml <= CEMENT_RANGE_ML.max)) plausible = false;
      volume = decimalSum(volume, ml);
    }
    if (given && plausible) (procedures.repeats(row) >= 0 ? tally.cementRepeat : tally.cementInitial).push(volume);

    const date = procedures.date(row);
    if (date < 0 || dates.kind(date) !== DateKind.Calendar) continue;
    const day = calendarDayNumber(dates.year(date), dates.month(date), dates.day(date));
    if (day === undefined) continue;
    if (day < tally.firstDay) tally.firstDay = day;
    if (day > tally.lastDay) tally.lastDay = day;
  }
}

/** Etiologies by count (highest first), then by name. */
function etiologyList(counts: ReadonlyMap<string, number>): { name: string; count: number }[] {
  const list = [...counts].map(([name, count]) => ({ name, count }));
  return list.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function computeBaseline(model: CohortModel): BaselineFigures {
  const tree = model.tree;
  const patients = model.patientCount;
  const tally: Tally = {
    ages: [],
    sex: { female: 0, male: 0, other: 0, unknown: 0, missing: 0 },
    etiologies: new Map(),
    proceduresPerPatient: new Float64Array(patients),
    levelsPerProcedure: [],
    byOrdinal: new Uint32Array(LEVEL_COUNT),
    cementInitial: [],
    cementRepeat: [],
    firstDay: Infinity,
    lastDay: -Infinity,
  };
  for (let p = 0; p < patients; p++) {
    tallyFields(model, p, tally);
    tally.proceduresPerPatient[p] = tree.patients.procedureCount(p);
    tallyProcedures(tree, p, tally);
  }
  const byRegion = { cervical: 0, thoracic: 0, lumbar: 0, sacral: 0 };
  const byLevel: Record<string, number> = {};
  let treated = 0;
  for (let o = 0; o < LEVEL_COUNT; o++) {
    const count = tally.byOrdinal[o]!;
    if (count === 0) continue;
    const name = levelName(o);
    treated += count;
    byRegion[REGION_OF_LETTER[name[0]!]!] += count;
    byLevel[name] = count;
  }
  return {
    patients,
    age: describe(tally.ages),
    sex: tally.sex,
    etiology: etiologyList(tally.etiologies),
    proceduresPerPatient: describe(tally.proceduresPerPatient),
    levels: { treated, perProcedure: describe(tally.levelsPerProcedure), byRegion, byLevel },
    cement: { initial: describe(tally.cementInitial), repeat: describe(tally.cementRepeat) },
    period: tally.firstDay === Infinity ? null : { first: formatDay(tally.firstDay), last: formatDay(tally.lastDay) },
  };
}
