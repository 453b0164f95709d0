/**
 * What may be written at the cursor, decided from the tokens before it, so that it
 * works while the user is typing and the file does not parse. The block the cursor
 * is in comes from ../syntax/block-tracker.ts; the statement read so far in that
 * block says what comes next (`sex` → a sex value, `at` → a level, …). The syntax
 * tree is only consulted for the patient and procedure around the cursor.
 *
 * Only the block around the cursor is lexed and read (completion-tokens.ts): in a registry of
 * 10,000 patients, lexing and walking the whole text up to the cursor after each
 * keystroke took a third of a second.
 */
import type { IToken } from "chevrotain";
import type { Analysis } from "../analyze";
import { expandLevels } from "../model/levels";
import type { LevelToken, Patient, Procedure, Span } from "../syntax/ast";
import { BlockTracker, isType, keywordOf, tokenEnd as end, type BlockKind } from "../syntax/block-tracker";
import { LevelItemNode, LevelTokenNode } from "../syntax/nodes";
import { genericItems, type Part } from "../language/grammar";
import { blockIndexAt } from "./block-at";
import { itemTail } from "./item-tail";
import { inComment, tokensAround } from "./completion-tokens";

export type ItemBlock = Exclude<BlockKind, "other">;

export type Expectation =
  /** A new statement of the block: its keywords (and, in a procedure, the measures). */
  | { readonly kind: "items"; readonly block: ItemBlock }
  | { readonly kind: "keywords"; readonly words: readonly string[] }
  /** Levels; `after`: only those below this ordinal (the end of a range); `listed`: ordinals already in the list. */
  | { readonly kind: "levels"; readonly after?: number; readonly listed: readonly number[] }
  /** After `repeats`: the procedures declared earlier in the same patient. */
  | { readonly kind: "repeated-procedure"; readonly earlier: readonly EarlierProcedure[] }
  | { readonly kind: "sex" }
  | { readonly kind: "new-id"; readonly what: "patient" | "procedure" }
  | { readonly kind: "procedure-kind" }
  /** After `study`: its title and braces. */
  | { readonly kind: "study-title" }
  /** A name the study declares, after the keyword that uses it (`visit`, `complication` in a procedure or patient). */
  | { readonly kind: "declared"; readonly what: "visit id" | "complication kind" }
  /** Inside a visit block, where a measure name starts an entry: the declared measures but those already scored there. */
  | { readonly kind: "visit-measure"; readonly scored: readonly string[] };

/** A procedure declared before the cursor: its id and the offset of its `procedure` keyword. */
export interface EarlierProcedure {
  readonly id: string;
  readonly keyword: number;
}

export interface CompletionContext {
  /** The word being typed, from its start to the cursor ("" when none). */
  readonly prefix: string;
  /** Where a chosen item goes: the typed part of the word, or an empty span at the cursor. */
  readonly replace: Span;
  readonly expects: readonly Expectation[];
  /** The patient block around the cursor, when the parser kept it. */
  readonly patient?: Patient;
  /** The procedure whose header or body holds the cursor, when the parser kept it. */
  readonly procedure?: Procedure;
}

const WORD_TOKENS = new Set(["Identifier", "Level"]);
const NOTHING = (offset: number): CompletionContext => ({ prefix: "", replace: { start: offset, end: offset }, expects: [] });

const isWord = (t: IToken) => WORD_TOKENS.has(t.tokenType.name) || keywordOf(t) !== undefined;

export function completionContext(analysis: Analysis, offset: number): CompletionContext {
  const at = Math.max(0, Math.min(offset, analysis.text.length));
  if (inComment(analysis.parsed.comments, at)) return NOTHING(at);
  return contextFromTokens(analysis, tokensAround(analysis, at), at);
}

/**
 * The context at `at` (not in a comment), read from `tokens`: those of a stretch that
 * starts at a block line (or the start of the text) and goes on past `at`. Exported
 * for the tests, which compare it fed with the whole text's tokens.
 */
