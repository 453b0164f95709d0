/**
 * The fast parser against the Chevrotain parser. On any text they must agree: the
 * fast parser returns a tree exactly when the Chevrotain path reports no syntax
 * problem, and then the two trees (and the comments) are deep-equal. So a valid
 * file always takes the fast path, and nothing the fast path accepts could have
 * earned a VC001.
 *
 * `VCASE_FUZZ_RUNS` sets the runs per property and `VCASE_FUZZ_SEED` the seed, as
 * for the robustness tests (`npm run fuzz` includes this file).
 */
import { EOF, type IToken } from "chevrotain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort, toVcase } from "../../bench/generate";
import { fastParse } from "../../server/src/core/syntax/fast-parser";
import { BAIL, Scanner, TOKEN_TYPES } from "../../server/src/core/syntax/fast-scanner";
import { lex } from "../../server/src/core/syntax/lexer";
import { NONE } from "../../server/src/core/syntax/nodes";
import { parse, parseWithRecovery } from "../../server/src/core/syntax/parse";
import { isReadableNumber } from "../../server/src/core/syntax/parser";
import * as T from "../../server/src/core/syntax/tokens";
import { loadCorpus, RUNS, SEED, TIMEOUT_MS } from "../robustness/fuzz-support";
import { damagedGrammarFile, grammarFile, mutatedSample, tokenSoup } from "../robustness/text-arbitraries";
import { plainTree } from "./plain-tree";

const corpus = loadCorpus();

/** Both parsers read `text` without a syntax problem, into the same tree; and parse() takes the fast path. */
function expectSameTree(text: string): void {
  const slow = parseWithRecovery(text);
  expect(slow.diagnostics.map((d) => d.message)).toEqual([]);
  const fast = fastParse(text);
  expect(fast, "the fast parser declined a valid text").toBeDefined();
  expect(plainTree(fast!.file)).toStrictEqual(plainTree(slow.file));
  expect(fast!.comments).toStrictEqual(slow.comments);
  const parsed = parse(text);
  expect(parsed.diagnostics).toEqual([]);
  expect(plainTree(parsed.file)).toStrictEqual(plainTree(slow.file));
  expect(parsed.tokens).toStrictEqual(slow.tokens);
}

/** The fast parser declines `text`, and the Chevrotain path says why. */
function expectDeclined(text: string): void {
  expect(fastParse(text), "the fast parser accepted a text with a syntax problem").toBeUndefined();
  expect(parseWithRecovery(text).diagnostics.length).toBeGreaterThan(0);
  expect(parse(text).diagnostics).toEqual(parseWithRecovery(text).diagnostics);
}

/**
 * The differential property on one text. Returns whether the fast path took it, so
 * a property can check it was not vacuous.
 */
function agree(text: string): boolean {
  const fast = fastParse(text);
  const slow = parseWithRecovery(text);
  if (fast === undefined) {
    if (slow.diagnostics.length === 0) throw new Error(`valid text declined by the fast parser: ${JSON.stringify(text)}`);
    return false;
  }
  if (slow.diagnostics.length > 0) {
    throw new Error(`the fast parser accepted a text with VC001 (${slow.diagnostics[0]!.message}): ${JSON.stringify(text)}`);
  }
  expect(plainTree(fast.file)).toStrictEqual(plainTree(slow.file));
  expect(fast.comments).toStrictEqual(slow.comments);
  return true;
}

/**
 * The scanner cuts `text` into the tokens and comments the Chevrotain lexer gives,
 * with each number's value, or gives up on a text with a lexical problem (an unknown
 * character, an open string, a number too large to read). Returns whether it scanned.
 */
