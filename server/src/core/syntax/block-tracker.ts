/**
 * Which block a token stands in and which tokens start a statement, read from the
 * tokens alone (no parse). Completion uses it on text the user is still typing,
 * the formatter on text that parses; both need the same answer to "where does the
 * next item begin?".
 *
 * Statements start with their keyword (`measure`, `age`, `procedure`, `cement`, …),
 * except an outcome, which starts with its measure name. A keyword that only belongs
 * to an outer block (`patient` inside a procedure) closes the blocks a missing `}`
 * left open, so one unfinished block does not blur the rest of the file.
 */
import type { IToken } from "chevrotain";
import { BLOCK_NAMES, GRAMMAR, itemKeywords, type Part } from "../language/grammar";

export type BlockKind = "top" | "study" | "patient" | "procedure" | "other";

export interface Frame {
  readonly kind: BlockKind;
  /** The keyword that opened the block (`study`, `patient`, `procedure`). */
  readonly keyword?: IToken;
}

/** The keywords that start a statement in each block (../language/grammar.ts). */
const STARTERS: Record<BlockKind, ReadonlySet<string>> = {
  top: new Set(itemKeywords("top")),
  study: new Set(itemKeywords("study")),
  patient: new Set(itemKeywords("patient")),
  procedure: new Set(itemKeywords("procedure")),
  other: new Set(),
};

/** Keywords valid only in a patient block: met inside a procedure, they close it. */
const PATIENT_ONLY = new Set(GRAMMAR.patient.filter((item) => item.closesNested).map((item) => item.keyword!));

/** The block an item with a block of its own opens, by the block it is in and its keyword (`patient procedure`). */
const OPENS = new Map<string, BlockKind>(
  BLOCK_NAMES.flatMap((block) => GRAMMAR[block].flatMap((item) => item.parts.flatMap((part) => (typeof part === "object" && "block" in part ? [[`${block} ${item.keyword}`, part.block] as const] : [])))),
);

/** Procedure items whose keyword is followed by a name (`complication leak`): that name is not an outcome's measure. */
const NAMED_ITEMS = new Set(GRAMMAR.procedure.filter((item) => item.keyword && isNameFirst(item.parts)).map((item) => item.keyword!));

function isNameFirst(parts: readonly Part[]): boolean {
  const first = parts[0];
  return first !== undefined && typeof first === "object" && "token" in first && first.token === "IDENT";
}

/** The word of a keyword token (`Kw_age` → `age`), undefined for other tokens. */
export function keywordOf(token: IToken | undefined): string | undefined {
  const name = token?.tokenType.name;
  return name !== undefined && name.startsWith("Kw_") ? name.slice(3) : undefined;
}

/** Where a token ends (its image is what it covers of the text). */
export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

/** Tokens' offsets moved by `by`, in place: for tokens lexed from a stretch, or left in place by an edit before them. */
export function shiftTokens(tokens: readonly IToken[], by: number): void {
  for (const token of tokens) {
    token.startOffset += by;
    if (token.endOffset !== undefined) token.endOffset += by;
  }
}

export function isType(token: IToken | undefined, name: string): boolean {
  return token?.tokenType.name === name;
}

const SCORE = new Set(["NumberLiteral", "Question"]);

export class BlockTracker {
  /** Open blocks, innermost last; empty at top level. */
  readonly stack: Frame[] = [];
  /** Tokens of the statement being read in the innermost block. */
  statement: IToken[] = [];

  get frame(): Frame {
    return this.stack[this.stack.length - 1] ?? { kind: "top" };
  }

  /** The innermost open block of a kind (the patient around a procedure, …). */
  innermost(kind: BlockKind): Frame | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.kind === kind) return this.stack[i];
    return undefined;
  }

  /** Whether `token`, read next, begins a new statement of the current block. */
  startsStatement(token: IToken): boolean {
    const word = keywordOf(token);
    if (word === "study" || word === "patient") return true;
    const kind = this.frame.kind;
    if (word !== undefined && STARTERS[kind].has(word)) return true;
    if (kind === "procedure") {
      if (word !== undefined && PATIENT_ONLY.has(word)) return true;
      return isType(token, "Identifier") && this.statementComplete();
    }
    return false;
  }

  /** In a procedure body: whether the statement read so far leaves room for a new one. */
  private statementComplete(): boolean {
    const s = this.statement;
    if (s.length === 0) return true;
    const first = keywordOf(s[0]);
    if (first !== undefined && STARTERS.procedure.has(first)) return s.length > 1 || !NAMED_ITEMS.has(first);
    const last = s[s.length - 1];
    return SCORE.has(last!.tokenType.name) && isType(s[s.length - 2], "Arrow");
  }

  feed(token: IToken): void {
    const word = keywordOf(token);
    if (word === "study" || word === "patient") {
      this.stack.length = 0;
      this.statement = [token];
      return;
    }
    if (this.frame.kind === "procedure" && word !== undefined && PATIENT_ONLY.has(word)) {
      this.stack.pop();
      this.statement = [token];
      return;
    }
    if (isType(token, "LCurly")) {
      this.stack.push(this.opened());
      this.statement = [];
      return;
    }
    if (isType(token, "RCurly")) {
      this.stack.pop();
      this.statement = [];
      return;
    }
    if (this.startsStatement(token)) this.statement = [token];
    else this.statement.push(token);
  }

  /** The block a `{` opens, from the statement it ends. */
  private opened(): Frame {
    const keyword = this.statement[0];
    const kind = OPENS.get(`${this.frame.kind} ${keywordOf(keyword)}`);
    return kind === undefined ? { kind: "other" } : { kind, keyword: keyword! };
  }
}
