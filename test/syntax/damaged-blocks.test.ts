/**
 * parse() on text with syntax errors: the block the fast parser declines (and what
 * follows it up to the next line that starts a block) goes through the Chevrotain
 * parser, and the fast parser reads on. What a user sees must not depend on that:
 * a syntax error is reported exactly when the whole-text parser reports one, the
 * blocks around a damaged one are read as if it were not there, and the messages
 * say what a reader of that block needs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCohort, toVcase } from "../../bench/generate";
import type { VcaseFile } from "../../server/src/core/syntax/ast";
import { NONE } from "../../server/src/core/syntax/nodes";
import { nextBlockLine } from "../../server/src/core/syntax/block-lines";
import { parse, parseWithRecovery } from "../../server/src/core/syntax/parse";
import { loadCorpus, RUNS, SEED, TIMEOUT_MS } from "../robustness/fuzz-support";
import { damagedGrammarFile, grammarFile, mutatedSample, tokenSoup } from "../robustness/text-arbitraries";
import { plainTree } from "./plain-tree";

/** A node and everything under it, without offsets: blocks compared across texts where they moved. */
const withoutOffsets = (value: unknown) => plainTree(value, { offsets: false });

/** Blocks in text order, none overlapping the next, all inside the text. */
function expectOrderedBlocks(file: VcaseFile, length: number): void {
  const blocks = [...file.studies, ...file.patients].sort((a, b) => a.start - b.start);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    expect(0 <= b.start && b.start <= b.end && b.end <= length, `block [${b.start}, ${b.end}) of a ${length}-character text`).toBe(true);
    if (i > 0) expect(blocks[i - 1]!.end, "a block overlaps the next").toBeLessThanOrEqual(b.start);
  }
  expect(file.patients.map((p) => p.start)).toEqual([...file.patients.map((p) => p.start)].sort((a, b) => a - b));
}

