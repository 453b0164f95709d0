/**
 * The fast parser's generic item reader: an item of the language description
 * (../language/grammar.ts) with a `list` is written as a row of its item table
 * (tree/item-tables.ts), as parser.ts's generic rules write it, so a new item needs
 * no code here. Each item's parts are turned into steps when the module loads:
 * functions that read a part and write its field, knowing which tokens start it. A
 * part the text does not match throws BAIL, as in fast-patient.ts and fast-study.ts.
 */
import { genericItems, type BlockName, type Item, type Part, type ValueToken } from "../language/grammar";
import { BAIL, type Scanner, Tok, TOKEN_TYPES, kwTok } from "./fast-scanner";
import { ITEM_SHAPES, shapeOfItem, type ItemField } from "./tree/item-tables";
import type { LevelItemTable } from "./tree/level-items";
import type { SyntaxTree } from "./tree/syntax-tree";
import type { Block, TreeBuilder } from "./tree/tree-builder";

/** Reads one part of the item in row `row` of its item table, in the tree `t` (the text's, or a study header's rows). */
type Step = (s: Scanner, t: SyntaxTree, row: number) => void;

const MARKS: Readonly<Record<string, Tok>> = { "->": Tok.Arrow, "..": Tok.DotDot, "-": Tok.Minus, "?": Tok.Question, "{": Tok.LCurly, "}": Tok.RCurly, ",": Tok.Comma };
const KW_DAY = kwTok("day");
const VALUE_STARTS: Record<ValueToken, readonly Tok[]> = {
  NUMBER: [Tok.NumberLiteral], STRING: [Tok.StringLiteral], IDENT: [Tok.Identifier],
  DATE: [Tok.DateLiteral, KW_DAY], LEVELS: [Tok.Level], SCORE: [Tok.NumberLiteral, Tok.Question],
};

/** The kind of token a word or mark written as is stands for. */
const literalKind = (literal: string): Tok => MARKS[literal] ?? kwTok(literal);

/** For each kind of token, 1 when it can start `part` (none for an empty list of parts). */
function startsOf(part: Part | undefined, into = new Uint8Array(TOKEN_TYPES.length)): Uint8Array {
  if (part === undefined) return into;
  if (typeof part === "string") into[literalKind(part)] = 1;
  else if ("optional" in part) startsOf(part.optional[0], into);
  else if ("oneOf" in part) for (const alternative of part.oneOf) startsOf(alternative[0], into);
  else if ("block" in part) into[Tok.LCurly] = 1;
  else if ("many" in part) startsOf(part.many.parts[0], into);
  else for (const kind of VALUE_STARTS[part.token]) into[kind] = 1;
  return into;
}

function run(steps: readonly Step[], s: Scanner, t: SyntaxTree, row: number): void {
  for (let i = 0; i < steps.length; i++) steps[i]!(s, t, row);
}

/** The steps that read `parts` into rows of the item table `shape`. */
function stepsOf(parts: readonly Part[], shape: number): Step[] {
  const fieldOf = (name: string | undefined): ItemField | undefined => ITEM_SHAPES[shape]!.fields.find((f) => f.name === name);
  return parts.map((part): Step => {
    if (typeof part === "string") {
      const kind = literalKind(part);
      return (s) => s.consume(kind);
    }
    if ("block" in part) return () => { throw BAIL; };
    if ("token" in part) return valueStep(part.token, shape, fieldOf(part.field));
    const field = fieldOf(part.field);
    if ("optional" in part) {
      const [starts, steps] = [startsOf(part), stepsOf(part.optional, shape)];
      return (s, t, row) => {
        if (starts[s.kind] !== 1) return;
        const start = s.start;
        run(steps, s, t, row);
        if (field !== undefined) t.itemTables[shape]!.setTwo(row, field, start, s.prevEnd);
      };
    }
    if ("oneOf" in part) {
      const alternatives = part.oneOf.map((alternative) => ({ starts: startsOf(alternative[0]), steps: stepsOf(alternative, shape) }));
      return (s, t, row) => {
        let chosen = 0;
        while (chosen < alternatives.length && alternatives[chosen]!.starts[s.kind] !== 1) chosen++;
        if (chosen === alternatives.length) throw BAIL;
        if (field !== undefined) t.itemTables[shape]!.setTwo(row, field, s.wordNumber(t.words), s.start);
        run(alternatives[chosen]!.steps, s, t, row);
      };
    }
    const entries = field!.entries;
    const [starts, steps] = [startsOf(part), stepsOf(part.many.parts, entries)];
    return (s, t, row) => {
      const table = t.itemTables[entries]!;
      const first = table.count;
      while (starts[s.kind] === 1) {
        const entry = table.add(row, s.start, s.end);
        run(steps, s, t, entry);
        table.extend(entry, s.prevEnd);
      }
      t.itemTables[shape]!.setList(row, field!, first, table.count);
    };
  });
}

