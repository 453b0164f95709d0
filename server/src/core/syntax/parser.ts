/**
 * The language (docs/language.md) as a Chevrotain parser with embedded actions (no
 * concrete syntax tree). Its rules write rows through the tree builder the fast
 * parser drives too (tree/tree-builder.ts); the generic items' rules are made from
 * the language description (../language/grammar.ts).
 *
 * Error recovery is on. A rule starts its node or row before reading its body, so
 * one cut short by a syntax error is still in the tree with what was read; parts
 * that could not be read stay absent. Tokens inserted by recovery are never taken
 * as values.
 */
import { EOF, EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType } from "chevrotain";
import { BLOCK_NAMES, genericItems, type Item, type Part, type ValueToken } from "../language/grammar";
import type * as A from "./ast";
import * as N from "./nodes";
import { StudyNode } from "./study-node";
import { ITEM_SHAPES, shapeOfItem, type ItemField, type ItemTable } from "./tree/item-tables";
import type { SyntaxTree } from "./tree/syntax-tree";
import { syntaxErrorMessages } from "./syntax-error-messages";
import * as T from "./tokens";
import { TreeBuilder, type Block } from "./tree/tree-builder";

function isReal(token: IToken): boolean {
  return token.isInsertedInRecovery !== true && Number.isFinite(token.startOffset) && typeof token.image === "string";
}

/**
 * Where a token starts, a small integer (`| 0`): Chevrotain's own tokens (end of
 * file, recovery, recording) hold doubles, NaN or -1, and one double in a span makes
 * the engine box the offsets of every span.
 */
function startOf(token: IToken): number {
  return Number.isFinite(token.startOffset) ? token.startOffset | 0 : 0;
}

/** Safe on the placeholder tokens of recording and recovery, which have no image: they end where they start. */
function endOf(token: IToken): number {
  return startOf(token) + (token.image?.length ?? 0);
}

/**
 * Numbers with more than 15 digits before the point are not read (parse.ts reports
 * them as VC001): no score, age, volume or day count is that large, and beyond it a
 * number is no longer exact, or is infinite, and would poison every figure.
 */
export function isReadableNumber(image: string): boolean {
  return /^-?0*\d{0,15}(?:\.|$)/.test(image);
}

function numberLiteral(token: IToken): A.NumberLiteral | undefined {
  return isReal(token) && isReadableNumber(token.image) ? new N.NumberNode(Number(token.image), token.image, startOf(token), endOf(token)) : undefined;
}

function stringLiteral(token: IToken): N.StringNode | undefined {
  if (!isReal(token)) return undefined;
  const closed = token.tokenType === T.StringLiteral;
  const inner = token.image.slice(1, closed ? -1 : undefined);
  return new N.StringNode(inner.replace(/\\(.)/g, "$1"), startOf(token), endOf(token));
}

/**
 * A part of a generic item (../language/grammar.ts), with the field it fills
 * (tree/item-tables.ts) and the occurrence index Chevrotain needs for each consume,
 * option, choice and subrule of one rule.
 */
type Step =
  | { readonly kind: "literal"; readonly type: TokenType; readonly idx: number }
  | { readonly kind: "value"; readonly token: ValueToken; readonly field: ItemField | undefined; readonly idx: number }
  | { readonly kind: "optional"; readonly steps: readonly Step[]; readonly field: ItemField | undefined; readonly idx: number }
  | { readonly kind: "oneOf"; readonly alternatives: readonly (readonly Step[])[]; readonly field: ItemField | undefined; readonly idx: number }
  | { readonly kind: "many"; readonly steps: readonly Step[]; readonly field: ItemField; readonly idx: number };

const MARKS: Readonly<Record<string, TokenType>> = { "->": T.Arrow, "..": T.DotDot, "-": T.Minus, "?": T.Question, "{": T.LCurly, "}": T.RCurly, ",": T.Comma };

/** `parts` as steps into the rows of item table `shape`, numbered from `next.idx` on (0 is the item's keyword). */
function stepsOf(parts: readonly Part[], shape: number, next: { idx: number }): Step[] {
  const fieldOf = (name: string | undefined) => ITEM_SHAPES[shape]!.fields.find((f) => f.name === name);
  return parts.map((part): Step => {
    const idx = ++next.idx;
    if (typeof part === "string") return { kind: "literal", type: MARKS[part] ?? T.kw(part), idx };
    if ("block" in part) throw new Error("a generic item cannot hold a block");
    const field = fieldOf(part.field);
    if ("token" in part) return { kind: "value", token: part.token, field, idx };
    if ("optional" in part) return { kind: "optional", steps: stepsOf(part.optional, shape, next), field, idx };
    if ("oneOf" in part) return { kind: "oneOf", alternatives: part.oneOf.map((alternative) => stepsOf(alternative, shape, next)), field, idx };
    return { kind: "many", steps: stepsOf(part.many.parts, field!.entries, next), field: field!, idx };
  });
}

