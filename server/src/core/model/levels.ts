/**
 * The vertebral column as an ordered list: C1–C7, T1–T12, L1–L5, S1–S5.
 * A level's ordinal is its place in that list, so ranges and ordering are arithmetic.
 */
import type { LevelItem, LevelToken } from "../syntax/ast";
import type { LevelItemTable } from "../syntax/tree/level-items";

const REGIONS = [
  { region: "C", count: 7, name: "cervical" },
  { region: "T", count: 12, name: "thoracic" },
  { region: "L", count: 5, name: "lumbar" },
  { region: "S", count: 5, name: "sacral" },
] as const;

/**
 * Per region, indexed by its letter's character code: the ordinal of its first
 * vertebra (C1 = 0, T1 = 7, L1 = 19, S1 = 24) and how many it has. Arrays, not
 * records keyed by the letter: they are read for every level of every procedure,
 * and an array lookup costs a fraction of a keyed one.
 */
const FIRST: number[] = [];
const COUNT: number[] = [];
let levels = 0;
for (const r of REGIONS) {
  FIRST[r.region.charCodeAt(0)] = levels;
  COUNT[r.region.charCodeAt(0)] = r.count;
  levels += r.count;
}

/** How many levels the column has (29): every ordinal is below it. */
export const LEVEL_COUNT = levels;

export function regionCount(region: LevelToken["region"]): number {
  return COUNT[region.charCodeAt(0)]!;
}

export function regionName(region: LevelToken["region"]): string {
  return REGIONS.find((r) => r.region === region)!.name;
}

/** Whether `T13`-like text names a real vertebra. */
export function isRealLevel(level: Pick<LevelToken, "region" | "number">): boolean {
  return level.number >= 1 && level.number <= regionCount(level.region);
}

/** Position in the column from C1 = 0 to S5 = 28; undefined for a level that does not exist. */
export function levelOrdinal(level: Pick<LevelToken, "region" | "number">): number | undefined {
  return isRealLevel(level) ? FIRST[level.region.charCodeAt(0)]! + level.number - 1 : undefined;
}

export function levelName(ordinal: number): string {
  let rest = ordinal;
  for (const r of REGIONS) {
    if (rest < r.count) return `${r.region}${rest + 1}`;
    rest -= r.count;
  }
  return "?";
}

/**
 * The ordinals an item covers: `T11-L1` gives T11, T12, L1. A backwards range or an
 * unreal level gives what can be known (the valid end points only), never a guess.
 */
export function expandLevels(item: LevelItem): number[] {
  const from = levelOrdinal(item.from);
  if (item.to === undefined) return from === undefined ? [] : [from];
  const to = levelOrdinal(item.to);
  if (from === undefined || to === undefined) return [from, to].filter((o): o is number => o !== undefined);
  if (to < from) return [from, to];
  const out: number[] = [];
  for (let o = from; o <= to; o++) out.push(o);
  return out;
}

/** A set of ordinals as the bits of one integer (bit o for ordinal o): the column has only 29 levels. */
function bit(ordinal: number | undefined): number {
  return ordinal === undefined ? 0 : 1 << ordinal;
}

/** Ordinal of the level with region letter code `region` and number `number` (as the syntax tree's rows hold them); -1 for one that does not exist. */
export function ordinalOf(region: number, number: number): number {
  const count = COUNT[region];
  return count !== undefined && number >= 1 && number <= count ? FIRST[region]! + number - 1 : -1;
}

/** The ordinals of `expandLevels` of the level item in row `row` of the syntax tree's table, as bits, without making the list. */
export function levelBitsOfRow(items: LevelItemTable, row: number): number {
  const from = ordinalOf(items.fromRegion(row), items.fromNumber(row));
  const to = items.isRange(row) ? ordinalOf(items.toRegion(row), items.toNumber(row)) : from;
  if (from < 0 || to < 0 || to < from) return bit(from < 0 ? undefined : from) | bit(to < 0 ? undefined : to);
  return (bit(to) << 1) - bit(from);
}

/**
 * The levels a procedure or recurrence treats: every ordinal its items cover.
 * Linking needs one per procedure and recurrence of the cohort, so it is one
 * integer's bits rather than a hash set, it cannot change, and procedures that
 * treat the same levels share one; it iterates in column order.
 */
export class LevelSet implements ReadonlySet<number> {
  /**
   * The sets made so far, by their bits: a cohort treats few distinct sets of
   * levels. Bounded, so that no file can make it grow without end.
   */
  private static readonly made = new Map<number, LevelSet>();

  private constructor(private readonly bits: number) {}

  /** The levels of the `count` level items from row `first` of the syntax tree's table. */
  static ofRows(items: LevelItemTable, first: number, count: number): LevelSet {
    let bits = 0;
    for (let row = first; row < first + count; row++) bits |= levelBitsOfRow(items, row);
    return LevelSet.ofBits(bits);
  }

  private static ofBits(bits: number): LevelSet {
    let set = LevelSet.made.get(bits);
    if (set === undefined) {
      set = new LevelSet(bits);
      if (LevelSet.made.size < 4096) LevelSet.made.set(bits, set);
    }
    return set;
  }

  get size(): number {
    let count = 0;
    for (let rest = this.bits; rest !== 0; rest &= rest - 1) count++;
    return count;
  }

  has(ordinal: number): boolean {
    return Number.isInteger(ordinal) && ordinal >= 0 && ordinal < LEVEL_COUNT && (this.bits & (1 << ordinal)) !== 0;
  }

  /** Whether the two sets have a level in common. */
  sharesAny(other: LevelSet): boolean {
    return (this.bits & other.bits) !== 0;
  }

  /** Whether the set has every level of `bits` (as `levelBitsOfRow` gives them). */
  hasAllBits(bits: number): boolean {
    return (this.bits & bits) === bits;
  }

  *values(): SetIterator<number> {
    for (let o = 0; o < LEVEL_COUNT; o++) if ((this.bits & (1 << o)) !== 0) yield o;
  }

  keys(): SetIterator<number> {
    return this.values();
  }

  *entries(): SetIterator<[number, number]> {
    for (const o of this.values()) yield [o, o];
  }

  forEach(callback: (value: number, key: number, set: ReadonlySet<number>) => void, thisArg?: unknown): void {
    for (const o of this.values()) callback.call(thisArg, o, o, this);
  }

  [Symbol.iterator](): SetIterator<number> {
    return this.values();
  }
}

/** A readable list such as "T11, T12, L1". */
export function formatLevels(ordinals: Iterable<number>): string {
  return [...new Set(ordinals)].sort((a, b) => a - b).map(levelName).join(", ");
}
