/**
 * The one description of the .vcase language (docs/language.md): each block and
 * its items, each item's keyword, parts, node kind, one-line help and example.
 * The keyword tokens (syntax/tokens.ts, syntax/fast-scanner.ts), the block
 * tracker's item sets, the items error messages and completion name, the fuzz
 * generator (test/robustness/text-arbitraries.ts) and the TextMate keyword
 * patterns (scripts/generate-grammar.mjs) are derived from this file.
 *
 * A part is a keyword or mark written as is (`"range"`, `".."`), a value token
 * (`NUMBER`, `STRING`, …), optional parts (`opt`), a choice (`oneOf`), or the
 * body of a nested block (`block`).
 */

/** The kinds of value a part may be. `values` are sample values for the fuzz generator. */
export type ValueToken = "NUMBER" | "STRING" | "IDENT" | "DATE" | "LEVELS" | "SCORE";

export type Part =
  | string
  | { readonly token: ValueToken; readonly role?: string; readonly values?: readonly string[]; readonly field?: string }
  /** With a `field`, a keyword alone (`symptomatic`): the field holds its span when written. */
  | { readonly optional: readonly Part[]; readonly field?: string }
  /** With a `field`, the node's field holds the word chosen (`lost` or `died`), as a Word. */
  | { readonly oneOf: readonly (readonly Part[])[]; readonly field?: string }
  /** Zero or more entries (`pain 2 odi 30`), each read as the keyword-less item `many` into the list `field`. */
  | { readonly many: Item; readonly field: string }
  | { readonly block: BlockName };

export type BlockName = "top" | "study" | "patient" | "procedure";

export interface Item {
  /** The keyword the item starts with; undefined for an outcome, which starts with a measure name. */
  readonly keyword?: string;
  /** What follows the keyword. */
  readonly parts: readonly Part[];
  /** The kind of node the parsers build (syntax/ast.ts). */
  readonly node: string;
  /** One line on what the item takes, shown by completion. */
  readonly help: string;
  /** One line as an author writes it. */
  readonly example: string;
  /** Opens a block or declares something: coloured as a control keyword. */
  readonly opens?: boolean;
  /** Valid only in this block: met in a nested block, it closes that block (block-tracker.ts). */
  readonly closesNested?: boolean;
  /**
   * Read by the generic item readers of both parsers (syntax/fast-item.ts,
   * syntax/parser.ts): the node gets each part's `field`, and goes into the list
   * `list` of the block's node. Items without `list` have a reader of their own.
   */
  readonly list?: string;
}

const token = (t: ValueToken, role?: string, values?: readonly string[]): Part => ({ token: t, ...(role && { role }), ...(values && { values }) });
/** A value the generic readers put in the node's field `field`. */
const into = (field: string, t: ValueToken, role?: string, values?: readonly string[]): Part => ({ token: t, field, ...(role && { role }), ...(values && { values }) });
const opt = (...parts: Part[]): Part => ({ optional: parts });
/** A keyword that may be written alone: the node's field `field` holds its span. */
const flag = (word: string): Part => ({ optional: [word], field: word });
const oneOf = (...alternatives: Part[][]): Part => ({ oneOf: alternatives });

const STRING = token("STRING");
const LEVELS = token("LEVELS");
/** `1996-05-14` or `day 12`. */
const DATE = token("DATE");
/** `complication KIND [on DATE] [at LEVELS] [symptomatic] ["text"]`, in a patient or a procedure. */
const COMPLICATION: Item = {
  keyword: "complication",
  parts: [into("kind", "IDENT", "complication kind"), opt("on", into("date", "DATE")), opt("at", into("levels", "LEVELS")), flag("symptomatic"), opt(into("text", "STRING"))],
  node: "Complication",
  list: "complications",
  opens: true,
  help: "A complication: its kind, and if known its date, levels, `symptomatic` and a description",
  example: 'complication leak at L1 "paravertebral, no symptoms"',
};
/** `note "text"`, in a patient or a procedure: free text, which no figure reads. */
const NOTE: Item = {
  keyword: "note",
  parts: [into("text", "STRING")],
  node: "Note",
  list: "notes",
  help: "Free text in double quotes",
  example: 'note "Recurrent pain arose from the previously treated level."',
};
/** `visit ID [on DATE] { MEASURE SCORE … }` in a procedure: the scores at one follow-up visit. */
const VISIT_SCORE: Item = {
  parts: [into("measure", "IDENT", "measure name"), into("score", "SCORE")],
  node: "VisitScore",
  help: "A score at the visit: measure score",
  example: "pain 2",
};
/** The values of `sex`: checked (VC405), completed and named in messages from here. */
export const SEX_VALUES = ["F", "M", "female", "male", "other", "unknown"] as const;
/** The same, as a sentence names them. */
export const SEX_LIST = `${SEX_VALUES.slice(0, -1).join(", ")} or ${SEX_VALUES[SEX_VALUES.length - 1]}`;
/** The procedure kinds completion offers beside those a cohort uses. */
export const PROCEDURE_KINDS = ["vertebroplasty", "kyphoplasty"] as const;

