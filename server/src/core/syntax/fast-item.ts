/**
 * The fast parser's generic item reader: an item of the language description
 * (../language/grammar.ts) with a `list` is read part by part into an ItemNode,
 * the same node parser.ts's generic rules build, so a new item of that shape
 * needs no code here. A part the text does not match throws BAIL, as the readers
 * of fast-patient.ts and fast-study.ts do.
 */
import type * as A from "./ast";
import type { Item, Part, ValueToken } from "../language/grammar";
import { BAIL, type Scanner, Tok, kwTok } from "./fast-scanner";
import * as N from "./nodes";

const MARKS: Readonly<Record<string, Tok>> = { "->": Tok.Arrow, "..": Tok.DotDot, "-": Tok.Minus, "?": Tok.Question, "{": Tok.LCurly, "}": Tok.RCurly, ",": Tok.Comma };
const KW_DAY = kwTok("day");

/** The kind of token a word or mark written as is stands for. */
function literalKind(literal: string): Tok {
  return MARKS[literal] ?? kwTok(literal);
}

/** Whether the current token can start `part`. */
function starts(s: Scanner, part: Part): boolean {
  if (typeof part === "string") return s.kind === literalKind(part);
  if ("optional" in part) return part.optional.length > 0 && starts(s, part.optional[0]!);
  if ("oneOf" in part) return part.oneOf.some((alternative) => alternative.length > 0 && starts(s, alternative[0]!));
  if ("block" in part) return s.kind === Tok.LCurly;
  if ("many" in part) return part.many.parts.length > 0 && starts(s, part.many.parts[0]!);
  switch (part.token) {
    case "NUMBER": return s.kind === Tok.NumberLiteral;
    case "STRING": return s.kind === Tok.StringLiteral;
    case "IDENT": return s.kind === Tok.Identifier;
    case "DATE": return s.kind === Tok.DateLiteral || s.kind === KW_DAY;
    case "LEVELS": return s.kind === Tok.Level;
    case "SCORE": return s.kind === Tok.NumberLiteral || s.kind === Tok.Question;
  }
}

/** The item whose keyword is current, read into a new node. */
export function readItem(s: Scanner, item: Item): N.ItemNode {
  const node = N.itemNode(item, s.start, s.end);
  s.next();
  readParts(s, item.parts, node);
  node.end = s.prevEnd;
  return node;
}

/** Entries of `item` (keyword-less, such as `pain 2`) for as long as one starts, each into the list `field` of `node`. */
function readEntries(s: Scanner, item: Item, field: string, node: N.ItemNode): void {
  const first = item.parts[0];
  while (first !== undefined && starts(s, first)) {
    const entry = N.itemNode(item, s.start, s.end);
    readParts(s, item.parts, entry);
    entry.end = s.prevEnd;
    N.addToList(node, field, entry);
  }
}

function readParts(s: Scanner, parts: readonly Part[], node: N.ItemNode): void {
  for (const part of parts) readPart(s, part, node);
}

function readPart(s: Scanner, part: Part, node: N.ItemNode): void {
  if (typeof part === "string") s.consume(literalKind(part));
  else if ("optional" in part) {
    if (!starts(s, part)) return;
    const start = s.start;
    readParts(s, part.optional, node);
    if (part.field !== undefined) node[part.field] = { start, end: s.prevEnd };
  } else if ("oneOf" in part) {
    const chosen = part.oneOf.find((alternative) => alternative.length > 0 && starts(s, alternative[0]!));
    if (chosen === undefined) throw BAIL;
    if (part.field !== undefined) node[part.field] = new N.WordNode(s.intern(s.start, s.end), s.start, s.end);
    readParts(s, chosen, node);
  } else if ("many" in part) readEntries(s, part.many, part.field, node);
  else if ("block" in part) throw BAIL;
  else {
    if (!starts(s, part)) throw BAIL;
    const value = readValue(s, part.token);
    if (part.field !== undefined) node[part.field] = value;
  }
}

/** A value of kind `token`, the current token known to start one. */
function readValue(s: Scanner, token: ValueToken): unknown {
  const start = s.start;
  const end = s.end;
  switch (token) {
    case "IDENT":
      return word(s);
    case "NUMBER":
      return number(s);
    case "STRING":
      return string(s);
    case "SCORE": {
      const value = new N.ScoreNode(s.kind === Tok.Question ? null : s.value, start, end);
      s.next();
      return value;
    }
    case "DATE":
      return date(s);
    case "LEVELS":
      return levels(s);
  }
}

/** An identifier, as a node. */
export function word(s: Scanner): A.Word {
  if (s.kind !== Tok.Identifier) throw BAIL;
  const value = new N.WordNode(s.intern(s.start, s.end), s.start, s.end);
  s.next();
  return value;
}

/** Text in double quotes, as a node. */
export function string(s: Scanner): A.StringLiteral {
  if (s.kind !== Tok.StringLiteral) throw BAIL;
  const value = new N.StringNode(s.stringValue(), s.start, s.end);
  s.next();
  return value;
}

/** A number, as a node. */
export function number(s: Scanner): A.NumberLiteral {
  if (s.kind !== Tok.NumberLiteral) throw BAIL;
  const value = new N.NumberNode(s.value, s.intern(s.start, s.end), s.start, s.end);
  s.next();
  return value;
}

function date(s: Scanner): A.DateRef {
  const start = s.start;
  if (s.kind === Tok.DateLiteral) {
    const value = new N.CalendarDateNode(s.digitsAt(start, 4), s.digitsAt(start + 5, 2), s.digitsAt(start + 8, 2), start, s.end);
    s.next();
    return value;
  }
  s.next();
  const day = new N.RelativeDayNode(start, start);
  day.value = number(s);
  day.end = s.prevEnd;
  return day;
}

function levels(s: Scanner): A.LevelItem[] {
  const items: A.LevelItem[] = [];
  for (;;) {
    const from = level(s);
    let to: A.LevelToken | undefined;
    if (s.kind === Tok.Minus) {
      s.next();
      to = level(s);
    }
    items.push(new N.LevelItemNode(from, to, from.start, (to ?? from).end));
    if (s.kind !== Tok.Comma) return items;
    s.next();
  }
}

function level(s: Scanner): A.LevelToken {
  if (s.kind !== Tok.Level) throw BAIL;
  const text = s.intern(s.start, s.end);
  const value = new N.LevelTokenNode(text, text[0] as A.LevelToken["region"], Number(text.slice(1)), s.start, s.end);
  s.next();
  return value;
}