function scansLikeTheLexer(text: string): boolean {
  const scanner = new Scanner();
  const tokens: { type: string; start: number; end: number; value?: number }[] = [];
  let comments: IToken[] = [];
  let bailed = false;
  try {
    for (scanner.begin(text); TOKEN_TYPES[scanner.kind] !== EOF; scanner.next()) {
      const type = TOKEN_TYPES[scanner.kind]!;
      tokens.push({ type: type.name, start: scanner.start, end: scanner.end, ...(type === T.NumberLiteral ? { value: scanner.value } : {}) });
    }
    comments = scanner.comments;
  } catch (e) {
    if (e !== BAIL) throw e;
    bailed = true;
  } finally {
    scanner.finish();
  }
  const lexed = lex(text);
  const problem =
    lexed.unknown.length > 0 ||
    lexed.tokens.some((t) => t.tokenType === T.UnterminatedString || (t.tokenType === T.NumberLiteral && !isReadableNumber(t.image)));
  expect(bailed, `${JSON.stringify(text)}: the scanner ${bailed ? "gave up" : "did not give up"}`).toBe(problem);
  if (bailed) return false;
  expect(tokens).toStrictEqual(
    lexed.tokens.map((t) => ({
      type: t.tokenType.name,
      start: t.startOffset,
      end: t.startOffset + t.image.length,
      ...(t.tokenType === T.NumberLiteral ? { value: Number(t.image) } : {}),
    })),
  );
  expect(comments).toStrictEqual(lexed.comments);
  return true;
}

const HEADER = 'study "S" {\n  measure pain range 0..10\n}\n';
const patient = (body: string) => `${HEADER}patient P1 {\n${body}\n}\n`;
const procedure = (header: string, body = "pain 9 -> 2") => patient(`procedure PV1 vertebroplasty ${header} {\n${body}\n}`);

describe("the scanner cuts text where the Chevrotain lexer does", { timeout: TIMEOUT_MS }, () => {
  it("has a kind for every token type but whitespace, comments and the unterminated string", () => {
    const skipped = [T.WhiteSpace, T.LineComment, T.BlockComment, T.UnterminatedString];
    expect(new Set(TOKEN_TYPES.slice(1))).toEqual(new Set(T.ALL_TOKENS.filter((t) => !skipped.includes(t))));
    expect(TOKEN_TYPES).toHaveLength(new Set(TOKEN_TYPES).size);
  });

  it.each([
    "ageing age_ age1 agE T12a L1x L6 T0 S99 C T _T1 Sex sex",
    "-1 -> ->- - -- --1 1-1 T11-L1 T11-1 0..10 1..-2 1.5.5 1.5..2 00.50 -0 -0.0 999999999999999 0000000000000000001.5",
    "2020-01-01 2020-1-01 20201-01-01 2020-01-011 -2020-01-01 2020-01-01-5 2020-01-0 2020--01-01",
    '"a" "" "\\\\" "\\"" "a\\\u2028" "//" "/*" // "x"\n/* "x" */ /**/ /*/ */',
    "\ufeff\u00a0\f\v\t\r\n{},?",
    "1.",
    ". ..",
    "/",
    '"open',
    "/* open",
    "12345678901234567",
    "\u00e9",
    "\u2028",
    '"a\\\nb"',
    '"c\\\r"',
    '"d\\',
    "0.1 0.3 1.005 123456.789 0.000000000000000000000000001 1.7976931348623157 4.35 -123.456e",
  ])("%j", (text) => {
    scansLikeTheLexer(text);
  });

  it("on random short texts of the characters that matter to the lexer", () => {
    const chars = fc.constantFrom(..."aegilmnorstxyCLST_0159-.>/*\"\\?{},\n\r \t\u00a0\u2028\ufeff\u00e9");
    const text = fc.array(chars, { maxLength: 40 }).map((c) => c.join(""));
    let scanned = 0;
    fc.assert(fc.property(text, (t) => void (scanned += scansLikeTheLexer(t) ? 1 : 0)), { numRuns: RUNS * 8, seed: SEED + 11 });
    expect(scanned).toBeGreaterThan(RUNS);
  });

  it("on token soup and damaged samples", () => {
    fc.assert(fc.property(fc.oneof(tokenSoup, mutatedSample(corpus)), (t) => void scansLikeTheLexer(t)), { numRuns: RUNS * 2, seed: SEED + 13 });
  });
});

