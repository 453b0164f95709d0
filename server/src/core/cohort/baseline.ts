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
 *   ties in count are in alphabetical order whatever the case, the same letters
 *   lower case first ("metastasis", "osteoporosis", "Osteoporosis"), as a reader
 *   expects and as R's `sort()` gives in a UTF-8 locale (ICU, English collation);
 *   names that collate alike by their characters (code units).
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
import { isCalendarDay } from "../model/dates";
import { LEVEL_COUNT, levelBitsOfRow, levelName } from "../model/levels";
import { itemCursor, rowsOf, type ItemCursor } from "../model/item-cursor";
import { decimalSum } from "../stats/decimals";
import { describe } from "../stats/descriptive";
import { DateKind } from "../syntax/tree/dates";
import { AGE, ageRows, CEMENT, cementRows, ETIOLOGY, etiologyRows, SEX, sexRows } from "../syntax/tree/item-rows";
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

/** A sample filled in place: a typed array at its largest size, and how much of it is used. */
interface Sample {
  readonly values: Float64Array;
  length: number;
}

function sample(size: number): Sample {
  return { values: new Float64Array(size), length: 0 };
}

function add(to: Sample, value: number): void {
  to.values[to.length++] = value;
}

function used(s: Sample): Float64Array {
  return s.values.subarray(0, s.length);
}

/**
 * What one pass over the patients gathers. Sexes and unquoted etiologies are
 * counted by word number and named once at the end; dates are compared as
 * YYYYMMDD numbers. (At 10,000 patients, a string key or a day number for each
 * patient was a third of the time.)
 */
interface Tally {
  readonly ages: Sample;
  /** Word of the sex written → patients. */
  readonly sexWords: Map<number, number>;
  sexMissing: number;
  /** Word of an unquoted etiology → patients. */
  readonly etiologyWords: Map<number, number>;
  /** Text of a quoted etiology → patients. */
  readonly etiologyStrings: Map<string, number>;
  readonly proceduresPerPatient: Sample;
  readonly levelsPerProcedure: Sample;
  /** Procedures treating each ordinal. */
  readonly byOrdinal: Uint32Array;
  readonly cementInitial: Sample;
  readonly cementRepeat: Sample;
  /** YYYYMMDD of the first and last calendar dates. */
  firstDate: number;
  lastDate: number;
}