/** Where a generic item is read: the study header being read, or the open patient or procedure. */
type Owner = "study" | Block;

/** Every item read by the generic rules, each once (an item valid in two blocks is one rule). */
const GENERIC_ITEMS: readonly Item[] = [...new Set(BLOCK_NAMES.flatMap(genericItems))];

export class VcaseParser extends EmbeddedActionsParser {
  constructor() {
    super([...T.ALL_TOKENS], { recoveryEnabled: true, maxLookahead: 2, errorMessageProvider: syntaxErrorMessages });
    this.performSelfAnalysis();
  }

  /** End offset of the last token read, for the span of the node being built. */
  private lastEnd(fallback: number): number { return Math.max(fallback, this.readTo()); }

  /** A node ends with the last token read into it. */
  private close(node: { end: number }): void { node.end = this.lastEnd(node.end); }

  /**
   * One rule per generic item, which writes the item's row (tree/item-tables.ts) in
   * the block given as its argument; an item of two blocks is one rule, its rows
   * in each block's table, whose columns are the same.
   */
  private readonly itemRules = new Map(GENERIC_ITEMS.map((item) => [item, this.itemRule(item)]));

  private itemRule(item: Item) {
    const steps = stepsOf(item.parts, ITEM_SHAPES.findIndex((shape) => shape.item === item), { idx: 0 });
    return this.RULE(item.node[0]!.toLowerCase() + item.node.slice(1), (owner: Owner) => {
      const keyword = this.consume(0, T.kw(item.keyword!));
      const shape = shapeOfItem(owner, item);
      let row = -1;
      this.ACTION(() => (row = this.b.startItem(owner, shape, startOf(keyword), endOf(keyword))));
      this.readSteps(steps, shape, row);
      this.ACTION(() => this.table(shape).extend(row, this.readTo()));
    });
  }

  /** The alternatives of a block's generic items, their rows written in `owner`. */
  private itemAlternatives(owner: Owner) {
    return genericItems(owner).map((item) => ({ ALT: () => this.subrule(0, this.itemRules.get(item)!, { ARGS: [owner] }) }));
  }

  /** Item table `shape` of where the generic items are written (only in an ACTION). */
  private table(shape: number): ItemTable { return this.b.itemTree.itemTables[shape]!; }

  /** `steps` read into row `row` of item table `shape` (-1 while the grammar is recorded). */
  private readSteps(steps: readonly Step[], shape: number, row: number): void {
    for (const step of steps) {
      const field = step.kind === "literal" ? undefined : step.field;
      if (step.kind === "literal") this.consume(step.idx, step.type);
      else if (step.kind === "oneOf") {
        const first = this.LA(1);
        this.or(step.idx, step.alternatives.map((alternative) => ({ ALT: () => this.readSteps(alternative, shape, row) })));
        if (field !== undefined) this.ACTION(() => isReal(first) && this.table(shape).set(row, field, this.wordOf(first), startOf(first)));
      } else if (step.kind === "many") {
        const entries = ITEM_SHAPES[shape]?.fields[step.field.index]!.entries ?? -1; // this block's table of them
        let first = -1;
        this.ACTION(() => (first = this.table(entries).count));
        this.many(step.idx, () => {
          const token = this.LA(1);
          let entry = -1;
          this.ACTION(() => {
            entry = this.table(entries).add(row, startOf(token), endOf(token));
            this.table(shape).setList(row, step.field, first, this.table(entries).count);
          });
          this.readSteps(step.steps, entries, entry);
          this.ACTION(() => this.table(entries).extend(entry, this.readTo()));
        });
      } else if (step.kind === "optional") {
        this.option(step.idx, () => {
          const first = this.LA(1);
          this.readSteps(step.steps, shape, row);
          if (field !== undefined) this.ACTION(() => isReal(first) && this.table(shape).set(row, field, startOf(first), this.lastEnd(endOf(first))));
        });
      } else {
        const write = this.readValue(step.token, step.idx);
        if (field !== undefined) this.ACTION(() => write(this.b.itemTree, this.table(shape), row, field));
      }
    }
  }

