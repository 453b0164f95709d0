/**
 * Levels written as in a report: `at l1` (lower case), `at L1-2` (the range's end
 * without its region), `T12,l1`. The list is rewritten as the language writes it, and
 * what recovery read of it is replaced by the intended levels.
 */
import type { LevelItem, LevelToken } from "../syntax/ast";
import { LevelItemNode, LevelTokenNode } from "../syntax/nodes";
import { at, type Recogniser } from "./mistake";

type Region = LevelToken["region"];
const ITEM = /^([CTLSctls])(\d{1,2})(?:(\s*-\s*)([CTLSctls])?(\d{1,2}))?$/;

interface Read {
  readonly text: string;
  readonly items: LevelItem[];
}

/** The list as the language writes it, with its items in the text's offsets; undefined when it is not a list of levels. */
function readLevels(list: string, offset: number): Read | undefined {
  const items: LevelItem[] = [];
  const texts: string[] = [];
  let from = 0;
  for (const part of list.split(",")) {
    const lead = part.length - part.trimStart().length;
    const item = ITEM.exec(part.trim());
    if (item === null) return undefined;
    const start = offset + from + lead;
    const region = item[1]!.toUpperCase() as Region;
    const first = new LevelTokenNode(`${region}${item[2]}`, region, Number(item[2]), start, start + 1 + item[2]!.length);
    let to: LevelToken | undefined;
    if (item[5] !== undefined) {
      const toRegion = (item[4]?.toUpperCase() ?? region) as Region;
      const end = start + part.trim().length;
      to = new LevelTokenNode(`${toRegion}${item[5]}`, toRegion, Number(item[5]), end - (item[4] ? 1 : 0) - item[5].length, end);
    }
    items.push(new LevelItemNode(first, to, first.start, (to ?? first).end));
    texts.push(to === undefined ? first.text : `${first.text}-${to.text}`);
    from += part.length + 1;
  }
  return { text: texts.join(", "), items };
}

export const levelsAsWritten: Recogniser = (line) => {
  const m = /^(.*\bat\s+)([CTLSctls][^{]*?)\s*(?=\{|\brepeats\b|$)/.exec(line.body);
  if (m === null) return [];
  const [, head, list] = m as unknown as [string, string, string];
  const read = readLevels(list, line.start + head.length);
  // Only what the language does not read: a lower-case region, or a range's end without one.
  if (read === undefined || !/[ctls]\d|-\s*\d/.test(list)) return [];
  const span = at(line, head.length, list.length);
  const lower = /[ctls]\d/.test(list);
  const short = /-\s*\d/.test(list);
  const why = lower && short ? "with capitals, and both ends of a range in full" : lower ? "with a capital letter" : "with both ends of a range in full";
  return [{
    span,
    message: `Vertebral levels are written ${why}: write ${read.text}.`,
    fixes: [{ title: `Write ${read.text}`, newText: read.text }],
    repair: (nodes) => nodes.patients.replaceLevels(span.start, list.length, read.items),
  }];
};