export const GRAMMAR: Readonly<Record<BlockName, readonly Item[]>> = {
  top: [
    { keyword: "study", parts: [STRING, { block: "study" }], node: "Study", opens: true, help: "The study header: title, reference, design and the outcome measures", example: 'study "Repeat vertebroplasty" {' },
    { keyword: "patient", parts: [token("IDENT", "patient id"), { block: "patient" }], node: "Patient", opens: true, help: "A patient: id, then age, sex, etiology, procedures and recurrences", example: "patient P1 {" },
  ],
  study: [
    { keyword: "reference", parts: [into("text", "STRING")], node: "Reference", list: "references", help: 'Where the series is published, e.g. "PMID 12427618"', example: 'reference "PMID 12427618"' },
    { keyword: "design", parts: [into("text", "STRING")], node: "Design", list: "designs", help: 'The study design, e.g. "retrospective case series"', example: 'design "retrospective case series"' },
    {
      keyword: "measure",
      parts: [
        into("name", "IDENT", "measure name"), opt(into("label", "STRING")), "range", into("rangeMin", "NUMBER"), "..", into("rangeMax", "NUMBER"),
        opt("better", { oneOf: [["lower"], ["higher"]], field: "better" }), opt("responder", into("responder", "NUMBER")),
      ],
      node: "Measure",
      list: "measures",
      opens: true,
      help: "An outcome measure: name, label, range MIN..MAX, better lower|higher, responder N",
      example: 'measure pain "Pain (11-point scale)" range 0..10 better lower responder 3',
    },
    {
      keyword: "complication",
      parts: [into("kind", "IDENT", "complication kind"), opt(into("label", "STRING"))],
      node: "ComplicationKind",
      list: "complications",
      opens: true,
      help: "A kind of complication the cohort records: its name and a label",
      example: 'complication leak "Cement leakage"',
    },
    {
      keyword: "visit",
      parts: [into("id", "IDENT", "visit id"), opt(into("label", "STRING")), "day", into("day", "NUMBER"), opt("window", into("window", "NUMBER"))],
      node: "VisitDecl",
      list: "visits",
      opens: true,
      help: "A follow-up visit of the schedule: id, label, day N after the procedure, window N days",
      example: 'visit w6 "6 weeks" day 42 window 14',
    },
  ],
  patient: [
    // The single-valued fields, each its own item: the patient's view lists them together as its `fields`. Each
    // value is a choice (of one, for an age or a sex): a syntax error there then skips the line, rather than taking
    // the word after a stray one for the value (`sex` then a `visit w6 …` line would read the sex `w6`).
    { keyword: "age", parts: [oneOf([into("value", "NUMBER")])], node: "Age", list: "ages", closesNested: true, help: "Age in years (0–120)", example: "age 78" },
    { keyword: "sex", parts: [oneOf([into("value", "IDENT", "sex", SEX_VALUES)])], node: "Sex", list: "sexes", closesNested: true, help: SEX_LIST, example: "sex F" },
    {
      keyword: "etiology",
      parts: [oneOf([into("word", "IDENT", "etiology", ["osteoporosis"])], [into("text", "STRING")])],
      node: "Etiology",
      list: "etiologies",
      closesNested: true,
      help: 'The cause, e.g. osteoporosis or "multiple myeloma"',
      example: "etiology osteoporosis",
    },
    {
      keyword: "procedure",
      parts: [token("IDENT", "procedure id"), token("IDENT", "procedure kind", PROCEDURE_KINDS), "on", DATE, "at", LEVELS, opt("repeats", token("IDENT", "procedure id")), { block: "procedure" }],
      node: "Procedure",
      opens: true,
      closesNested: true,
      help: "A procedure: id, kind, date, levels, and `repeats` for a repeat",
      example: "procedure PV2 vertebroplasty on 1996-06-03 at T12 repeats PV1 {",
    },
    { keyword: "recurrence", parts: ["on", into("date", "DATE"), opt("at", into("levels", "LEVELS"))], node: "Recurrence", list: "recurrences", opens: true, closesNested: true, help: "A recurrence of pain: date and, if known, levels", example: "recurrence on 1996-05-22 at T12" },
    COMPLICATION,
    {
      keyword: "followup",
      parts: ["until", into("until", "DATE"), opt({ oneOf: [["lost"], ["died"]], field: "status" })],
      node: "FollowUp",
      list: "followups",
      opens: true,
      closesNested: true,
      help: "The last date the patient was seen, and `lost` (to follow-up) or `died`; neither: follow-up completed",
      example: "followup until 2021-01-11",
    },
    NOTE,
  ],
  procedure: [
    { parts: [token("IDENT", "measure name"), token("SCORE"), "->", token("SCORE")], node: "Outcome", help: "A score before and after: measure before -> after", example: "pain 9 -> 2" },
    { keyword: "cement", parts: [into("volume", "NUMBER"), "ml"], node: "Cement", list: "cements", help: "Cement volume: cement N ml", example: "cement 4.5 ml" },
    COMPLICATION,
    {
      keyword: "visit",
      parts: [into("id", "IDENT", "visit id"), opt("on", into("date", "DATE")), "{", { many: VISIT_SCORE, field: "scores" }, "}"],
      node: "Visit",
      list: "visits",
      opens: true,
      help: "The scores at a follow-up visit: visit ID [on DATE] { measure score … }",
      example: "visit w6 on 2020-02-17 { pain 2 odi 30 }",
    },
    NOTE,
  ],
};