/** The step that reads a value of kind `token` into `field` (for none, reads past it). */
function valueStep(token: ValueToken, shape: number, field: ItemField | undefined): Step {
  switch (token) {
    case "IDENT":
      if (field === undefined) return (s) => { expect(s, Tok.Identifier); s.next(); };
      return (s, t, row) => {
        expect(s, Tok.Identifier);
        t.itemTables[shape]!.setTwo(row, field, s.wordNumber(t.words), s.start);
        s.next();
      };
    case "NUMBER":
      return (s, t, row) => {
        expect(s, Tok.NumberLiteral);
        const number = t.numbers.add(s.start, s.end, s.value);
        if (field !== undefined) t.itemTables[shape]!.setOne(row, field, number);
        s.next();
      };
    case "STRING":
      return (s, t, row) => {
        expect(s, Tok.StringLiteral);
        const string = t.itemStrings.add(s.start, s.end, true);
        if (field !== undefined) t.itemTables[shape]!.setOne(row, field, string);
        s.next();
      };
    case "SCORE":
      return (s, t, row) => {
        if (s.kind !== Tok.NumberLiteral && s.kind !== Tok.Question) throw BAIL;
        if (field !== undefined) t.itemTables[shape]!.setScore(row, field, s.start, s.end, s.kind === Tok.Question ? NaN : s.value);
        s.next();
      };
    case "DATE":
      return (s, t, row) => {
        const date = readDate(s, t);
        if (field !== undefined) t.itemTables[shape]!.setOne(row, field, date);
      };
    case "LEVELS":
      return (s, t, row) => {
        const first = t.itemLevels.count;
        readLevels(s, t.itemLevels);
        if (field !== undefined) t.itemTables[shape]!.setList(row, field, first, t.itemLevels.count);
      };
  }
}

function expect(s: Scanner, kind: Tok): void {
  if (s.kind !== kind) throw BAIL;
}

/** A date, `YYYY-MM-DD` or `day N`, as a row of `t.dates` (N's a row of `t.numbers`). */
export function readDate(s: Scanner, t: SyntaxTree): number {
  const start = s.start;
  if (s.kind === Tok.DateLiteral) {
    const row = t.dates.addCalendar(start, s.end, s.digitsAt(start, 4), s.digitsAt(start + 5, 2), s.digitsAt(start + 8, 2));
    s.next();
    return row;
  }
  expect(s, KW_DAY);
  s.next();
  expect(s, Tok.NumberLiteral);
  const number = t.numbers.add(s.start, s.end, s.value);
  s.next();
  return t.dates.addDay(start, s.prevEnd, number);
}

/** Levels, `T12` or `T11-L1`, separated by commas, as rows of `levels`. */
export function readLevels(s: Scanner, levels: LevelItemTable): void {
  for (;;) {
    expect(s, Tok.Level);
    const level = levels.add(s.start, s.end, s.text.charCodeAt(s.start), levelNumber(s));
    s.next();
    if (s.kind === Tok.Minus) {
      s.next();
      expect(s, Tok.Level);
      levels.addTo(level, s.start, s.end, s.text.charCodeAt(s.start), levelNumber(s));
      s.next();
    }
    if (s.kind !== Tok.Comma) return;
    s.next();
  }
}

/** The number of the level token at hand (`T12`: 12). */
function levelNumber(s: Scanner): number {
  const digits = s.end - s.start - 1;
  return digits <= 9 ? s.digitsAt(s.start + 1, digits) : Number(s.text.slice(s.start + 1, s.end));
}

/** How to read one item of a block: its table, and the steps of its parts. */
export interface ItemReading {
  readonly shape: number;
  readonly steps: readonly Step[];
}

/** The generic items of `block`, by the kind of their keyword, each with its steps. */
export function itemReadings(block: BlockName): ReadonlyMap<Tok, ItemReading> {
  return new Map(
    genericItems(block).map((item: Item) => {
      const shape = shapeOfItem(block, item);
      return [kwTok(item.keyword!), { shape, steps: stepsOf(item.parts, shape) }];
    }),
  );
}

/**
 * The item whose keyword is current, when it is one of `items` (itemReadings), of the open
 * patient or procedure (`block`), or of the study header being read, written by `b`:
 * false when the keyword starts none of them.
 */
export function readItem(s: Scanner, b: TreeBuilder, block: Block | "study", items: ReadonlyMap<Tok, ItemReading>): boolean {
  const reading = items.get(s.kind);
  if (reading === undefined) return false;
  const row = b.startItem(block, reading.shape, s.start, s.end);
  s.next();
  run(reading.steps, s, b.itemTree, row);
  b.itemTree.itemTables[reading.shape]!.extend(row, s.prevEnd);
  return true;
}