describe("the fast parser builds the Chevrotain parser's tree", () => {
  it.each(corpus.filter((c) => parseWithRecovery(c.text).diagnostics.length === 0).map((c) => [c.name, c.text]))("%s", (_, text) => {
    expectSameTree(text);
  });

  it("has valid samples to compare", () => {
    expect(corpus.filter((c) => parseWithRecovery(c.text).diagnostics.length === 0).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [1, 1],
    [2, 10],
    [3, 57],
    [4, 300],
    [20240601, 120],
  ])("generated cohort, seed %i, %i patients", (seed, patients) => {
    expectSameTree(toVcase(generateCohort(seed, patients)));
  });

  const edges: [string, string][] = [
    ["an empty file", ""],
    ["only whitespace", " \t\r\n\f\v\u00a0\ufeff"],
    ["only comments", "// one\n/* two\n   lines */ // three\r\n/**/"],
    ["a comment at the very end, without a newline", `${HEADER}// end`],
    ["comments between every token", `/*a*/study/*b*/"S"/*c*/{//d\nreference/*e*/"R"//f\r\nmeasure/**/pain/**/"P"/**/range/**/0/**/../**/10/**/better/**/lower/**/responder/**/3/**/}/*g*/patient/**/P1/**/{/**/age/**/7/**/procedure/**/PV1/**/v/**/on/**/day/**/1/**/at/**/T11/**/-/**/L1/**/,/**/L2/**/repeats/**/X/**/{/**/pain/**/9/**/->/**/?/**/cement/**/1/**/ml/**/}/**/}/**/`],
    ["a comment that looks like code, and `*/` inside a line comment", `// study "x" { */\n${HEADER}/* patient P9 { // */`],
    ["escaped quotes and backslashes", patient(String.raw`note "He said \"no\", C:\\dir\\ and \q and \/"` + "\n" + String.raw`note "\\"` + "\n" + String.raw`note "\""`)],
    ["a backslash before a line or paragraph separator stays", patient('note "a\\\u2028b\\\u2029c \u2028"')],
    ["a backslash before an astral character", patient('note "x\\\u{1F600}y"')],
    ["strings with unicode, `//` and `/*` inside", `study "Über /* not a comment */ // nor this" {\n  design "naïve — ✓"\n}`],
    ["an empty string", `study "" {\n}`],
    ["`day N` dates, negative and decimal", patient("procedure PV1 vertebroplasty on day 0 at L1 {\n}\nrecurrence on day -3\nprocedure PV2 k on day 12.5 at T1 repeats PV1 {\n}\nrecurrence on day 007 at C1")],
    ["calendar dates out of range (checked later, not a syntax error)", patient("procedure PV1 v on 0000-00-00 at L1 {\n}\nrecurrence on 9999-99-99 at S5")],
    ["level ranges and lists", procedure("on 2001-01-01 at T11-L1, L3,L4 - L5,S1")],
    ["levels that are no vertebra (checked later)", procedure("on 2001-01-01 at L6, T0, S99, C8-T13, T0000012, T" + "9".repeat(40))],
    ["`?` scores", procedure("on 2001-01-01 at L1", "pain ? -> ?\nmobility 3 -> ?\nodi ? -> 4")],
    ["negative numbers, -0, leading zeros, decimals", `study "S" {\n  measure pain range -5..-0 better higher responder -0.5\n  measure odi range 000..0100.50\n}\n` + patient("age -0\nprocedure PV1 v on 2001-01-01 at L1 {\ncement -1.25 ml\ncement 0.000000000000000000000000001 ml\npain -1 -> -2\n}")],
    ["the largest readable numbers", patient(`age 999999999999999\nage -000000000000000999999999999999.999999999999999999\nprocedure PV1 v on day 123456789012345 at L1 {\npain 0.1234567890123456789 -> 999999999999999.5\n}`)],
    ["keywords as prefixes of identifiers", patient("sex sexy\netiology ageing\nprocedure on1 atlas on day 1 at L1 repeats notes {\nmeasures 1 -> 2\ncement_ 3 -> 4\n}")],
    ["identifiers that begin like levels", patient("procedure T12a L1x on day 1 at T12 repeats Sex {\nC 1 -> 2\nS_1 3 -> 4\nL 5 -> 6\n}")],
    ["identifiers with underscores and capitals", patient("sex _\netiology __proto__\nprocedure constructor toString on day 1 at L1 {\nhasOwnProperty 1 -> 2\n}")],
    ["etiology as a string", patient('etiology "multiple myeloma"\netiology osteoporosis')],
    ["a measure without label, better or responder", 'study "S" {\n  measure pain range 0..10\n  measure mobility "M" range 0..4 responder 1\n  measure odi range 0..100 better higher\n}'],
    ["several studies and a study with nothing in it", `${HEADER}study "Two" {\n  reference "R1"\n  reference "R2"\n  design "D"\n}\nstudy "Three" {}\n`],
    ["a patient with nothing in it, and a procedure with nothing in it", "patient P1 {}\npatient P2 {\nprocedure PV1 v on day 1 at L1 {}\n}"],
    ["everything a patient and a procedure can hold", patient('age 80\nsex F\netiology "x"\nnote "n1"\nprocedure PV1 v on 2001-01-01 at L1 {\nnote "p"\ncement 1 ml\npain 1 -> 2\nnote "q"\ncement 2 ml\n}\nrecurrence on 2001-02-01\nrecurrence on 2001-03-01 at L1, L2\nnote "n2"\nsex M')],
    ["no spaces where none are needed", `study"S"{measure pain range 0..10better lower responder 3}patient P1{age 78sex F etiology"x"procedure PV1 v on 2001-01-01at T11-L1,L2{pain 9->2 cement 4.5ml}recurrence on day 3at L1}`],
    ["unicode whitespace, a BOM, and every line ending", "\ufeffstudy\u00a0\"S\"\f{\v}\r\npatient\tP1\u00a0{\rage\ufeff78\r\n}\n"],
    ["a date followed directly by a word", procedure("on 2001-01-01at L1")],
    [
      "thousands of different short words (more than the parser keeps one copy of)",
      patient(
        Array.from({ length: 3000 }, (_, i) => `procedure X${i} k${i % 997} on day ${i} at T${i % 13} repeats Y${i} {\nm${i} ${i} -> ${i + 1}\n}`).join("\n"),
      ),
    ],
  ];
  it.each(edges)("%s", (_, text) => {
    expectSameTree(text);
  });

  it("gives patients, procedures and recurrences without a list the shared empty list, and exact-size lists", () => {
    const text = patient("procedure PV1 v on day 1 at L1 {\npain 1 -> 2\n}\nrecurrence on day 3");
    const file = fastParse(text)!.file;
    const p = file.patients[0]!;
    expect(p.notes).toBe(NONE);
    expect(p.recurrences[0]!.levels).toBe(NONE);
    expect(p.procedures[0]!.cements).toBe(NONE);
    expect(p.procedures[0]!.outcomes).toHaveLength(1);
    // The views read the tree's rows whichever parser read the text.
    expect(parse(text).damaged).toEqual([]);
    expect(parse(text).file.patients[0]!.notes).toBe(NONE);
    expect(parseWithRecovery(text).file.patients[0]!.notes).toBe(NONE);
  });
});

describe("the fast parser declines what the Chevrotain parser reports", () => {
  const declined: [string, string][] = [
    ["a character no token matches", patient("age 78 #")],
    ["a letter outside ASCII", patient("sex é")],
    ["a line separator outside a string", patient("age 78\u2028")],
    ["a NUL", patient("age\u000078")],
    ["a comment that is never closed", `${HEADER}/* open`],
    ["`/*/`, which does not close itself", `${HEADER}/*/`],
    ["a lone slash", `${HEADER}/`],
    ["a string left open", patient('note "open\nage 78')],
    ["a string ending in a backslash", patient('note "open\\')],
    ["a backslash before a line break in a string", patient('note "two\\\nlines"')],
    ["a backslash before a carriage return in a string", patient('note "two\\\r\nlines"')],
    ["a single dot", `study "S" {\n  measure pain range 0.10\n}`],
    ["a number with a dot and no decimals", patient("age 78.")],
    ["a number too large to read", patient("age 1234567890123456")],
    ["a too large number where no number belongs", `${HEADER}// fine\n9999999999999999`],
    ["a too large number as a score", procedure("on day 1 at L1", "pain 1234567890123456.5 -> 2")],
    ["a date with one-digit month", procedure("on 2001-1-01 at L1")],
    ["a date with a five-digit year", procedure("on 20011-01-01 at L1")],
    ["a date followed by a digit", procedure("on 2001-01-011 at L1")],
    ["a level range with a number", procedure("on day 1 at T11-1")],
    ["a missing closing brace", `${HEADER}patient P1 {\n  age 78\n`],
    ["an extra closing brace", `${HEADER}}`],
    ["a keyword as a patient id", "patient age {}"],
    ["a level as a procedure id", patient("procedure T12 v on day 1 at L1 {}")],
    ["a string as the sex", patient('sex "F"')],
    ["a word as the age", patient("age old")],
    ["`better` without a direction", 'study "S" {\n  measure pain range 0..10 better\n}'],
    ["a comma with no level after it", procedure("on day 1 at L1,")],
    ["an outcome without `->`", procedure("on day 1 at L1", "pain 9 2")],
    ["`-->`", procedure("on day 1 at L1", "pain 9 --> 2")],
    ["`day` without a number", procedure("on day at L1")],
    ["a measure without a range", 'study "S" {\n  measure pain\n}'],
    ["text after the last block", `${HEADER}stray`],
  ];
  it.each(declined)("%s", (_, text) => {
    expectDeclined(text);
  });
});

describe("on random texts, the fast parser and the Chevrotain parser agree", { timeout: TIMEOUT_MS }, () => {
  const params = (index: number, runs = RUNS): fc.Parameters<[string]> => ({ numRuns: runs, seed: SEED + index * 104729, endOnFailure: true });

  /** Separators that keep a valid file valid, and a few that join tokens. */
  const SEPARATORS = [" ", "\n", "  ", "\t", "\r\n", "\r", "\u00a0", "\ufeff", "\f", "\v", " /* c */ ", "/**/", " // c\n", "//\r\n", "\n/* a\nb */\n"];
  const respaced = fc
    .tuple(grammarFile, fc.array(fc.nat(SEPARATORS.length + 1), { minLength: 1, maxLength: 40 }))
    .map(([text, picks]) => {
      let i = 0;
      return text.replace(/\s+/g, () => {
        const pick = picks[i++ % picks.length]!;
        return pick < SEPARATORS.length ? SEPARATORS[pick]! : pick === SEPARATORS.length ? "" : "\u2028";
      });
    });

  it("files built from the grammar, with whitespace and comments of every kind between tokens", () => {
    let accepted = 0;
    fc.assert(fc.property(respaced, (text) => void (accepted += agree(text) ? 1 : 0)), params(1));
    expect(accepted, "too few valid texts to test the fast path").toBeGreaterThan(RUNS / 10);
  });

  it("files built from the grammar", () => {
    let accepted = 0;
    fc.assert(fc.property(grammarFile, (text) => void (accepted += agree(text) ? 1 : 0)), params(2));
    expect(accepted, "too few valid texts to test the fast path").toBeGreaterThan(RUNS / 4);
  });

  it("token soup of the language's own words", () => {
    fc.assert(fc.property(tokenSoup, (text) => void agree(text)), params(3));
  });

  it("files built from the grammar, then damaged", () => {
    fc.assert(fc.property(damagedGrammarFile(2), (text) => void agree(text)), params(4));
  });

  it("samples with deleted, duplicated, swapped tokens and lines, bytes, BOM, CRLF and long lines", () => {
    fc.assert(fc.property(mutatedSample(corpus), (text) => void agree(text)), params(5, Math.ceil(RUNS / 2)));
  });

  it("short strings of the characters that matter to the lexer", () => {
    const chars = fc.constantFrom(..."aeglnopstxyCLST_019-.>/*\"\\?{},\n \u00a0\u2028\u00e9");
    const text = fc.array(chars, { maxLength: 30 }).map((c) => c.join(""));
    fc.assert(fc.property(text, (t) => void agree(t)), params(6, RUNS * 4));
  });
});
