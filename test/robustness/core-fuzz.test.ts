/**
 * The core never throws and never hangs, whatever the text: arbitrary strings,
 * .vcase-like token soup, files built from the grammar with absurd values, and
 * samples damaged the way real files are damaged
 * (deleted, duplicated and swapped tokens and lines, random bytes, NUL, BOM, CRLF,
 * lone surrogates, 10,000-character lines, truncation). For every input the
 * invariants of core-invariants.ts hold: diagnostics inside the document, finite
 * figures, a summary that is valid JSON, and a bounded time.
 *
 * `VCASE_FUZZ_RUNS` sets the runs per property (300 by default; `npm run fuzz`
 * runs many more) and `VCASE_FUZZ_SEED` the seed.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { checkCoreInvariants, coreTally } from "./core-invariants";
import { fcParams, loadCorpus, REPORTING, RUNS, TIMEOUT_MS } from "./fuzz-support";
import { codePointString, damagedGrammarFile, grammarFile, mutatedSample, tokenSoup, utf16String } from "./text-arbitraries";

const corpus = loadCorpus();

beforeAll(() => {
  analyze(corpus[0]!.text); // builds the shared parser once, outside the time bounds
});

afterAll(() => {
  if (!REPORTING) return;
  const { inputs, slowestMs, slowestLength, longest } = coreTally;
  console.log(
    `core fuzz: ${inputs} inputs (${RUNS} per property), longest ${longest} chars, ` +
      `slowest ${slowestMs.toFixed(0)} ms on ${slowestLength} chars`,
  );
});

describe("the core on any text", { timeout: TIMEOUT_MS }, () => {
  it("has samples to mutate", () => {
    expect(corpus.length).toBeGreaterThan(0);
  });

  it("arbitrary unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 2_000 }), (t) => void checkCoreInvariants(t)), fcParams(1));
  });

  it("arbitrary UTF-16 strings, lone surrogates included", () => {
    fc.assert(fc.property(utf16String(2_000), (t) => void checkCoreInvariants(t)), fcParams(2));
  });

  it("arbitrary full-unicode and ASCII strings", () => {
    const text = fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 2_000 }), codePointString(500), fc.string({ unit: "grapheme-composite", maxLength: 500 }));
    fc.assert(fc.property(text, (t) => void checkCoreInvariants(t)), fcParams(3));
  });

  it("token soup of the language's own words", () => {
    fc.assert(fc.property(tokenSoup, (t) => void checkCoreInvariants(t)), fcParams(4));
  });

  it("files built from the grammar, with values from sane to absurd", () => {
    fc.assert(fc.property(grammarFile, (t) => void checkCoreInvariants(t)), fcParams(6));
  });

  it("files built from the grammar, then damaged", () => {
    fc.assert(fc.property(damagedGrammarFile(3), (t) => void checkCoreInvariants(t)), fcParams(7));
  });

  it("samples with deleted, duplicated, swapped tokens and lines, bytes, NUL, BOM, CRLF and long lines", () => {
    fc.assert(fc.property(mutatedSample(corpus), (t) => void checkCoreInvariants(t)), fcParams(5));
  });

  it("every prefix of the samples (truncation at every position)", () => {
    // Every position at large counts, an even spread at the default count.
    for (const { text } of corpus.slice(0, 3)) {
      const step = Math.max(1, Math.floor(text.length / Math.max(RUNS, 1)));
      for (let end = 0; end <= text.length; end += step) checkCoreInvariants(text.slice(0, end));
    }
  });

  it("pathological texts: long runs of one mark, open comments and strings, deep braces", () => {
    const many = (s: string, n = 20_000) => s.repeat(Math.ceil(n / s.length));
    for (const t of [
      many("/*"), many("\""), many("{"), many("}"), many("-"), many("->"), many(".."), many("?"), many("\0"), many("\uD800"),
      many("patient "), many("patient P1 { "), many("procedure "), many("T12, "), many("T11-"), many("pain 9 -> "), many("9"),
      many("measure pain range 0..10 "), many("study \"s\" { "), many("a"), "\uFEFF".repeat(1000), many("\r"), many("\r\n"),
      "study \"s\" { measure m range 0.." + "9".repeat(5_000) + " }\npatient P { procedure A k on 2001-01-01 at T1 { m 1 -> " + "9".repeat(400) + " } }",
    ]) {
      checkCoreInvariants(t);
    }
  });
});
