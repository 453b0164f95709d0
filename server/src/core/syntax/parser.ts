/**
 * The grammar of spec §3 as a Chevrotain parser with embedded actions (no concrete
 * syntax tree), which keeps large files fast. The patient rules write the patients'
 * rows through the tree builder the fast parser drives too (tree/tree-builder.ts),
 * with start and finish events; the study rules and the generic items' rules build
 * the nodes the fast parser builds for them (nodes.ts).
 *
 * Error recovery is on. A rule starts its node (a study's node is added to its list)
 * before reading its body, so a node cut short by a syntax error is still in the
 * tree with what was read; parts that could not be read stay absent. Tokens
 * inserted by recovery are never taken as values.
 */
import { EOF, EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType } from "chevrotain";
import { BLOCK_NAMES, genericItems, type BlockName, type Item, type Part, type ValueToken } from "../language/grammar";
import type * as A from "./ast";
import * as N from "./nodes";
import { syntaxErrorMessages } from "./syntax-error-messages";
import * as T from "./tokens";
import { Field } from "./tree/fields";
import { TreeBuilder, type Block } from "./tree/tree-builder";

function isReal(token: IToken): boolean {
  return token.isInsertedInRecovery !== true && Number.isFinite(token.startOffset) && typeof token.image === "string";
}

/**
 * Where a token ends. `| 0` keeps offsets small integers: Chevrotain's own tokens
 * (end of file, recovery, grammar recording) hold their offsets as doubles, NaN or
 * -1, and one double stored in a span makes V8 box the offsets of every span in the
 * process — a third more memory and garbage for the whole tree.
 */
function startOf(token: IToken): number {
  return Number.isFinite(token.startOffset) ? token.startOffset | 0 : 0;
}

/** Safe on the placeholder tokens of recording and recovery, which have no image: they end where they start. */
function endOf(token: IToken): number {
  return startOf(token) + (token.image?.length ?? 0);
}

function spanOf(token: IToken): A.Span {
  return { start: startOf(token), end: endOf(token) };
}

