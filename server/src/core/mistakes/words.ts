/**
 * Words where text in double quotes belongs (`etiology osteoporotic fracture`,
 * `note fell at home`), and the placeholders of the editor's snippets left as
 * offered (`age age`, `on YYYY-MM-DD`): one "fill in" each.
 */
import { BLOCK_NAMES, itemKeywords } from "../language/grammar";
import { PLACEHOLDERS } from "../language/placeholders";
import { at, type Mistake, type Recogniser } from "./mistake";

const WORD = String.raw`[A-Za-z_][\w'-]*`;

/** The words that start an item in some block: one of them after the words starts another item on the same line. */
const ITEM_WORDS = new Set(BLOCK_NAMES.flatMap(itemKeywords));

/** `etiology osteoporotic fracture`, `note fell at home`, `design retrospective case series`: several words go in double quotes. */
export const wordsToQuote: Recogniser = (line) => {
  const m = new RegExp(String.raw`^(\s*(etiology|note|reference|design)\s+)(${WORD}(?:[ \t]+[\w'.,()-]+)+?)\s*(\}?)\s*$`).exec(line.body);
  if (m === null) return [];
  const [, head, keyword, words] = m as unknown as [string, string, string, string];
  // `etiology osteoporosis age 78` is two items on one line, not one etiology.
  if (words.split(/\s+/).slice(1).some((w) => ITEM_WORDS.has(w))) return [];
  const span = at(line, head.length, words.length);
  const quoted = `"${words.replace(/["\\]/g, "\\$&")}"`;
  const what = keyword === "etiology" ? "An etiology of more than one word" : `The ${keyword}`;
  return [{
    span,
    message: `${what} goes in double quotes: ${keyword} ${quoted}.`,
    fixes: [{ title: `Put ${keyword === "etiology" ? "the etiology" : `the ${keyword}`} in double quotes`, newText: quoted }],
    repair: (nodes) => {
      if (keyword === "etiology") nodes.patients.quoteEtiology(span);
    },
  }];
};

/** What each placeholder asks for. */
const FILL_IN: Record<keyof typeof PLACEHOLDERS, string> = {
  age: "Fill in the age in years, e.g. age 78.",
  sex: "Fill in the sex: F, M, female, male, other or unknown.",
  etiology: 'Fill in the etiology: a word such as osteoporosis, or text in double quotes such as "multiple myeloma".',
  date: "Fill in the date as year-month-day (e.g. 2021-03-15), or day N.",
  levels: "Fill in the vertebral levels, e.g. T12, or T11-L1 for a range.",
  before: "Fill in the score before the procedure (a number, or ? if it was not recorded).",
  after: "Fill in the score after the procedure (a number, or ? if it was not recorded).",
};

/** Where each placeholder stands: after its keyword, or around the outcome's arrow. */
const PLACES: Record<keyof typeof PLACEHOLDERS, (word: string) => RegExp> = {
  age: (w) => new RegExp(String.raw`^(\s*age\s+)(${w})\b`),
  sex: (w) => new RegExp(String.raw`^(\s*sex\s+)(${w})\b`),
  etiology: (w) => new RegExp(String.raw`^(\s*etiology\s+)(${w})\b`),
  date: (w) => new RegExp(String.raw`^(.*\bon\s+)(${w})(?![\w-])`),
  levels: (w) => new RegExp(String.raw`^(.*\bat\s+)(${w})\b`),
  before: (w) => new RegExp(String.raw`^(\s*[A-Za-z_]\w*\s+)(${w})\b(?=\s*->)`),
  after: (w) => new RegExp(String.raw`^(.*->\s*)(${w})\b`),
};

/** A snippet's placeholder left as offered: one "fill in" per placeholder, and nothing else on its line. */
export const placeholders: Recogniser = (line) => {
  const out: Mistake[] = [];
  for (const name of Object.keys(PLACEHOLDERS) as (keyof typeof PLACEHOLDERS)[]) {
    const m = PLACES[name](PLACEHOLDERS[name]).exec(line.body);
    if (m !== null) out.push({ span: at(line, m[1]!.length, m[2]!.length), message: FILL_IN[name], fixes: [] });
  }
  return out;
};