  /** Reads a value of kind `token`: what writes it into a field of an item's row, when it was read. */
  private readValue(token: ValueToken, idx: number): (t: SyntaxTree, table: ItemTable, row: number, field: ItemField) => void {
    switch (token) {
      case "IDENT": {
        const read = this.consume(idx, T.Identifier);
        return (_, table, row, field) => isReal(read) && table.set(row, field, this.wordOf(read), startOf(read));
      }
      case "NUMBER": {
        const read = numberLiteral(this.consume(idx, T.NumberLiteral));
        return (t, table, row, field) => read !== undefined && this.b.keepsNumber(read.start) && table.set(row, field, t.numbers.add(read.start, read.end, read.value));
      }
      case "STRING": {
        const read = this.consume(idx, T.StringLiteral);
        return (t, table, row, field) => isReal(read) && table.set(row, field, t.itemStrings.add(startOf(read), endOf(read), read.tokenType === T.StringLiteral));
      }
      case "DATE": {
        const date = this.subrule(idx, this.date);
        return (t, table, row, field) => date !== undefined && table.set(row, field, t.dates.addNode(date, t.numbers));
      }
      case "SCORE": {
        const score = this.subrule(idx, this.score);
        return (_, table, row, field) => score !== undefined && this.b.keepsNumber(score.start) && table.set(row, field, score.start, score.end, score.value ?? NaN);
      }
      case "LEVELS": {
        const levels: A.LevelItem[] = [];
        this.subrule(idx, this.levels, { ARGS: [levels] });
        return (t, table, row, field) => {
          const first = t.itemLevels.count;
          for (const level of levels) t.itemLevels.addNode(level);
          if (levels.length > 0) table.setList(row, field, first, t.itemLevels.count);
        };
      }
    }
  }

  /** Where the patients read are written: given its tree before each parse (recovering-parse.ts). */
  readonly builder = new TreeBuilder();

  /** The text the tokens are of: what a study header's items are read from (study-node.ts). */
  source = "";

