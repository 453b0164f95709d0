/**
 * Procedures, dates and levels in the words the author wrote them, for hovers,
 * document symbols and inlay hints.
 */
import type { ProcedureInfo } from "../../core/model/cohort-model";
import type { DateRef, LevelItem } from "../../core/syntax/ast";
import { DateKind } from "../../core/syntax/tree/dates";
import type { SyntaxTree } from "../../core/syntax/tree/syntax-tree";

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

/** `dateText` of the date in row `date` of the tree (-1: none written), read from the rows and the `text` they were parsed from. */
export function dateTextOfRow(tree: SyntaxTree, text: string, date: number): string {
  if (date < 0) return "?";
  const { dates, numbers } = tree;
  if (dates.kind(date) === DateKind.Calendar) return text.slice(dates.start(date), dates.end(date));
  const number = dates.number(date);
  return number < 0 ? "day ?" : `day ${text.slice(numbers.start(number), numbers.end(number))}`;
}

/** `levelsText` of the `count` level items from row `first`, read from the rows and the `text` they were parsed from. */
export function levelsTextOfRows(tree: SyntaxTree, text: string, first: number, count: number): string {
  const items = tree.levelItems;
  const out: string[] = [];
  for (let row = first; row < first + count; row++) {
    const from = text.slice(items.start(row), items.fromEnd(row));
    out.push(items.isRange(row) ? `${from}-${text.slice(items.toStart(row), items.toEnd(row))}` : from);
  }
  return out.join(", ");
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