export function contextFromTokens(analysis: Analysis, tokens: readonly IToken[], at: number): CompletionContext {
  let count = 0;
  while (count < tokens.length && end(tokens[count]!) < at) count++;
  // The token that ends at or holds the cursor: a word being typed, or a value not to complete.
  const touching = tokens[count] !== undefined && tokens[count]!.startOffset < at ? tokens[count] : undefined;
  let replace: Span = { start: at, end: at };
  if (touching !== undefined) {
    if (isWord(touching)) replace = { start: touching.startOffset, end: at };
    else if (isType(touching, "StringLiteral") && at === end(touching)) count++;
    else if (!["Comma", "Minus", "LCurly", "RCurly", "Arrow", "DotDot", "Question"].includes(touching.tokenType.name)) {
      return NOTHING(at); // inside text, a number or a date
    } else count++;
  }
  const tracker = new BlockTracker();
  for (let i = 0; i < count; i++) tracker.feed(tokens[i]!);
  const inVisit = tracker.frame.kind === "other" && tracker.innermost("procedure") !== undefined ? visitEntries(tokens, count) : undefined;
  const patient = findPatient(analysis, tracker.innermost("patient")?.keyword);
  const procedureKeyword =
    tracker.frame.kind === "procedure" ? tracker.frame.keyword : keywordOf(tracker.statement[0]) === "procedure" ? tracker.statement[0] : undefined;
  const procedure = procedureKeyword && patient?.procedures.find((p) => p.keyword.start === procedureKeyword.startOffset);
  const earlier = () => earlierProcedures(tokens, tracker.innermost("patient")?.keyword, procedureKeyword, count);
  return {
    prefix: analysis.text.slice(replace.start, replace.end),
    replace,
    expects: inVisit !== undefined ? (inVisit.length % 2 === 0 ? [{ kind: "visit-measure", scored: inVisit.filter((_, i) => i % 2 === 0).map((t) => t.image) }] : []) : classify(tracker.frame.kind, tracker.statement, earlier),
    ...(patient && { patient }),
    ...(procedure && { procedure }),
  };
}

/**
 * When the innermost open `{` before token `count` ends a `visit ID [on DATE]`
 * header: the tokens written in the block since (an even number: a measure may
 * start there). Undefined when not in a visit block.
 */
function visitEntries(tokens: readonly IToken[], count: number): readonly IToken[] | undefined {
  let depth = 0;
  for (let i = count - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (isType(t, "RCurly")) depth++;
    else if (isType(t, "LCurly") && depth-- === 0) {
      const header = tokens.slice(Math.max(0, i - 5), i);
      const keyword = header.findIndex((h) => keywordOf(h) === "visit");
      return keyword === -1 ? undefined : tokens.slice(i + 1, count);
    }
  }
  return undefined;
}

/** The patient the parser kept for a `patient` keyword: the one that starts there, if any. */
function findPatient(analysis: Analysis, keyword: IToken | undefined): Patient | undefined {
  if (keyword === undefined) return undefined;
  const index = blockIndexAt(analysis.model.tree.patients, keyword.startOffset);
  const patient = index === -1 ? undefined : analysis.model.patientAt(index).node;
  return patient?.start === keyword.startOffset ? patient : undefined;
}

/** `procedure ID` pairs between the patient's keyword and the current procedure (or the cursor). */
function earlierProcedures(tokens: readonly IToken[], patientKeyword: IToken | undefined, current: IToken | undefined, count: number): EarlierProcedure[] {
  const out: EarlierProcedure[] = [];
  if (patientKeyword === undefined) return out;
  const stop = current?.startOffset ?? Infinity;
  for (let i = tokens.indexOf(patientKeyword) + 1; i < count && tokens[i]!.startOffset < stop; i++) {
    const t = tokens[i]!;
    const id = tokens[i + 1];
    if (keywordOf(t) === "procedure" && id !== undefined && i + 1 < count && isType(id, "Identifier") && !out.some((o) => o.id === id.image)) {
      out.push({ id: id.image, keyword: t.startOffset });
    }
  }
  return out;
}

const keywords = (...words: string[]): Expectation => ({ kind: "keywords", words });
const items = (block: ItemBlock): Expectation => ({ kind: "items", block });

function classify(block: BlockKind, stmt: readonly IToken[], earlier: () => EarlierProcedure[]): Expectation[] {
  const last = stmt[stmt.length - 1];
  const previous = stmt[stmt.length - 2];
  if (keywordOf(last) === "at" || isType(last, "Comma")) return [levels(stmt)];
  if (isType(last, "Minus") && isType(previous, "Level")) return [levels(stmt, previous)];
  if (block === "other") return [];
  if (stmt.length === 0) return [items(block)];
  const head = keywordOf(stmt[0]);
  // The study's own items: what they accept is read as before they were generic items.
  if (block === "study" && head === "measure") return measureTail(stmt);
  if (block === "study" && (head === "reference" || head === "design")) return stmt.length >= 2 ? [items("study")] : [];
  const generic = genericItems(block).find((item) => item.keyword === head);
  if (generic !== undefined) {
    const role = firstRole(generic.parts);
    // A visit id or complication kind in a procedure or patient names one the study declares; a sex is one of its values.
    if (stmt.length === 1 && block !== "study" && (role === "visit id" || role === "complication kind")) return [{ kind: "declared", what: role }];
    if (stmt.length === 1 && role === "sex") return [{ kind: "sex" }];
    const tail = itemTail(generic.parts, stmt.slice(1));
    if (tail === undefined) return [];
    return [...(tail.words.length > 0 ? [keywords(...tail.words)] : []), ...(tail.complete ? [items(block)] : [])];
  }
  switch (block) {
    case "top":
      if (head === "patient") return stmt.length === 1 ? [{ kind: "new-id", what: "patient" }] : [];
      if (head === "study") return stmt.length === 1 ? [{ kind: "study-title" }] : [];
      return [items("top")];
    case "study":
      return [items("study")];
    case "patient":
      if (head === "procedure") return procedureHeader(stmt, earlier);
      return [items("patient")];
    case "procedure":
      return isType(previous, "Arrow") ? [items("procedure")] : [];
  }
}

