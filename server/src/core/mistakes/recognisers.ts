/**
 * The table of natural mistakes, in the order they are tried on a line where the
 * parser stumbled: the first recogniser that sees its shape on the line explains it.
 * Each is pinned by a test in test/features/natural-mistakes.test.ts, or, for the
 * version 2 items, in test/validation/v2-syntax-messages.test.ts.
 */
import type { Recogniser } from "./mistake";
import { ageWithUnit, dayFirstDate, decimalComma, scaleWithDash } from "./numbers";
import { levelsAsWritten } from "./levels";
import { followUpStatus } from "./follow-up";
import { symptomaticAfterText } from "./complications";
import { scoreAtFollowUp, scoresAsFractions } from "./scores";
import { placeholders, wordsToQuote } from "./words";

export const RECOGNISERS: readonly { readonly name: string; readonly recognise: Recogniser }[] = [
  { name: "snippet placeholders left as offered", recognise: placeholders },
  { name: "a scale written 0-10", recognise: scaleWithDash },
  { name: "a date written day first", recognise: dayFirstDate },
  { name: "a decimal comma, in a number or a score", recognise: decimalComma },
  { name: "an age with its unit", recognise: ageWithUnit },
  { name: "levels in lower case or a range's end without its region", recognise: levelsAsWritten },
  { name: "scores written as fractions", recognise: scoresAsFractions },
  { name: "a score at a follow-up time", recognise: scoreAtFollowUp },
  { name: "words where text in double quotes belongs", recognise: wordsToQuote },
  { name: "the end of follow-up in other words than lost or died", recognise: followUpStatus },
  { name: "symptomatic after a complication's description", recognise: symptomaticAfterText },
];
