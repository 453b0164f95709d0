/**
 * Scores written as on a form: `pain 8/10 -> 2/10` (the scale's top after each
 * score) and `pain 2 at 6 weeks` (a score at a follow-up time, which a visit holds).
 * What recovery read of such an outcome is dropped: its scores are not the author's.
 */
import { itemKeywords } from "../language/grammar";
import type { Line, Mistake, RecoveredNodes, Recogniser } from "./mistake";

const SCORE = String.raw`\d+(?:\.\d+)?|\?`;

/** The outcomes on the mistake's line are dropped from what recovery read. */
function dropOutcomesOn(line: Line) {
  return (nodes: RecoveredNodes): void => nodes.patients.dropOutcomes(line.start, line.start + line.body.length);
}

/** `pain 8/10 -> 2/10`: whether `/10` is the measure's top is settled once measures are linked (fractions.ts). */
export const scoresAsFractions: Recogniser = (line) => {
  const m = new RegExp(String.raw`^(\s*)([A-Za-z_]\w*)\s+(${SCORE})(\s*/\s*(\d+))?\s*->\s*(${SCORE})(\s*/\s*(\d+))?\s*$`).exec(line.body);
  if (m === null || (m[4] === undefined && m[7] === undefined)) return [];
  const [, indent, measure, before, , beforeTop, after, , afterTop] = m;
  const tops = [beforeTop, afterTop].filter((t) => t !== undefined).map(Number);
  const written = line.body.trimEnd().slice(indent!.length);
  const alone = `${measure} ${before} -> ${after}`;
  return [{
    span: { start: line.start + indent!.length, end: line.start + indent!.length + written.length },
    message: `Write each score alone, on ${measure}'s scale: ${alone}.`,
    fixes: [],
    fraction: { measure: measure!, tops, alone },
    repair: dropOutcomesOn(line),
  }];
};

const UNITS: { readonly pattern: RegExp; readonly prefix: string; readonly days: number; readonly word: string }[] = [
  { pattern: /^d(ays?)?$/i, prefix: "d", days: 1, word: "days" },
  { pattern: /^(w|wks?|weeks?)$/i, prefix: "w", days: 7, word: "weeks" },
  { pattern: /^(m|mo|mos|months?)$/i, prefix: "m", days: 30.4375, word: "months" },
  { pattern: /^(y|yrs?|years?)$/i, prefix: "y", days: 365.25, word: "years" },
];

/** What to write instead, from the language description: a visit when the language has one. */
function followUpAdvice(measure: string, score: string, count: number, unit: (typeof UNITS)[number]): string {
  if (!itemKeywords("procedure").includes("visit")) {
    return `An outcome holds the scores before and after the procedure: ${measure} BEFORE -> AFTER; a score at a later follow-up time cannot be recorded in it.`;
  }
  const id = `${unit.prefix}${count}`;
  const day = Math.round(count * unit.days);
  return `Scores at a follow-up time go in a visit block: declare \`visit ${id} "${count} ${unit.word}" day ${day}\` in the study and write \`visit ${id} { ${measure} ${score} }\` in the procedure.`;
}

/** `pain 2 at 6 weeks`, `pain 2 after 3 months`: a score at a follow-up time. */
export const scoreAtFollowUp: Recogniser = (line) => {
  const m = new RegExp(String.raw`^(\s*)([A-Za-z_]\w*)\s+(${SCORE})(\s+(?:at|after|@)\s+(\d+)\s*([A-Za-z]+))`).exec(line.body);
  const unit = m === null ? undefined : UNITS.find((u) => u.pattern.test(m[6]!));
  if (m === null || unit === undefined) return [];
  const start = m[1]!.length + m[2]!.length + m[0].slice(m[1]!.length + m[2]!.length).indexOf(m[3]!) + m[3]!.length;
  const tail = m[4]!.trimStart();
  const from = line.start + start + (m[4]!.length - tail.length);
  const mistake: Mistake = {
    span: { start: from, end: from + tail.length },
    message: followUpAdvice(m[2]!, m[3]!, Number(m[5]), unit),
    fixes: [],
    repair: dropOutcomesOn(line),
  };
  return [mistake];
};