function word(token: IToken): A.Word | undefined {
  return isReal(token) ? new N.WordNode(token.image, startOf(token), endOf(token)) : undefined;
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

function stringLiteral(token: IToken): A.StringLiteral | undefined {
  if (!isReal(token)) return undefined;
  const closed = token.tokenType === T.StringLiteral;
  const inner = token.image.slice(1, closed ? -1 : undefined);
  return new N.StringNode(inner.replace(/\\(.)/g, "$1"), startOf(token), endOf(token));
}

/**
 * A part of a generic item (../language/grammar.ts), with the occurrence index
 * Chevrotain needs for each consume, option, choice and subrule of one rule.
 */
type Step =
  | { readonly kind: "literal"; readonly type: TokenType; readonly idx: number }
  | { readonly kind: "value"; readonly token: ValueToken; readonly field?: string; readonly idx: number }
  | { readonly kind: "optional"; readonly steps: readonly Step[]; readonly field?: string; readonly idx: number }
  | { readonly kind: "oneOf"; readonly alternatives: readonly (readonly Step[])[]; readonly field?: string; readonly idx: number }
  | { readonly kind: "many"; readonly item: Item; readonly steps: readonly Step[]; readonly field: string; readonly idx: number };

const MARKS: Readonly<Record<string, TokenType>> = { "->": T.Arrow, "..": T.DotDot, "-": T.Minus, "?": T.Question, "{": T.LCurly, "}": T.RCurly, ",": T.Comma };

/** `parts` as steps, numbered from `next.idx` on (0 is the item's keyword). */
function stepsOf(parts: readonly Part[], next: { idx: number }): Step[] {
  return parts.map((part): Step => {
    const idx = ++next.idx;
    if (typeof part === "string") return { kind: "literal", type: MARKS[part] ?? T.kw(part), idx };
    if ("token" in part) return { kind: "value", token: part.token, ...(part.field !== undefined && { field: part.field }), idx };
    if ("optional" in part) return { kind: "optional", steps: stepsOf(part.optional, next), ...(part.field !== undefined && { field: part.field }), idx };
    if ("oneOf" in part) return { kind: "oneOf", alternatives: part.oneOf.map((alternative) => stepsOf(alternative, next)), ...(part.field !== undefined && { field: part.field }), idx };
    if ("many" in part) return { kind: "many", item: part.many, steps: stepsOf(part.many.parts, next), field: part.field, idx };
    throw new Error("a generic item cannot hold a block");
  });
}

/** Where a generic item's node goes: a study's list, or the items of the patient or procedure being written. */
type Owner = A.Study | Block;

/** The fields by their keyword. */
const FIELD_OF: Record<A.SingleFieldName, Field> = { age: Field.Age, sex: Field.Sex, etiology: Field.Etiology };

/** Every item read by the generic rules, each once (an item valid in two blocks is one rule). */
const GENERIC_ITEMS: readonly Item[] = [...new Set(BLOCK_NAMES.flatMap(genericItems))];

export class VcaseParser extends EmbeddedActionsParser {
  constructor() {
    super([...T.ALL_TOKENS], { recoveryEnabled: true, maxLookahead: 2, errorMessageProvider: syntaxErrorMessages });
    this.performSelfAnalysis();
  }

  /** End offset of the last token read, for the span of the node being built. */
  private lastEnd(fallback: number): number {
    return Math.max(fallback, this.readTo());
  }

  /** A node ends with the last token read into it. */
  private close(node: { end: number }): void {
    node.end = this.lastEnd(node.end);
  }

  /**
   * One rule per generic item, which adds the item's node to the list of the node
   * given as its argument (a study), or to the open patient or procedure's items.
   */
  private readonly itemRules = new Map(GENERIC_ITEMS.map((item) => [item, this.itemRule(item)]));

  private itemRule(item: Item) {
    const steps = stepsOf(item.parts, { idx: 0 });
    return this.RULE(item.node[0]!.toLowerCase() + item.node.slice(1), (owner: Owner) => {
      const keyword = this.consume(0, T.kw(item.keyword!));
      const node = N.itemNode(item, startOf(keyword), endOf(keyword));
      this.ACTION(() => (typeof owner === "string" ? this.b.item(owner, node) : N.addToList(owner, item.list!, node)));
      this.readSteps(steps, node);
      this.close(node);
    });
  }

  /** The alternatives of a block's generic items, their nodes added to `owner`'s lists. */
  private itemAlternatives(block: BlockName, owner: Owner) {
    return genericItems(block).map((item) => ({ ALT: () => this.subrule(0, this.itemRules.get(item)!, { ARGS: [owner] }) }));
  }

  private readSteps(steps: readonly Step[], node: N.ItemNode): void {
    for (const step of steps) {
      if (step.kind === "literal") this.consume(step.idx, step.type);
      else if (step.kind === "oneOf") {
        const first = this.LA(1);
        this.or(step.idx, step.alternatives.map((alternative) => ({ ALT: () => this.readSteps(alternative, node) })));
        if (step.field !== undefined) {
          const chosen = word(first);
          if (chosen !== undefined) node[step.field] = chosen;
        }
      } else if (step.kind === "many") {
        this.many(step.idx, () => {
          const first = this.LA(1);
          const entry = N.itemNode(step.item, startOf(first), endOf(first));
          this.ACTION(() => N.addToList(node, step.field, entry));
          this.readSteps(step.steps, entry);
          this.close(entry);
        });
      }
      else if (step.kind === "optional") {
        this.option(step.idx, () => {
          const first = this.LA(1);
          this.readSteps(step.steps, node);
          if (step.field !== undefined && isReal(first)) node[step.field] = { start: startOf(first), end: this.lastEnd(endOf(first)) };
        });
      } else {
        const value = this.readValue(step.token, step.idx);
        if (step.field !== undefined && value !== undefined && !(Array.isArray(value) && value.length === 0)) node[step.field] = value;
      }
    }
  }

  private readValue(token: ValueToken, idx: number): unknown {
    switch (token) {
      case "IDENT": return word(this.consume(idx, T.Identifier));
      case "NUMBER": return numberLiteral(this.consume(idx, T.NumberLiteral));
      case "STRING": return stringLiteral(this.consume(idx, T.StringLiteral));
      case "DATE": return this.subrule(idx, this.date);
      case "SCORE": return this.subrule(idx, this.score);
      case "LEVELS": {
        const levels: A.LevelItem[] = [];
        this.subrule(idx, this.levels, { ARGS: [levels] });
        return levels;
      }
    }
  }

  /** Where the patients read are written: given its tree before each parse (recovering-parse.ts). */
  readonly builder = new TreeBuilder();

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
    const study = new N.StudyNode(startOf(keyword), endOf(keyword));
    this.ACTION(() => into.push(study));
    study.title = stringLiteral(this.CONSUME(T.StringLiteral));
    this.CONSUME(T.LCurly);
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.kw("reference")); this.pushString(study.references, this.CONSUME2(T.StringLiteral)); } },
        { ALT: () => { this.CONSUME(T.kw("design")); this.pushString(study.designs, this.CONSUME3(T.StringLiteral)); } },
        { ALT: () => this.SUBRULE(this.measure, { ARGS: [study.measures] }) },
        ...this.itemAlternatives("study", study),
      ]);
      this.close(study);
    });
    this.CONSUME(T.RCurly);
    this.close(study);
  });

  private pushString(into: A.StringLiteral[], token: IToken): void {
    const value = stringLiteral(token);
    if (value !== undefined) this.ACTION(() => into.push(value));
  }

  private measure = this.RULE("measure", (into: A.Measure[]) => {
    const keyword = this.CONSUME(T.kw("measure"));
    const measure = new N.MeasureNode(startOf(keyword), endOf(keyword));
    this.ACTION(() => into.push(measure));
    measure.name = word(this.CONSUME(T.Identifier));
    this.OPTION(() => { measure.label = stringLiteral(this.CONSUME(T.StringLiteral)); });
    const rangeStart = this.CONSUME(T.kw("range"));
    measure.rangeMin = numberLiteral(this.CONSUME(T.NumberLiteral));
    this.CONSUME(T.DotDot);
    measure.rangeMax = numberLiteral(this.CONSUME2(T.NumberLiteral));
    if (measure.rangeMin !== undefined && measure.rangeMax !== undefined) {
      measure.rangeSpan = { start: measure.rangeMin.span.start, end: measure.rangeMax.span.end };
    } else if (isReal(rangeStart)) {
      measure.rangeSpan = spanOf(rangeStart);
    }
    this.OPTION2(() => {
      this.CONSUME(T.kw("better"));
      const direction = this.OR([
        { ALT: () => this.CONSUME(T.kw("lower")) },
        { ALT: () => this.CONSUME(T.kw("higher")) },
      ]);
      if (isReal(direction)) measure.better = { direction: direction.image as A.Direction, span: spanOf(direction) };
    });
    this.OPTION3(() => {
      this.CONSUME(T.kw("responder"));
      measure.responder = numberLiteral(this.CONSUME3(T.NumberLiteral));
    });
    this.close(measure);
  });

  /** The builder, in an ACTION only: the grammar is recorded by running the rules once without their actions. */
  private get b(): TreeBuilder {
    return this.builder;
  }

  private wordOf(token: IToken): number {
    return this.b.tree.words.internText(token.image);
  }

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

  /** A string's place and whether it is closed, in an ACTION, when it was read. */
  private writeString(token: IToken, write: (start: number, end: number, closed: boolean) => void): void {
    this.ACTION(() => {
      if (isReal(token)) write(startOf(token), endOf(token), token.tokenType === T.StringLiteral);
    });
  }

  /**
   * A patient's or procedure's items between `{` and `}`: those of `alternatives`,
   * notes and the generic items, the block read up to the end of each.
   */
  private blockItems(block: Block, alternatives: IOrAlt<unknown>[]): void {
    this.CONSUME(T.LCurly);
    this.MANY(() => {
      this.OR([
        ...alternatives,
        { ALT: () => { this.CONSUME(T.kw("note")); this.writeString(this.CONSUME(T.StringLiteral), (start, end, closed) => this.b.note(block, start, end, closed)); } },
        ...this.itemAlternatives(block, block),
      ]);
      this.ACTION(() => this.b.readTo(block, this.readTo()));
    });
    this.CONSUME(T.RCurly);
  }

  private writeDate(date: A.DateRef | undefined): void {
    this.ACTION(() => {
      if (date === undefined) return;
      if (date.kind === "calendar") this.b.calendarDate(date.start, date.end, date.year, date.month, date.day);
      else this.b.dayDate(date.start, date.end, date.value === undefined ? -1 : this.b.number(date.value.start, date.value.end, date.value.value));
    });
  }

  private patient = this.RULE("patient", () => {
    const keyword = this.CONSUME(T.kw("patient"));
    this.ACTION(() => this.b.startPatient(startOf(keyword), endOf(keyword)));
    this.writeWord(this.CONSUME(T.Identifier), (word, start) => this.b.patientId(word, start));
    this.blockItems("patient", [
      { ALT: () => this.SUBRULE(this.patientField) },
      { ALT: () => this.SUBRULE(this.procedure) },
      { ALT: () => this.SUBRULE(this.recurrence) },
    ]);
    this.ACTION(() => this.b.finishPatient(this.readTo()));
  });

  private patientField = this.RULE("patientField", () => {
    const keywordToken = this.OR([
      { ALT: () => this.CONSUME(T.kw("age")) },
      { ALT: () => this.CONSUME(T.kw("sex")) },
      { ALT: () => this.CONSUME(T.kw("etiology")) },
    ]);
    const name = keywordToken.image;
    this.ACTION(() => this.b.startField(FIELD_OF[name as A.SingleFieldName], startOf(keywordToken), endOf(keywordToken)));
    this.OR2([
      {
        GATE: () => name === "age",
        ALT: () => {
          const age = numberLiteral(this.CONSUME(T.NumberLiteral));
          this.ACTION(() => age !== undefined && this.b.fieldNumber(age.start, age.end, age.value));
        },
      },
      { GATE: () => name !== "age", ALT: () => this.writeWord(this.CONSUME(T.Identifier), (word, start) => this.b.fieldWord(word, start)) },
      { GATE: () => name === "etiology", ALT: () => this.writeString(this.CONSUME(T.StringLiteral), (start, end, closed) => this.b.fieldString(start, end, closed)) },
    ]);
    this.ACTION(() => this.b.finishField(this.readTo()));
  });

  private procedure = this.RULE("procedure", () => {
    const keyword = this.CONSUME(T.kw("procedure"));
    this.ACTION(() => this.b.startProcedure(startOf(keyword), endOf(keyword)));
    this.writeWord(this.CONSUME(T.Identifier), (word, start) => this.b.procedureId(word, start));
    this.writeWord(this.CONSUME2(T.Identifier), (word, start) => this.b.procedureKind(word, start));
    this.CONSUME(T.kw("on"));
    this.writeDate(this.SUBRULE(this.date));
    this.CONSUME(T.kw("at"));
    this.SUBRULE(this.levels, { ARGS: [undefined] });
    this.OPTION(() => {
      this.CONSUME(T.kw("repeats"));
      this.writeWord(this.CONSUME3(T.Identifier), (word, start) => this.b.procedureRepeats(word, start));
    });
    this.blockItems("procedure", [{ ALT: () => this.SUBRULE(this.outcome) }, { ALT: () => this.SUBRULE(this.cement) }]);
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

  private cement = this.RULE("cement", () => {
    const keyword = this.CONSUME(T.kw("cement"));
    this.ACTION(() => this.b.startCement(startOf(keyword), endOf(keyword)));
    const volume = numberLiteral(this.CONSUME(T.NumberLiteral));
    this.ACTION(() => volume !== undefined && this.b.cementVolume(volume.start, volume.end, volume.value));
    this.CONSUME(T.kw("ml"));
    this.ACTION(() => this.b.finishPart(this.readTo()));
  });

  private recurrence = this.RULE("recurrence", () => {
    const keyword = this.CONSUME(T.kw("recurrence"));
    this.ACTION(() => this.b.startRecurrence(startOf(keyword), endOf(keyword)));
    this.CONSUME(T.kw("on"));
    this.writeDate(this.SUBRULE(this.date));
    this.OPTION(() => {
      this.CONSUME(T.kw("at"));
      this.SUBRULE(this.levels, { ARGS: [undefined] });
    });
    this.ACTION(() => this.b.finishRecurrence(this.readTo()));
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

  /** Levels, into `into` for a generic item, or written by the builder for the open procedure or recurrence. */
  private levels = this.RULE("levels", (into: A.LevelItem[] | undefined) => {
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const item = this.SUBRULE(this.levelItem);
        if (item !== undefined) this.ACTION(() => (into === undefined ? this.b.levelItem(item) : into.push(item)));
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
