/**
 * The end of follow-up written in the author's own words: `followup until
 * 2021-01-11 dead`, `… lost to follow-up`. The language has two words for it,
 * `lost` and `died`, and none when the planned follow-up was completed.
 */
import { at, type Recogniser } from "./mistake";

const LOST = /^["']?(?:lost|ltfu|lost to follow-?up|drop-?out|dropped out|withdrawn|withdrew)\b/i;
const DIED = /^["']?(?:dead|death|deceased|died|expired|passed away|\u2020)/i;

/** `followup until DATE dead`: what follows the date is not `lost` or `died`. */
export const followUpStatus: Recogniser = (line) => {
  const m = /^(\s*followup\s+until\s+(?:\d{4}-\d{2}-\d{2}|day\s+-?\d+)\s+)(.*?)\s*\}?\s*$/.exec(line.body);
  if (m === null || m[2] === "" || m[2] === "lost" || m[2] === "died") return [];
  const [, head, said] = m as unknown as [string, string, string];
  const span = at(line, head.length, said.length);
  const word = LOST.test(said) ? "lost" : DIED.test(said) ? "died" : undefined;
  if (word === undefined) {
    return [{
      span,
      message: "After the date, write `lost` if the patient was lost to follow-up then, `died` if the patient died then, or nothing if the planned follow-up was completed.",
      fixes: [],
    }];
  }
  const meaning = word === "lost" ? "lost to follow-up at that date" : "the patient died at that date";
  const alone = said.toLowerCase().startsWith(`${word} `) ? " alone" : "";
  return [{ span, message: `Write \`${word}\`${alone} after the date: it means ${meaning}.`, fixes: [{ title: `Write ${word}`, newText: word }] }];
};
