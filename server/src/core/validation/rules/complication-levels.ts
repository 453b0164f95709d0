/**
 * The levels of a complication's `at` are checked as a procedure's are (spec §2:
 * a look-alike such as `T13` is rejected by VC301 wherever it is written): VC301
 * not a vertebral level, VC303 a range written backwards. (VC304, a level listed
 * twice, is about what a procedure treated, and is not raised here.)
 */
import { levelOrdinal } from "../../model/levels";
import { mayHaveV2Items } from "../../model/v2-input";
import type { Complication } from "../../syntax/ast";
import { diagnostic } from "../diagnostic";
import type { Rule, RuleContext } from "../rule";
import { levelItemText } from "./common";
import { checkReal } from "./levels";

function checkLevels(context: RuleContext, complication: Complication): void {
  for (const item of complication.levels) {
    const fromLevel = item.from;
    const toLevel = item.to;
    checkReal(context, fromLevel);
    if (toLevel === undefined) continue;
    checkReal(context, toLevel);
    const from = levelOrdinal(fromLevel);
    const to = levelOrdinal(toLevel);
    if (from === undefined || to === undefined || to >= from) continue;
    const swapped = `${toLevel.text}-${fromLevel.text}`;
    context.report(diagnostic("VC303", item, `The level range ${levelItemText(item)} is written backwards; write ${swapped}`, { swapped }));
  }
}

/** Its state: whether any item is written. */
export const complicationLevels: Rule<boolean> = {
  codes: ["VC301", "VC303"],
  start: (context) => mayHaveV2Items(context.model),
  patient(patient, context, items) {
    if (!items) return;
    const node = patient.node;
    for (const c of node.complications) checkLevels(context, c);
    for (const p of node.procedures) for (const c of p.complications) checkLevels(context, c);
  },
};