/** What parse() must share with the whole-text parser on any text. */
function agreeOnErrors(text: string): void {
  const pieces = parse(text);
  const whole = parseWithRecovery(text);
  expect(pieces.diagnostics.length > 0, "one parser found a syntax error and the other none").toBe(whole.diagnostics.length > 0);
  for (const d of pieces.diagnostics) {
    expect(d.code).toBe("VC001");
    expect(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length).toBe(true);
  }
  const starts = pieces.diagnostics.map((d) => d.span.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expectOrderedBlocks(pieces.file, text.length);
}

const COHORT = toVcase(generateCohort(7, 30));
const VALID = parse(COHORT);

/** Where each patient block of COHORT starts and ends. */
const BLOCKS = VALID.file.patients.map((p) => ({ start: p.start, end: p.end }));

describe("a damaged patient among valid ones", () => {
  it("starts from a valid cohort", () => {
    expect(VALID.diagnostics).toEqual([]);
    expect(VALID.file.patients).toHaveLength(30);
  });

  it("leaves every other patient as it was, and reports the damage (any character replaced by a mark)", { timeout: TIMEOUT_MS }, () => {
    const damage = fc.record({
      patient: fc.nat(BLOCKS.length - 1),
      at: fc.nat(),
      mark: fc.constantFrom("#", "{", "}", "\"", "-", ".", ",", "?", "x", "é", " ", "9"),
    });
    let damaged = 0;
    const validPatients = VALID.file.patients.map((p) => plainTree(p));
    fc.assert(
      fc.property(damage, ({ patient, at, mark }) => {
        const block = BLOCKS[patient]!;
        const i = block.start + (at % (block.end - block.start));
        const text = COHORT.slice(0, i) + mark + COHORT.slice(i + 1);
        const parsed = parse(text);
        agreeOnErrors(text);
        if (parsed.diagnostics.length === 0) return;
        damaged++;
        // The same length: every other patient is deep-equal, offsets included.
        const patients = plainTree(parsed.file.patients) as unknown[];
        for (const [j, valid] of VALID.file.patients.entries()) {
          if (j === patient) continue;
          expect(patients, `patient ${valid.id?.text} changed`).toContainEqual(validPatients[j]);
        }
      }),
      { numRuns: RUNS, seed: SEED + 31 },
    );
    expect(damaged, "too few texts with a syntax error to test").toBeGreaterThan(RUNS / 4);
  });

  it("reads the patients after a patient whose closing brace is missing", () => {
    const third = BLOCKS[2]!;
    const text = COHORT.slice(0, third.end - 1) + COHORT.slice(third.end);
    const parsed = parse(text);
    expect(parsed.diagnostics.map((d) => d.message)).toEqual([
      "`patient` is not a patient item; expected `age`, `sex`, `etiology`, `procedure`, `recurrence`, `complication`, `followup`, `note`, or `}` to close the patient.",
    ]);
    expect(parsed.diagnostics[0]!.span.start).toBe(BLOCKS[3]!.start - 1);
    expect(parsed.file.patients).toHaveLength(30);
    expect(withoutOffsets(parsed.file.patients.slice(3))).toEqual(withoutOffsets(VALID.file.patients.slice(3)));
    expect(withoutOffsets(parsed.file.patients[2]!.procedures)).toEqual(withoutOffsets(VALID.file.patients[2]!.procedures));
  });

  it("keeps the study's measures when the study header's closing brace is missing", () => {
    const header = VALID.file.studies[0]!;
    const text = COHORT.slice(0, header.end - 1) + COHORT.slice(header.end);
    const parsed = parse(text);
    expect(parsed.diagnostics.map((d) => d.message)).toEqual([
      "`patient` is not a study header item; expected `reference`, `design`, `measure`, `complication`, `visit`, or `}` to close the study.",
    ]);
    expect(withoutOffsets(parsed.file.studies[0]!.measures)).toEqual(withoutOffsets(header.measures));
    expect(withoutOffsets(parsed.file.patients)).toEqual(withoutOffsets(VALID.file.patients));
  });

  it("says the file ends before the last patient is closed, when it does", () => {
    const text = COHORT.trimEnd().slice(0, -1);
    const parsed = parse(text);
    expect(parsed.diagnostics.map((d) => d.message)).toEqual(["The file ends before the patient is closed; add `}` at its end."]);
    expect(parsed.file.patients).toHaveLength(30);
  });

  it("reports each of several damaged patients once, and reads the rest", () => {
    let text = COHORT;
    for (const k of [25, 12, 4]) {
      const at = text.indexOf(" -> ", BLOCKS[k]!.start) + 4;
      text = text.slice(0, at) + "x" + text.slice(at + 1);
    }
    const parsed = parse(text);
    expect(parsed.diagnostics.map((d) => d.message)).toEqual(
      Array(3).fill("Expected a score (a number, or `?` if it was not recorded) after `->`, but found `x`."),
    );
    expect(parsed.diagnostics.map((d) => d.span.start)).toEqual([4, 12, 25].map((k) => text.indexOf(" -> ", BLOCKS[k]!.start) + 4));
    for (const j of [0, 1, 2, 3, 5, 11, 13, 24, 26, 29]) expect(plainTree(parsed.file.patients[j])).toStrictEqual(plainTree(VALID.file.patients[j]));
  });

  it("reads a comment that spans the next block's first line as a comment", () => {
    // The damaged stretch would end at `patient P99`, inside the comment: the whole
    // text is read instead, and the commented-out patient is not a patient.
    const text = `${COHORT}patient P98 {\n  age 7#\n  /* left out:\npatient P99 {\n  age 60\n}\n*/\n}\n`;
    const parsed = parse(text);
    expect(parsed.file.patients.map((p) => p.id?.text)).not.toContain("P99");
    expect(parsed.diagnostics).toEqual(parseWithRecovery(text).diagnostics);
    expect(parsed.diagnostics).toHaveLength(1);
  });

  it("gives one diagnostic a place where one damaged block follows another", () => {
    // The first block's view of `patient` (not a patient item) and the second block's
    // own stumble there (no id before the end) are one place: one diagnostic.
    const text = "patient P1 {\n  age 70\npatient\n";
    expect(parse(text).diagnostics.map((d) => [d.span.start, d.message])).toEqual([
      [22, "`patient` is not a patient item; expected `age`, `sex`, `etiology`, `procedure`, `recurrence`, `complication`, `followup`, `note`, or `}` to close the patient."],
    ]);
  });

  it("reports a block that stops at the end of its line on that line", () => {
    // Each `patient` lacks its id: each line is told so, not the line after it.
    const text = "patient\n".repeat(3);
    expect(parse(text).diagnostics.map((d) => [d.span.start, d.message])).toEqual([
      [0, "Expected a patient id such as P1 after `patient`, but found `patient`."],
      [8, "Expected a patient id such as P1 after `patient`, but found `patient`."],
      [16, "Expected a patient id such as P1 after `patient`, but found the end of the file."],
    ]);
  });

  it("reads a text damaged in more than 64 blocks as one piece, as the whole-text parser does", () => {
    // Block by block, each `patient` line is reported; in one piece, every second one.
    const many = "patient\n".repeat(65);
    expect(parse(many).diagnostics).toEqual(parseWithRecovery(many).diagnostics);
    expect(parse(many).diagnostics).toHaveLength(33);
    const fewer = "patient\n".repeat(64);
    expect(parse(fewer).diagnostics).toHaveLength(64);
    expect(parseWithRecovery(fewer).diagnostics).toHaveLength(32);
  });

  it("reads a registry of 2,000 patients with one mistyped score: one error, every other patient intact", () => {
    const big = toVcase(generateCohort(11, 2000));
    const valid = parse(big);
    const at = big.indexOf(" -> ", big.length >> 1);
    const text = big.slice(0, at + 4) + "x" + big.slice(at + 5);
    const parsed = parse(text);
    expect(parsed.diagnostics.map((d) => d.message)).toEqual(["Expected a score (a number, or `?` if it was not recorded) after `->`, but found `x`."]);
    const damaged = valid.file.patients.findIndex((p) => p.start <= at && at < p.end);
    expect(parsed.file.patients).toHaveLength(2000);
    for (const [j, p] of valid.file.patients.entries()) if (j !== damaged) expect(plainTree(parsed.file.patients[j])).toStrictEqual(plainTree(p));
    // The 1,999 others were read by the fast parser (which gives a patient without
    // notes the shared empty list), not the whole text by the slow one.
    const withoutNotes = valid.file.patients.flatMap((p, j) => (j !== damaged && p.notes === NONE ? [j] : []));
    expect(withoutNotes.length).toBeGreaterThan(1000);
    for (const j of withoutNotes) expect(parsed.file.patients[j]!.notes).toBe(NONE);
  });
});

describe("nextBlockLine", () => {
  it("finds a block keyword at the start of a line, after spaces and tabs, as a whole word", () => {
    const text = "x patient A\n  patients\n\t study \"S\"\npatient P1";
    expect(nextBlockLine(text, 0)).toEqual({ start: 25, keywordEnd: 30 });
    expect(nextBlockLine(text, 26)).toEqual({ start: 35, keywordEnd: 42 });
    expect(nextBlockLine(text, 36)).toBeUndefined();
    expect(nextBlockLine("patient", 0)).toEqual({ start: 0, keywordEnd: 7 });
    expect(nextBlockLine("", 0)).toBeUndefined();
  });
});

describe("on random texts, parse() reports a syntax error exactly when the whole-text parser does", { timeout: TIMEOUT_MS }, () => {
  const corpus = loadCorpus();
  const params = (index: number, runs = RUNS) => ({ numRuns: runs, seed: SEED + index * 7919, endOnFailure: true });

  it("files built from the grammar, then damaged", () => {
    fc.assert(fc.property(damagedGrammarFile(3), agreeOnErrors), params(1));
  });

  it("files built from the grammar", () => {
    fc.assert(fc.property(grammarFile, agreeOnErrors), params(2));
  });

  it("token soup of the language's own words, one block to a line", () => {
    fc.assert(fc.property(tokenSoup.map((t) => t.replace(/ (patient|study)\b/g, "\n$1")), agreeOnErrors), params(3));
  });

  it("samples with deleted, duplicated, swapped tokens and lines, bytes, BOM, CRLF and long lines", () => {
    fc.assert(fc.property(mutatedSample(corpus), agreeOnErrors), params(4, Math.ceil(RUNS / 2)));
  });

  it("short lines of the characters and words that matter", () => {
    const part = fc.constantFrom("patient", "study", "P1", "{", "}", "\n", " ", "/*", "*/", "//", "\"", "age", "7", "#", "procedure", "on", "day", "at", "L1", "->");
    const text = fc.array(part, { maxLength: 40 }).map((p) => p.join(" "));
    fc.assert(fc.property(text, agreeOnErrors), params(5, RUNS * 2));
  });
});
