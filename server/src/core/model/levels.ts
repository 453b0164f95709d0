/**
 * The vertebral column as an ordered list: C1–C7, T1–T12, L1–L5, S1–S5.
 * A level's ordinal is its place in that list, so ranges and ordering are arithmetic.
 */
import type { LevelItem, LevelToken } from "../syntax/ast";

const REGIONS = [
  { region: "C", count: 7, name: "cervical" },
  { region: "T", count: 12, name: "thoracic" },
  { region: "L", count: 5, name: "lumbar" },
  { region: "S", count: 5, name: "sacral" },
] as const;

/** Vertebrae per region, read for every level of every procedure. */
const COUNT = Object.fromEntries(REGIONS.map((r) => [r.region, r.count])) as Readonly<Record<LevelToken["region"], number>>;

export function regionCount(region: LevelToken["region"]): number {
  return COUNT[region];
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
  if (!isRealLevel(level)) return undefined;
  let offset = 0;
  for (const r of REGIONS) {
    if (r.region === level.region) return offset + level.number - 1;
    offset += r.count;
  }
  return undefined;
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

/** A readable list such as "T11, T12, L1". */
export function formatLevels(ordinals: Iterable<number>): string {
  return [...new Set(ordinals)].sort((a, b) => a - b).map(levelName).join(", ");
}
