/**
 * The levels of a complication's `at` are checked as a procedure's are (spec §2:
 * a look-alike such as `T13` is rejected by VC301 wherever it is written): VC301
 * not a vertebral level, VC303 a range written backwards. (VC304, a level listed
 * twice, is about what a procedure treated, and is not raised here.)
 */
import { levelOrdinal, ordinalOf } from "../../model/levels";
import { mayHaveV2Items } from "../../model/v2-input";
import type { LevelItem } from "../../syntax/ast";
import { itemCursor, rowsOf, type ItemCursor } from "../../model/item-cursor";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { levelItemText } from "./common";
import { COMPLICATION, listCount, listFirst, patientComplicationRows, procedureComplicationRows } from "../../syntax/tree/item-rows";
import { checkReal } from "./levels";

/** The levels of the complications of the owner row `owner` that `cursor` reads: from the rows, a node made for an item that is not real levels in order. */
function checkLevels(context: RuleContext, cursor: ItemCursor, owner: number): void {
  const items = context.model.tree.itemLevels;
  rowsOf(cursor, owner);
  const table = cursor.table;
  for (let row = cursor.first; row < cursor.end; row++) {
    const firstLevel = listFirst(table, row, COMPLICATION.levels);
    const endLevel = firstLevel + listCount(table, row, COMPLICATION.levels);
    for (let level = firstLevel; level < endLevel; level++) {
      const from = ordinalOf(items.fromRegion(level), items.fromNumber(level));
      const to = items.isRange(level) ? ordinalOf(items.toRegion(level), items.toNumber(level)) : from;
      if (from >= 0 && to >= from) continue;
      checkItem(context, context.model.nodes.levelItem(level, items));
    }
  }
}

function checkItem(context: RuleContext, item: LevelItem): void {
  const fromLevel = item.from;
  const toLevel = item.to;
  checkReal(context, fromLevel);
  if (toLevel === undefined) return;
  checkReal(context, toLevel);
  const from = levelOrdinal(fromLevel);
  const to = levelOrdinal(toLevel);
  if (from === undefined || to === undefined || to >= from) return;
  const swapped = `${toLevel.text}-${fromLevel.text}`;
  context.report(diagnostic("VC303", item, `The level range ${levelItemText(item)} is written backwards; write ${swapped}`, { swapped }));
}

/** Its state: whether any item is written, and a cursor on each table of complications. */
interface Complications {
  readonly items: boolean;
  readonly ofPatients: ItemCursor;
  readonly ofProcedures: ItemCursor;
}

export const complicationLevels: Rule<Complications> = {
  codes: ["VC301", "VC303"],
  start(context) {
    const tree = context.model.tree;
    return { items: mayHaveV2Items(context.model), ofPatients: itemCursor(patientComplicationRows(tree)), ofProcedures: itemCursor(procedureComplicationRows(tree)) };
  },
  patient(patient, context, { items, ofPatients, ofProcedures }) {
    if (!items) return;
    checkLevels(context, ofPatients, patient.row);
    for (let i = 0; i < patient.procedures.length; i++) checkLevels(context, ofProcedures, patient.procedures[i]!.row);
  },
};
