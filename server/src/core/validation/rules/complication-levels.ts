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
    checkReal(context, item.from);
    if (item.to === undefined) continue;
    checkReal(context, item.to);
    const from = levelOrdinal(item.from);
    const to = levelOrdinal(item.to);
    if (from === undefined || to === undefined || to >= from) continue;
    const swapped = `${item.to.text}-${item.from.text}`;
    context.report(diagnostic("VC303", item, `The level range ${levelItemText(item)} is written backwards; write ${swapped}`, { swapped }));
  }
}

export const complicationLevels: Rule = {
  codes: ["VC301", "VC303"],
  patient(patient, context) {
    if (!mayHaveV2Items(context.model)) return;
    for (const c of patient.node.complications) checkLevels(context, c);
    for (const p of patient.procedures) for (const c of p.node.complications) checkLevels(context, c);
  },
};
