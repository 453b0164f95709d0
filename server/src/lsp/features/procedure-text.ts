/**
 * Procedures, dates and levels in the words the author wrote them, for hovers,
 * document symbols and inlay hints.
 */
import type { ProcedureInfo } from "../../core/model/cohort-model";
import type { DateRef, LevelItem } from "../../core/syntax/ast";

/** "1993-11-08" or "day 12"; "?" when the date could not be read. */
export function dateText(date: DateRef | undefined): string {
  if (date === undefined) return "?";
  if (date.kind === "calendar") return date.text;
  return date.value === undefined ? "day ?" : `day ${date.value.text}`;
}

/** "T11-T12, L1" as written. */
export function levelsText(levels: readonly LevelItem[]): string {
  return levels.map((l) => (l.to === undefined ? l.from.text : `${l.from.text}-${l.to.text}`)).join(", ");
}

/** "PV1 vertebroplasty", with "?" for parts a syntax error left out. */
export function procedureTitle(p: ProcedureInfo): string {
  return [p.id ?? "?", p.node.kind?.text].filter((s) => s !== undefined).join(" ");
}

/** "+16 d", "−3 d": a signed number of days. */
export function signedDays(days: number): string {
  return days < 0 ? `−${-days} d` : `+${days} d`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
