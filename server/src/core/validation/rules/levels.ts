/**
 * Vertebral levels: VC301 not a real level (`T13`), VC302 a repeat at a level the
 * repeated procedure did not treat, VC303 a range written backwards (`L1-T11`),
 * VC304 a level listed twice in one `at …` list (procedures, and recurrences too).
 */
import type { ProcedureInfo, RecurrenceInfo } from "../../model/cohort-model";
import { expandLevels, formatLevels, isRealLevel, levelBitsOfRow, levelOrdinal, ordinalOf, regionCount } from "../../model/levels";
import type { LevelItem, LevelToken } from "../../syntax/ast";
import { listCount, listFirst, RECURRENCE, recurrenceRows } from "../../syntax/tree/item-rows";
import type { LevelItemTable } from "../../syntax/tree/level-items";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { dateText, levelItemText, procedureName } from "./common";

const SPINE: Record<LevelToken["region"], string> = {
  C: "the cervical spine has",
  T: "the thoracic spine has",
  L: "the lumbar spine has",
  S: "the sacrum has",
};

/** An item whose levels are all real and, for a range, in order: the only kind whose span we can reason about. */
function wellFormed(item: LevelItem): boolean {
  if (!isRealLevel(item.from)) return false;
  if (item.to === undefined) return true;
  return isRealLevel(item.to) && levelOrdinal(item.to)! >= levelOrdinal(item.from)!;
}

/** `wellFormed` of the level item in row `row`, read from the row. */
function wellFormedRow(items: LevelItemTable, row: number): boolean {
  const from = ordinalOf(items.fromRegion(row), items.fromNumber(row));
  if (from < 0) return false;
  return !items.isRange(row) || ordinalOf(items.toRegion(row), items.toNumber(row)) >= from;
}

/** Whether the level item in row `row` is a range of real levels written backwards (`L1-T11`). */
function isBackward(items: LevelItemTable, row: number): boolean {
  if (!items.isRange(row)) return false;
  const from = ordinalOf(items.fromRegion(row), items.fromNumber(row));
  const to = ordinalOf(items.toRegion(row), items.toNumber(row));
  return from >= 0 && to >= 0 && to < from;
}

export function checkReal(context: RuleContext, level: LevelToken): void {
  if (isRealLevel(level)) return;
  const r = level.region;
  context.report(diagnostic("VC301", level.span, `${level.text} is not a vertebral level: ${SPINE[r]} ${r}1–${r}${regionCount(r)}`));
}

export const realLevels: Rule = {
  codes: ["VC301"],
  levelItem(row, items, context) {
    const fromReal = ordinalOf(items.fromRegion(row), items.fromNumber(row)) >= 0;
    if (fromReal && (!items.isRange(row) || ordinalOf(items.toRegion(row), items.toNumber(row)) >= 0)) return;
    const item = context.model.nodes.levelItem(row, items);
    checkReal(context, item.from);
    if (item.to !== undefined) checkReal(context, item.to);
  },
};

export const repeatLevels: Rule = {
  codes: ["VC302"],
  procedure(p, _patient, context) {
    const r = p.repeated;
    if (r === undefined || r.levels.size === 0) return;
    const { procedures, levelItems } = context.model.tree;
    const first = procedures.firstLevel(p.row);
    for (let row = first; row < first + procedures.levelCount(p.row); row++) {
      if (!wellFormedRow(levelItems, row) || r.levels.hasAllBits(levelBitsOfRow(levelItems, row))) continue;
      const item = p.node.levels[row - first]!;
      const untreated = expandLevels(item).filter((o) => !r.levels.has(o));
      if (untreated.length === 0) continue;
      context.report(
        diagnostic(
          "VC302",
          item.span,
          `${procedureName(context, p)} repeats ${procedureName(context, r)} at ${formatLevels(untreated)}, ` +
            `but ${procedureName(context, r)} treated ${formatLevels(r.levels)}`,
        ),
      );
    }
  },
};

export const backwardRanges: Rule = {
  codes: ["VC303"],
  levelItem(row, items, context) {
    if (!isBackward(items, row)) return;
    const item = context.model.nodes.levelItem(row, items);
    if (item.to === undefined) return;
    const from = levelOrdinal(item.from);
    const to = levelOrdinal(item.to);
    if (from === undefined || to === undefined || to >= from) return;
    const swapped = `${item.to.text}-${item.from.text}`;
    context.report(
      diagnostic("VC303", item.span, `The level range ${levelItemText(item)} is written backwards; write ${swapped}`, { swapped }),
    );
  },
};

export const repeatedLevels: Rule = {
  codes: ["VC304"],
  procedure(p, _patient, context) {
    const rows = context.model.tree.procedures;
    if (listsALevelTwice(context.model.tree.levelItems, rows.firstLevel(p.row), rows.levelCount(p.row))) repeatsInList(context, p.node.levels, p, inProcedure);
  },
  recurrence(r, _patient, context) {
    const rows = recurrenceRows(context.model.tree);
    const [first, count] = [listFirst(rows, r.row, RECURRENCE.levels), listCount(rows, r.row, RECURRENCE.levels)];
    if (listsALevelTwice(context.model.tree.itemLevels, first, count)) repeatsInList(context, r.node.levels, r, forRecurrence);
  },
};

function inProcedure(context: RuleContext, p: ProcedureInfo): string {
  return `in ${procedureName(context, p)}`;
}

function forRecurrence(_context: RuleContext, r: RecurrenceInfo): string {
  return r.node.date !== undefined ? `for the recurrence on ${dateText(r.node.date)}` : "for the recurrence";
}

/** VC304 for one `at …` list that lists a level twice; `where` names the list's owner. */
function repeatsInList<Owner>(
  context: RuleContext,
  items: readonly LevelItem[],
  owner: Owner,
  where: (context: RuleContext, owner: Owner) => string,
): void {
  const seen = new Map<number, LevelItem>();
  items.forEach((item, index) => {
    const ordinals = [...new Set(expandLevels(item))];
    const twice = ordinals.filter((o) => seen.has(o));
    if (twice.length > 0) {
      const earlier = seen.get(twice[0]!)!;
      const also = earlier.to !== undefined || item.to !== undefined ? ` (also in ${levelItemText(earlier)})` : "";
      const redundant = wellFormed(item) && twice.length === ordinals.length;
      const previous = items[index - 1]!;
      context.report(
        diagnostic(
          "VC304",
          item.span,
          `${formatLevels(twice)} ${twice.length > 1 ? "are" : "is"} listed twice ${where(context, owner)}${also}; list each level once`,
          redundant ? { removeSpan: { start: previous.span.end, end: item.span.end } } : undefined,
        ),
      );
    }
    for (const o of ordinals) if (!seen.has(o)) seen.set(o, item);
  });
}

/** Whether some level of the `count` items from row `first` is covered by two of them: most lists are fine, and this builds nothing to say so. */
function listsALevelTwice(items: LevelItemTable, first: number, count: number): boolean {
  if (count < 2) return false;
  let seen = 0;
  for (let row = first; row < first + count; row++) {
    const bits = levelBitsOfRow(items, row);
    if ((seen & bits) !== 0) return true;
    seen |= bits;
  }
  return false;
}
