/**
 * Numbers written as a clinician would on paper: a scale `0-10`, a decimal comma
 * `4,5`, an age with its unit `74y`, a date day first `15/03/2021`.
 */
import { at, forget, measureAt, type Mistake, type Recogniser } from "./mistake";

const NUMBER = String.raw`\d+(?:\.\d+)?`;

/** `measure pain "Pain" 0-10`, `range 0-10`, `range 0 to 10`, `measure pain 0..10`: one diagnostic, and the range not read as 0..-10. */
export const scaleWithDash: Recogniser = (line) => {
  const m = new RegExp(String.raw`^(\s*measure\s+[A-Za-z_]\w*(?:\s+"(?:[^"\\]|\\.)*")?\s+)(range\s+)?(-?${NUMBER})\s*(-|\u2013|\u2014|to|\.\.)\s*(${NUMBER})`).exec(line.body);
  if (m === null || (m[2] !== undefined && m[4] === "..")) return [];
  const [, head, range, min, , max] = m as unknown as [string, string, string | undefined, string, string, string];
  const written = m[0].slice(head.length);
  const span = at(line, head.length, written.length);
  const right = `range ${min}..${max}`;
  const message = range === undefined
    ? `Write the range as \`${right}\`: the scale takes the word range, then its lowest and highest score with two dots between.`
    : `Write the range as ${min}..${max}, with two dots between the lowest and the highest score.`;
  return [{
    span,
    message,
    fixes: [{ title: `Write ${right}`, newText: right }],
    repair: (nodes) => {
      const measure = measureAt(nodes, span.start);
      if (measure === undefined) return;
      forget(measure, "rangeMin");
      forget(measure, "rangeMax");
    },
  }];
};

/** The line with what is inside double quotes blanked (same offsets): a comma in a note's text is no decimal comma. */
const unquoted = (body: string): string => body.replace(/"(?:[^"\\]|\\.)*"?/g, (q) => " ".repeat(q.length));

/**
 * A decimal comma: `cement 4,5 ml`, `responder 2,5`, `age 74,5`, a score `pain 9,5 -> 2`,
 * `pain 9 -> 2,5`, `{ pain 2,5  odi 30 }`. A decimal follows a word or `->`; words that
 * take a whole number or a range (`day 42,5`, `range 0,10`) are left to the parser.
 * One diagnostic for the line: an outcome or a visit's scores are one thing to rewrite.
 */
export const decimalComma: Recogniser = (line) => {
  const pattern = /(?<=(?:(?:^|[\s{])(?!(?:range|day|window|on|at|until)\s)[A-Za-z_]\w*\s+|->\s*))(\d+),(\d+)\b/g;
  const found = [...unquoted(line.body).matchAll(pattern)];
  if (found.length === 0) return [];
  const from = found[0]!.index!;
  const to = found[found.length - 1]!.index! + found[found.length - 1]![0].length;
  let right = line.body.slice(from, to);
  for (const m of found) right = `${right.slice(0, m.index! - from)}${m[1]}.${m[2]}${right.slice(m.index! - from + m[0].length)}`;
  const each = found.map((m) => `${m[1]}.${m[2]}`).join(" and ");
  return [{
    span: at(line, from, to - from),
    message: `Write decimals with a point: ${each}.`,
    fixes: [{ title: `Write ${each}`, newText: right }],
    // What recovery read is the whole part alone (4 of 4,5): it is not kept, nor an outcome of the line.
    repair: (nodes) => {
      nodes.patients.dropOutcomes(line.start, line.start + line.body.length);
      for (const m of found) {
        const start = line.start + m.index!;
        const measure = measureAt(nodes, start);
        if (measure?.responder?.start === start) forget(measure, "responder");
        nodes.patients.unreadNumber(start);
      }
    },
  }];
};

/** `age 74y`, `age 74 years`: the unit goes. */
export const ageWithUnit: Recogniser = (line) => {
  const m = new RegExp(String.raw`^(\s*age\s+)(${NUMBER})(\s*)(y|yr|yrs|years?|yo|a|ans|jahre)\b`, "i").exec(line.body);
  if (m === null) return [];
  const [, head, age, space, unit] = m as unknown as [string, string, string, string, string];
  const span = at(line, head.length, age.length + space.length + unit.length);
  return [{
    span,
    message: `Write the age as a number alone; it is in years: age ${age}.`,
    fixes: [{ title: `Write age ${age}`, newText: age }],
  }];
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (year: string, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
const isDayOf = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/**
 * `15/03/2021`, `15.03.2021`, `2021/03/15`: a date not year-month-day. With the day
 * over 12 there is one reading; otherwise both readings are offered, the day first.
 */
export const dayFirstDate: Recogniser = (line) => {
  const out: Mistake[] = [];
  const pattern = /(?<![\w.\-/])(?:(\d{1,2})([/.])(\d{1,2})\2(\d{4})|(\d{4})([/.])(\d{1,2})\6(\d{1,2}))(?![\w.\-/])/g;
  for (let m = pattern.exec(line.body); m !== null; m = pattern.exec(line.body)) {
    const span = at(line, m.index, m[0].length);
    let readings: string[];
    let said: string;
    if (m[5] !== undefined) {
      readings = isDayOf(Number(m[7]), Number(m[8])) ? [iso(m[5], Number(m[7]), Number(m[8]))] : [];
      said = "";
    } else {
      const [a, b, year] = [Number(m[1]), Number(m[3]), m[4]!];
      readings = [...new Set([...(isDayOf(b, a) ? [iso(year, b, a)] : []), ...(isDayOf(a, b) ? [iso(year, a, b)] : [])])];
      said = readings.length === 2 ? ` \`${m[0]}\` can be ${a} ${MONTHS[b - 1]} or ${b} ${MONTHS[a - 1]} ${year}.` : "";
    }
    const write = readings.length === 0 ? "" : `: write ${readings.join(" or ")}`;
    out.push({
      span,
      message: `Dates are written year-month-day${write}.${said}`,
      fixes: readings.map((r) => ({ title: `Write ${r}`, newText: r })),
    });
  }
  return out;
};

