/**
 * Vertebral levels: VC301 not a real level (`T13`), VC302 a repeat at a level the
 * repeated procedure did not treat, VC303 a range written backwards (`L1-T11`),
 * VC304 a level listed twice in one `at …` list (procedures, and recurrences too).
 */
import { expandLevels, formatLevels, isRealLevel, levelOrdinal, regionCount } from "../../model/levels";
import type { LevelItem, LevelToken } from "../../syntax/ast";
import { diagnostic, type Diagnostic } from "../diagnostic";
import { rule, type RuleContext } from "../rule";
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

/** Every item of every `at …` list of the file, in no particular order (the findings are sorted later). */
function eachLevelItem(context: RuleContext, visit: (item: LevelItem) => void): void {
  for (const patient of context.model.patients) {
    for (const p of patient.procedures) for (const item of p.node.levels) visit(item);
    for (const r of patient.recurrences) for (const item of r.node.levels) visit(item);
  }
}

function checkReal(level: LevelToken, out: Diagnostic[]): void {
  if (isRealLevel(level)) return;
  const r = level.region;
  out.push(diagnostic("VC301", level.span, `${level.text} is not a vertebral level: ${SPINE[r]} ${r}1–${r}${regionCount(r)}`));
}

export const realLevels = rule(["VC301"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  eachLevelItem(context, (item) => {
    checkReal(item.from, out);
    if (item.to !== undefined) checkReal(item.to, out);
  });
  return out;
});

export const repeatLevels = rule(["VC302"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    for (const p of patient.procedures) {
      const r = p.repeated;
      if (r === undefined || r.levels.size === 0) continue;
      for (const item of p.node.levels) {
        if (!wellFormed(item)) continue;
        const untreated = expandLevels(item).filter((o) => !r.levels.has(o));
        if (untreated.length === 0) continue;
        out.push(
          diagnostic(
            "VC302",
            item.span,
            `${procedureName(context, p)} repeats ${procedureName(context, r)} at ${formatLevels(untreated)}, ` +
              `but ${procedureName(context, r)} treated ${formatLevels(r.levels)}`,
          ),
        );
      }
    }
  }
  return out;
});

export const backwardRanges = rule(["VC303"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  eachLevelItem(context, (item) => {
    if (item.to === undefined) return;
    const from = levelOrdinal(item.from);
    const to = levelOrdinal(item.to);
    if (from === undefined || to === undefined || to >= from) return;
    const swapped = `${item.to.text}-${item.from.text}`;
    out.push(
      diagnostic(
        "VC303",
        item.span,
        `The level range ${levelItemText(item)} is written backwards; write ${swapped}`,
        { swapped },
      ),
    );
  });
  return out;
});

export const repeatedLevels = rule(["VC304"], (context: RuleContext) => {
  const out: Diagnostic[] = [];
  for (const patient of context.model.patients) {
    for (const p of patient.procedures) repeatsInList(p.node.levels, () => `in ${procedureName(context, p)}`, out);
    for (const r of patient.recurrences) {
      const date = r.node.date;
      repeatsInList(r.node.levels, () => (date !== undefined ? `for the recurrence on ${dateText(date)}` : "for the recurrence"), out);
    }
  }
  return out;
});

/** VC304 for one `at …` list; `where` names the list, and is only written when a level is listed twice. */
function repeatsInList(items: readonly LevelItem[], where: () => string, out: Diagnostic[]): void {
  if (items.length < 2) return; // one item lists each of its levels once
  const seen = new Map<number, LevelItem>();
  items.forEach((item, index) => {
    const ordinals = [...new Set(expandLevels(item))];
    const twice = ordinals.filter((o) => seen.has(o));
    if (twice.length > 0) {
      const earlier = seen.get(twice[0]!)!;
      const also = earlier.to !== undefined || item.to !== undefined ? ` (also in ${levelItemText(earlier)})` : "";
      const redundant = wellFormed(item) && twice.length === ordinals.length;
      const previous = items[index - 1]!;
      out.push(
        diagnostic(
          "VC304",
          item.span,
          `${formatLevels(twice)} ${twice.length > 1 ? "are" : "is"} listed twice ${where()}${also}; list each level once`,
          redundant ? { removeSpan: { start: previous.span.end, end: item.span.end } } : undefined,
        ),
      );
    }
    for (const o of ordinals) if (!seen.has(o)) seen.set(o, item);
  });
}