/** Whether the statement ends with a date (`1996-05-14` or `day 12`). */
function endsWithDate(stmt: readonly IToken[]): boolean {
  const last = stmt[stmt.length - 1];
  return isType(last, "DateLiteral") || (isType(last, "NumberLiteral") && keywordOf(stmt[stmt.length - 2]) === "day");
}

function procedureHeader(stmt: readonly IToken[], earlier: () => EarlierProcedure[]): Expectation[] {
  const last = stmt[stmt.length - 1];
  if (stmt.length === 1) return [{ kind: "new-id", what: "procedure" }];
  if (stmt.length === 2) return [{ kind: "procedure-kind" }];
  if (stmt.length === 3) return [keywords("on")];
  if (keywordOf(last) === "on") return [keywords("day")];
  if (endsWithDate(stmt)) return [keywords("at")];
  if (isType(last, "Level")) return [keywords("repeats")];
  if (keywordOf(last) === "repeats") return [{ kind: "repeated-procedure", earlier: earlier() }];
  return [];
}

/** The role of the value an item's parts start with (`visit id`, `sex`), also as the one choice of a `oneOf`. */
function firstRole(parts: readonly Part[]): string | undefined {
  const first = parts[0];
  if (first === undefined || typeof first !== "object") return undefined;
  if ("token" in first) return first.role;
  return "oneOf" in first && first.oneOf.length === 1 ? firstRole(first.oneOf[0]!) : undefined;
}

function measureTail(stmt: readonly IToken[]): Expectation[] {
  const last = stmt[stmt.length - 1]!;
  const previous = stmt[stmt.length - 2];
  const has = (word: string) => stmt.some((t) => keywordOf(t) === word);
  const optional = (...words: string[]) => words.filter((w) => !has(w));
  if (stmt.length === 1) return [];
  if (!has("range") && (stmt.length === 2 || (stmt.length === 3 && isType(last, "StringLiteral")))) return [keywords("range")];
  if (keywordOf(last) === "better") return [keywords("lower", "higher")];
  if (isType(last, "NumberLiteral") && isType(previous, "DotDot")) return [keywords(...optional("better", "responder")), items("study")];
  if (keywordOf(last) === "lower" || keywordOf(last) === "higher") return [keywords(...optional("responder")), items("study")];
  if (isType(last, "NumberLiteral") && keywordOf(previous) === "responder") return [items("study")];
  return [];
}

/** The levels already in the list being written (after its `at`), and the start of a range. */
function levels(stmt: readonly IToken[], rangeStart?: IToken): Expectation {
  const from = stmt.map((t) => keywordOf(t)).lastIndexOf("at");
  const listed: number[] = [];
  const list = stmt.slice(from + 1);
  for (let i = 0; i < list.length; i++) {
    if (!isType(list[i], "Level") || list[i] === rangeStart) continue;
    const ranged = isType(list[i + 1], "Minus") && isType(list[i + 2], "Level");
    const to = ranged ? level(list[i + 2]!) : undefined;
    listed.push(...expandLevels(new LevelItemNode(level(list[i]!), to, list[i]!.startOffset, end(to === undefined ? list[i]! : list[i + 2]!))));
    if (ranged) i += 2;
  }
  const after = rangeStart && expandLevels(new LevelItemNode(level(rangeStart), undefined, rangeStart.startOffset, end(rangeStart)))[0];
  return after === undefined ? { kind: "levels", listed } : { kind: "levels", after, listed };
}

function level(token: IToken): LevelToken {
  return new LevelTokenNode(token.image, token.image[0] as LevelToken["region"], Number(token.image.slice(1)), token.startOffset, end(token));
}