/** Help for the keywords that are parts of an item rather than its first word. */
export const WORD_HELP: Readonly<Record<string, string>> = {
  range: "The scale of the measure: range MIN..MAX",
  better: "Which direction is an improvement (lower when not given)",
  lower: "Lower scores are better",
  higher: "Higher scores are better",
  responder: "The least improvement, in points, that counts a patient as a responder",
  ml: "Millilitres",
  on: "The date: YYYY-MM-DD, or day N",
  day: "Days from the patient's own origin: day N",
  at: "The vertebral levels, e.g. T12, L1 or T11-L1",
  repeats: "Makes this a repeat of an earlier procedure of the same patient",
  symptomatic: "The complication caused symptoms",
  window: "How many days from the visit's nominal day are accepted (0: any day)",
  until: "The last date the patient was seen: followup until DATE",
  lost: "Lost to follow-up at that date",
  died: "The patient died at that date",
};

export const BLOCK_NAMES: readonly BlockName[] = ["top", "study", "patient", "procedure"];

/** The keywords that start an item of `block`, in the description's order. */
export function itemKeywords(block: BlockName): string[] {
  return GRAMMAR[block].flatMap((item) => (item.keyword === undefined ? [] : [item.keyword]));
}

/** Keywords a value token may be written with: `day 12`. */
const TOKEN_WORDS: Partial<Record<ValueToken, readonly string[]>> = { DATE: ["day"] };

/** The words written as is in `parts` (keywords and marks), in order, nested parts included. */
function literalsOf(parts: readonly Part[], into: string[]): string[] {
  for (const part of parts) {
    if (typeof part === "string") into.push(part);
    else if ("token" in part) into.push(...(TOKEN_WORDS[part.token] ?? []));
    else if ("optional" in part) literalsOf(part.optional, into);
    else if ("oneOf" in part) for (const alternative of part.oneOf) literalsOf(alternative, into);
    else if ("many" in part) literalsOf(part.many.parts, into);
  }
  return into;
}

const isWord = (s: string): boolean => /^[a-z]+$/.test(s);

/** Every keyword of the language: items' keywords and the words of their parts, each once, in the description's order. */
export const KEYWORDS: readonly string[] = [
  ...new Set(BLOCK_NAMES.flatMap((block) => GRAMMAR[block].flatMap((item) => [...(item.keyword ? [item.keyword] : []), ...literalsOf(item.parts, []).filter(isWord)]))),
];

/** The keywords coloured as control keywords (they open a block or declare something); the others are plain keywords. */
export const OPENING_KEYWORDS: readonly string[] = [...new Set(BLOCK_NAMES.flatMap((b) => GRAMMAR[b].filter((i) => i.opens && i.keyword).map((i) => i.keyword!)))];

/**
 * The one-line help of a keyword: the item's own in `block` (a `visit` in a procedure
 * is not the study's `visit`), else the first item's of that keyword, else WORD_HELP's.
 */
export function keywordHelp(word: string, block?: BlockName): string | undefined {
  const own = block === undefined ? undefined : GRAMMAR[block].find((item) => item.keyword === word);
  if (own !== undefined) return own.help;
  for (const b of BLOCK_NAMES) for (const item of GRAMMAR[b]) if (item.keyword === word) return item.help;
  return WORD_HELP[word];
}

/** The items of `block` read by the generic readers (those with a `list`). */
export function genericItems(block: BlockName): Item[] {
  return GRAMMAR[block].filter((item) => item.list !== undefined);
}