function counted(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The cursors of the patients' `age`, `sex` and `etiology` rows, which follow the patients. */
interface FieldCursors {
  readonly ages: ItemCursor;
  readonly sexes: ItemCursor;
  readonly etiologies: ItemCursor;
}

/** The first row of patient `p` under `cursor` (moved to it) with column `column` or `other` written; -1 when none has. */
function firstWritten(cursor: ItemCursor, p: number, column: number, other = column): number {
  rowsOf(cursor, p);
  const table = cursor.table;
  for (let row = cursor.first; row < cursor.end; row++) if (table.int(row, column) >= 0 || table.int(row, other) >= 0) return row;
  return -1;
}

function tallyFields(tree: SyntaxTree, text: string, p: number, tally: Tally, { ages, sexes, etiologies }: FieldCursors): void {
  // The first row of each field that has a value (a second one is VC404).
  const age = firstWritten(ages, p, AGE.value);
  if (age >= 0) {
    const value = tree.numbers.value(ages.table.int(age, AGE.value));
    if (value >= AGE_RANGE.min && value <= AGE_RANGE.max) add(tally.ages, value);
  }
  const sex = firstWritten(sexes, p, SEX.value);
  if (sex >= 0) counted(tally.sexWords, sexes.table.int(sex, SEX.value));
  else tally.sexMissing++;
  const etiology = firstWritten(etiologies, p, ETIOLOGY.word, ETIOLOGY.text);
  if (etiology < 0) return;
  const word = etiologies.table.int(etiology, ETIOLOGY.word);
  if (word >= 0) counted(tally.etiologyWords, word);
  else {
    // A quoted etiology is read from the text: the rows hold only where it is written.
    const name = tree.itemStrings.value(text, etiologies.table.int(etiology, ETIOLOGY.text));
    tally.etiologyStrings.set(name, (tally.etiologyStrings.get(name) ?? 0) + 1);
  }
}

/** `cements`: the cursor of the `cement` lines' rows, which follows the procedures. */
function tallyProcedures(tree: SyntaxTree, p: number, tally: Tally, cements: ItemCursor): void {
  const { patients, procedures, levelItems, numbers, dates } = tree;
  const first = patients.firstProcedure(p);
  const end = first + patients.procedureCount(p);
  for (let row = first; row < end; row++) {
    let bits = 0;
    const firstLevel = procedures.firstLevel(row);
    for (let l = firstLevel; l < firstLevel + procedures.levelCount(row); l++) bits |= levelBitsOfRow(levelItems, l);
    let treated = 0;
    for (let rest = bits; rest !== 0; rest &= rest - 1) {
      treated++;
      tally.byOrdinal[31 - Math.clz32(rest & -rest)]++;
    }
    add(tally.levelsPerProcedure, treated);

    rowsOf(cements, row);
    let volume = 0;
    let given = false;
    let plausible = true;
    for (let c = cements.first; c < cements.end; c++) {
      const number = cements.table.int(c, CEMENT.volume);
      if (number < 0) continue;
      const ml = numbers.value(number);
      given = true;
      if (!(ml >= CEMENT_RANGE_ML.min && ml <= CEMENT_RANGE_ML.max)) plausible = false;
      volume = decimalSum(volume, ml);
    }
    if (given && plausible) add(procedures.repeats(row) >= 0 ? tally.cementRepeat : tally.cementInitial, volume);

    const date = procedures.date(row);
    if (date < 0 || dates.kind(date) !== DateKind.Calendar) continue;
    const year = dates.year(date);
    const month = dates.month(date);
    const day = dates.day(date);
    if (!isCalendarDay(year, month, day)) continue;
    const packed = year * 10_000 + month * 100 + day;
    if (packed < tally.firstDate) tally.firstDate = packed;
    if (packed > tally.lastDate) tally.lastDate = packed;
  }
}

/** YYYYMMDD as YYYY-MM-DD. */
function dateText(packed: number): string {
  const digits = String(packed).padStart(8, "0");
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

function sexCounts(tree: SyntaxTree, tally: Tally): SexCounts {
  const counts = { female: 0, male: 0, other: 0, unknown: 0, missing: tally.sexMissing };
  for (const [word, patients] of tally.sexWords) counts[SEX_OF_VALUE.get(tree.words.text(word)) ?? "missing"] += patients;
  return counts;
}

/** Alphabetical order, as R's ICU collation in a UTF-8 locale has it; made when first needed. */
let byName: Intl.Collator | undefined;

/** Etiologies by count (highest first), then by name; quoted and unquoted alike, an empty one left out. */
function etiologyList(tree: SyntaxTree, tally: Tally): { name: string; count: number }[] {
  const counts = new Map(tally.etiologyStrings);
  for (const [word, patients] of tally.etiologyWords) {
    const name = tree.words.text(word);
    counts.set(name, (counts.get(name) ?? 0) + patients);
  }
  const list = [...counts].filter(([name]) => name.trim() !== "").map(([name, count]) => ({ name, count }));
  if (list.length < 2) return list;
  const collator = (byName ??= new Intl.Collator("en"));
  return list.sort((a, b) => b.count - a.count || collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `text`: the text the model was read from. */
export function computeBaseline(model: CohortModel, text: string): BaselineFigures {
  const tree = model.tree;
  const patients = model.patientCount;
  let procedures = 0;
  for (let p = 0; p < patients; p++) procedures += tree.patients.procedureCount(p);
  const tally: Tally = {
    ages: sample(patients),
    sexWords: new Map(),
    sexMissing: 0,
    etiologyWords: new Map(),
    etiologyStrings: new Map(),
    proceduresPerPatient: sample(patients),
    levelsPerProcedure: sample(procedures),
    byOrdinal: new Uint32Array(LEVEL_COUNT),
    cementInitial: sample(procedures),
    cementRepeat: sample(procedures),
    firstDate: Infinity,
    lastDate: -Infinity,
  };
  const cements = itemCursor(cementRows(tree));
  const fields = { ages: itemCursor(ageRows(tree)), sexes: itemCursor(sexRows(tree)), etiologies: itemCursor(etiologyRows(tree)) };
  for (let p = 0; p < patients; p++) {
    tallyFields(tree, text, p, tally, fields);
    add(tally.proceduresPerPatient, tree.patients.procedureCount(p));
    tallyProcedures(tree, p, tally, cements);
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
    age: describe(used(tally.ages)),
    sex: sexCounts(tree, tally),
    etiology: etiologyList(tree, tally),
    proceduresPerPatient: describe(used(tally.proceduresPerPatient)),
    levels: { treated, perProcedure: describe(used(tally.levelsPerProcedure)), byRegion, byLevel },
    cement: { initial: describe(used(tally.cementInitial)), repeat: describe(used(tally.cementRepeat)) },
    period: tally.firstDate === Infinity ? null : { first: dateText(tally.firstDate), last: dateText(tally.lastDate) },
  };
}