  /** The studies read; the patients are written by `builder`. Undefined when recovery gave up on the whole stretch. */
  public file = this.RULE("file", (): A.Study[] => {
    const studies: A.Study[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.study, { ARGS: [studies] }) },
        { ALT: () => this.SUBRULE(this.patient) },
      ]);
    });
    this.CONSUME(EOF);
    return studies;
  });

  private study = this.RULE("study", (into: A.Study[]) => {
    const keyword = this.CONSUME(T.kw("study"));
    const study = new StudyNode(startOf(keyword), endOf(keyword), this.b.tree.words, this.source);
    this.ACTION(() => {
      into.push(study);
      this.b.startStudy(study.itemRows());
    });
    study.title = stringLiteral(this.CONSUME(T.StringLiteral));
    this.CONSUME(T.LCurly);
    this.MANY(() => {
      this.OR(this.itemAlternatives("study"));
      this.close(study);
    });
    this.CONSUME(T.RCurly);
    this.close(study);
    this.ACTION(() => this.b.finishStudy());
  });

  /** The builder, in an ACTION only: the grammar is recorded by running the rules once without their actions. */
  private get b(): TreeBuilder { return this.builder; }
  private wordOf(token: IToken): number { return this.b.tree.words.internText(token.image); }

  /** The end of the last token read, -1 when there is none: where the node being read has got to. */
  private readTo(): number {
    const previous = this.LA(0);
    return previous !== undefined && isReal(previous) && previous.tokenType !== EOF ? endOf(previous) : -1;
  }

  /** `write` with the start of `token` and its word, in an ACTION, when the token was read (not inserted by recovery). */
  private writeWord(token: IToken, write: (word: number, start: number) => void): void {
    this.ACTION(() => {
      if (isReal(token)) write(this.wordOf(token), startOf(token));
    });
  }

  /**
   * A patient's or procedure's items between `{` and `}`: those of `alternatives`
   * and the generic items, the block read up to the end of each.
   */
  private blockItems(block: Block, alternatives: IOrAlt<unknown>[]): void {
    this.CONSUME(T.LCurly);
    this.MANY(() => {
      this.OR([
        ...alternatives,
        ...this.itemAlternatives(block),
      ]);
      this.ACTION(() => this.b.readTo(block, this.readTo()));
    });
    this.CONSUME(T.RCurly);
  }

  private patient = this.RULE("patient", () => {
    const keyword = this.CONSUME(T.kw("patient"));
    this.ACTION(() => this.b.startPatient(startOf(keyword), endOf(keyword)));
    this.writeWord(this.CONSUME(T.Identifier), (word, start) => this.b.patientId(word, start));
    this.blockItems("patient", [{ ALT: () => this.SUBRULE(this.procedure) }]);
    this.ACTION(() => this.b.finishPatient(this.readTo()));
  });

  private procedure = this.RULE("procedure", () => {
    const keyword = this.CONSUME(T.kw("procedure"));
    this.ACTION(() => this.b.startProcedure(startOf(keyword), endOf(keyword)));
    this.writeWord(this.CONSUME(T.Identifier), (word, start) => this.b.procedureId(word, start));
    this.writeWord(this.CONSUME2(T.Identifier), (word, start) => this.b.procedureKind(word, start));
    this.CONSUME(T.kw("on"));
    const date = this.SUBRULE(this.date);
    this.ACTION(() => date !== undefined && this.b.procedureDate(this.b.tree.dates.addNode(date, this.b.tree.numbers)));
    this.CONSUME(T.kw("at"));
    this.SUBRULE(this.levels, { ARGS: [undefined] });
    this.OPTION(() => {
      this.CONSUME(T.kw("repeats"));
      this.writeWord(this.CONSUME3(T.Identifier), (word, start) => this.b.procedureRepeats(word, start));
    });
    this.blockItems("procedure", [{ ALT: () => this.SUBRULE(this.outcome) }]);
    this.ACTION(() => this.b.finishProcedure(this.readTo()));
  });

  private outcome = this.RULE("outcome", () => {
    const measure = this.CONSUME(T.Identifier);
    this.ACTION(() => this.b.startOutcome(isReal(measure) ? this.wordOf(measure) : -1, startOf(measure), endOf(measure)));
    const before = this.SUBRULE(this.score);
    this.ACTION(() => before !== undefined && this.b.outcomeBefore(before.start, before.end, before.value ?? NaN));
    this.CONSUME(T.Arrow);
    const after = this.SUBRULE2(this.score);
    this.ACTION(() => after !== undefined && this.b.outcomeAfter(after.start, after.end, after.value ?? NaN));
    this.ACTION(() => this.b.finishPart(this.readTo()));
  });

  private score = this.RULE("score", (): A.Score | undefined => {
    const token = this.OR([
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.Question) },
    ]);
    if (!isReal(token) || (token.tokenType === T.NumberLiteral && !isReadableNumber(token.image))) return undefined;
    return new N.ScoreNode(token.tokenType === T.Question ? null : Number(token.image), startOf(token), endOf(token));
  });

  private date = this.RULE("date", (): A.DateRef | undefined =>
    this.OR([
      { ALT: () => calendarDate(this.CONSUME(T.DateLiteral)) },
      {
        ALT: () => {
          const keyword = this.CONSUME(T.kw("day"));
          const value = numberLiteral(this.CONSUME(T.NumberLiteral));
          if (!isReal(keyword)) return undefined;
          const day = new N.RelativeDayNode(startOf(keyword), value?.end ?? endOf(keyword));
          day.value = value;
          return day;
        },
      },
    ]),
  );

  /** Levels, into `into` for a generic item, or written by the builder for the open procedure. */
  private levels = this.RULE("levels", (into: A.LevelItem[] | undefined) => {
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const item = this.SUBRULE(this.levelItem);
        if (item !== undefined) this.ACTION(() => (into === undefined ? this.b.tree.levelItems.addNode(item) : into.push(item)));
      },
    });
  });

  private levelItem = this.RULE("levelItem", (): A.LevelItem | undefined => {
    const from = levelToken(this.CONSUME(T.Level));
    let to: A.LevelToken | undefined;
    this.OPTION(() => {
      this.CONSUME(T.Minus);
      to = levelToken(this.CONSUME2(T.Level));
    });
    if (from === undefined) return undefined;
    return new N.LevelItemNode(from, to, from.start, (to ?? from).end);
  });
}

function calendarDate(token: IToken): A.CalendarDate | undefined {
  if (!isReal(token)) return undefined;
  const [year, month, day] = token.image.split("-").map(Number) as [number, number, number];
  return new N.CalendarDateNode(year, month, day, startOf(token), endOf(token));
}

function levelToken(token: IToken): A.LevelToken | undefined {
  if (!isReal(token)) return undefined;
  return new N.LevelTokenNode(token.image, token.image[0] as A.LevelToken["region"], Number(token.image.slice(1)), startOf(token), endOf(token));
}
