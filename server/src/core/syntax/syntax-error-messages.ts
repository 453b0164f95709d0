/**
 * Chevrotain's parser errors rewritten in the words of a case report: what was
 * expected at that place, after what, and what was found instead. Keyed on the rule
 * being read and on the token before the error, which is what a reader sees.
 * Inside a block, a misspelt keyword gets a "did you mean" from the block's items.
 */
import { tokenLabel, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
import { closest, distance } from "fastest-levenshtein";
import { GRAMMAR, itemKeywords, SEX_LIST, type BlockName } from "../language/grammar";


/** The blocks whose items a message names, by rule and expected token: "`agee` is not a patient item". */
const BLOCKS: Record<string, { block: BlockName; what: string; close: string }> = {
  "study:RCurly": { block: "study", what: "a study header item", close: "the study" },
  "patient:RCurly": { block: "patient", what: "a patient item", close: "the patient" },
  "procedure:RCurly": { block: "procedure", what: "a procedure item", close: "the procedure" },
  "file:EOF": { block: "top", what: "the start of a block", close: "" },
};

function quoteList(words: string[], last = " or "): string {
  const quoted = words.map((w) => `\`${w}\``);
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")}${last}${quoted[quoted.length - 1]}`;
}

function didYouMean(actual: IToken | undefined, items: string[]): string {
  const text = actual?.image;
  if (!text || !/^[A-Za-z_]+$/.test(text)) return "";
  const best = closest(text, items);
  return distance(text, best) <= 2 ? ` Did you mean \`${best}\`?` : "";
}

function blockMessage(key: string, actual: IToken | undefined): string | undefined {
  const block = BLOCKS[key];
  if (block === undefined) return undefined;
  if (block.close && (actual === undefined || actual.tokenType.name === "EOF")) {
    return `The file ends before ${block.close} is closed; add \`}\` at its end.`;
  }
  const items = itemKeywords(block.block);
  // An item without a keyword (an outcome) is named by its example.
  const unnamed = GRAMMAR[block.block].flatMap((item) => (item.keyword === undefined ? [`an ${item.node.toLowerCase()} such as \`${item.example}\`, `] : []));
  const expected = block.close ? `${unnamed.join("")}${quoteList(items, ", ")}, or \`}\` to close ${block.close}` : quoteList(items);
  return `${found(actual, true)} is not ${block.what}; expected ${expected}.${didYouMean(actual, items)}`;
}

/** A visit's scores: what is not a `measure score` pair where one, or the visit's `}`, belongs. */
function visitMessage(actual: IToken | undefined): string {
  if (actual === undefined || actual.tokenType.name === "EOF") return "The file ends before the visit's scores are closed; add `}` after them.";
  if (actual.image === "->") return "`->` does not belong in a visit: a visit holds each measure's score at that visit, such as `pain 2`; the scores before and after go in the procedure, such as `pain 9 -> 2`.";
  return `${found(actual, true)} is not a score at this visit; expected a measure and its score, such as \`pain 2\`, or \`}\` to close the visit.`;
}

/** What belongs at a place, by rule and expected token, when the label alone says too little. */
function expectedThing(ruleName: string, expected: TokenType, previous: IToken | undefined): string {
  const prev = previous?.image ?? "";
  switch (`${ruleName}:${expected.name}`) {
    case "patient:Identifier":
      return "a patient id such as P1";
    case "measure:Identifier":
      return "a measure name such as pain";
    case "procedure:Identifier":
      if (prev === "procedure") return "a procedure id such as PV1";
      if (prev === "repeats") return "the id of the procedure it repeats, such as PV1";
      return "the kind of procedure, such as vertebroplasty";
    case "study:StringLiteral":
      return "the study title in double quotes";
    case "reference:StringLiteral":
    case "design:StringLiteral":
      return `the ${ruleName} in double quotes`;
    case "procedure:LCurly":
      return "`{` to open the procedure's outcomes (or `repeats` and a procedure id first)";
    default:
      return tokenLabel(expected);
  }
}

const HINTS: Record<string, string> = {
  "outcome:Arrow": " An outcome reads `measure before -> after`, such as `pain 9 -> 2`.",
  "levelItem:Level": " Levels are written like T12, or T11-L1 for a range.",
};

/** What was found, quoted, or a plain phrase for the end of the file. */
function found(token: IToken | undefined, capital = false): string {
  if (token === undefined || token.tokenType.name === "EOF") return capital ? "The end of the file" : "the end of the file";
  return `\`${token.image}\``;
}

function after(previous: IToken | undefined, actual: IToken | undefined): string {
  if (previous === undefined || !previous.image || !Number.isFinite(previous.startOffset)) return "";
  if (actual !== undefined && actual.startOffset === previous.startOffset) return "";
  return ` after \`${previous.image}\``;
}

/** What an alternative choice point accepts, by rule. */
function alternatives(ruleName: string, paths: TokenType[][][]): string {
  switch (ruleName) {
    case "score":
      return "a score (a number, or `?` if it was not recorded)";
    case "date":
      return "a date (YYYY-MM-DD) or `day` and a number";
    case "file":
      return `${quoteList(itemKeywords("top"))} to start a block`;
    case "measure":
      return "`lower` or `higher`";
    case "age":
      return "the age in years";
    case "sex":
      return `a sex: ${SEX_LIST}`;
    case "etiology":
      return "the etiology, a word or text in double quotes";
    default: {
      const firsts = new Set(paths.flat().map((path) => (path[0] ? tokenLabel(path[0]) : "")));
      return [...firsts].filter(Boolean).join(" or ");
    }
  }
}

/** Whether a message says what was expected after the token before (a gap), rather than what is wrong with the token found. */
export function saysWhatWasExpected(message: string): boolean {
  return message.startsWith("Expected ");
}

export const syntaxErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    const key = `${ruleName}:${expected.name}`;
    const inBlock = key === "visit:RCurly" ? visitMessage(actual) : blockMessage(key, actual);
    if (inBlock !== undefined) return inBlock;
    const thing = expectedThing(ruleName, expected, previous);
    return `Expected ${thing}${after(previous, actual)}, but found ${found(actual)}.${HINTS[key] ?? ""}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return blockMessage("file:EOF", firstRedundant)!;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }) {
    const first = actual[0];
    return `Expected ${alternatives(ruleName, expectedPathsPerAlt)}${after(previous, first)}, but found ${found(first)}.`;
  },
  buildEarlyExitMessage({ actual, previous, ruleName }) {
    const what = ruleName === "levels" ? "at least one vertebral level such as T12" : "at least one item";
    return `Expected ${what}${after(previous, actual[0])}, but found ${found(actual[0])}.`;
  },
};
