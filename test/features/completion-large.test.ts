/**
 * Completion reads only the block around the cursor (query/completion-context.ts):
 * from the last line before it that starts a block to the next one. What a user sees
 * must not depend on that: a damaged block elsewhere, a block line inside a comment,
 * the study header and the text before the first block are completed as before, and
 * at every offset of generated and damaged texts the suggestions are those read from
 * the whole text's tokens.
 */
import type { IToken } from "chevrotain";
import { describe, expect, test } from "vitest";
import type { CompletionItem } from "vscode-languageserver";
import { generateCohort, prng, toVcase } from "../../bench/generate";
import { analyze, type Analysis } from "../../server/src/core/analyze";
import { completionContext, contextFromTokens, type CompletionContext } from "../../server/src/core/query/completion-context";
import { completionsAt, completionsFor, type Completions } from "../../server/src/core/query/completions";
import { blockLineBefore } from "../../server/src/core/syntax/block-lines";
import { lex } from "../../server/src/core/syntax/lexer";
import { provideCompletion } from "../../server/src/lsp/features/completion";
import { HEADER, cursor } from "./helpers";

function complete(marked: string): CompletionItem[] {
  const { doc, position } = cursor(marked);
  return provideCompletion(doc, { textDocument: { uri: doc.uri }, position });
}
const labels = (marked: string) => complete(marked).map((i) => i.label);

/** A generated registry: its study header (with the comment above it) and its patient blocks, each ending in `}`. */
function registry(patients: number): { header: string; blocks: string[] } {
  const [header, ...blocks] = toVcase(generateCohort(20240601, patients)).split(/\n(?=patient )/);
  return { header: `${header!}\n`, blocks: blocks.map((b) => b.trimEnd()) };
}

/** The 5th patient's block with the cursor marked at three places: a new patient item, a new procedure item, a level after `at`. */
function markedPlaces(block: string): string[] {
  const lastClose = block.lastIndexOf("\n}");
  const firstOpen = block.indexOf("{\n", block.indexOf("procedure"));
  const at = block.indexOf(" at ", block.indexOf("procedure")) + 4;
  return [
    `${block.slice(0, lastClose)}\n  |${block.slice(lastClose)}`,
    `${block.slice(0, firstOpen + 2)}    |\n${block.slice(firstOpen + 2)}`,
    `${block.slice(0, at)}|, ${block.slice(at)}`,
  ];
}

describe("what a user sees in a file of many patients", () => {
  const { header, blocks } = registry(6);
  const damages: Record<string, (block: string) => string> = {
    "its closing `}` missing": (b) => b.slice(0, b.lastIndexOf("}")),
    "garbage in it": (b) => b.replace("\n  sex", "\n  @@ pain -> \"open\n  sex"),
    "a procedure left open": (b) => b.replace(/\n {2}\}\n/, "\n"),
  };

  for (const [damage, damaged] of Object.entries(damages)) {
    test(`inside the 5th patient, with the 2nd patient's block having ${damage}: as in a file of that one patient`, () => {
      expect(damaged(blocks[1]!)).not.toBe(blocks[1]);
      for (const marked of markedPlaces(blocks[4]!)) {
        const others = blocks.map((b, i) => (i === 1 ? damaged(b) : b));
        const whole = [...others.slice(0, 4), marked, ...others.slice(5)].join("\n\n");
        const alone = labels(`${header}\n${marked}\n`);
        expect(alone.length).toBeGreaterThan(0);
        expect(labels(`${header}\n${whole}\n`)).toEqual(alone);
      }
    });
  }

  test("a `patient` line inside a block comment does not start a block", () => {
    const commented = `${HEADER}\npatient P1 {\n  age 70\n  /* moved:\npatient P9 {\n  age 71\n  */\n  |\n}\n`;
    expect(labels(commented)).toEqual(["sex", "etiology", "procedure", "recurrence", "complication", "followup", "note", "procedure PV1 { … }"]);
    expect(labels(`${HEADER}\n/*\nstudy "old" {\n*/\npatient P1 {\n  sex |`)).toEqual(["F", "M", "female", "male", "other", "unknown"]);
  });

  test("inside the study header, before the patients", () => {
    const text = `${header}\n${blocks.join("\n\n")}\n`;
    const inHeader = text.replace("\n  design", "\n  |\n  design");
    expect(labels(inHeader)).toEqual(["reference", "design", "measure", "complication", "visit"]);
    expect(labels(text.replace("range 0..4 better ", "range 0..4 better |"))).toEqual(["lower", "higher"]);
  });

  test("before the first block: the top-level items, with an id no patient of the file has", () => {
    const text = `${header}\n${blocks.join("\n\n")}\n`;
    expect(labels(`|${text}`)).toEqual(["study", "patient", "patient P7 { … }"]);
    expect(labels(`// a registry\n\n|\n${text}`)).toEqual(["study", "patient", "patient P7 { … }"]);
  });

  test("the `patient` keyword being typed at the start of a line is still a word being typed", () => {
    const text = `${header}\n${blocks.slice(0, 2).join("\n\n")}\n\npatient|`;
    expect(labels(text)).toEqual(["study", "patient", "patient P3 { … }"]);
    expect(complete(text).every((i) => i.textEdit !== undefined && "range" in i.textEdit && i.textEdit.range.start.character === 0)).toBe(true);
  });

  test("a `patient` keyword the parser did not keep as a patient is not taken for the patient around it", () => {
    // Recovery reads `patient P2 {` in a procedure header as part of P1; the items are P2's, none of P1's fields left out.
    expect(labels(`patient P1 {\n  age 70\n  procedure PV1 patient P2 {\n  |\n}\n}\n`)).toEqual([
      "age", "sex", "etiology", "procedure", "recurrence", "complication", "followup", "note", "procedure PV1 { … }",
    ]);
  });

  test("a patient id past 2^53 gets a fresh id one past it (the id was once counted as a Number, and completion never returned)", () => {
    expect(labels(`patient P9007199254740992 {}\n|`)).toEqual(["study", "patient", 'study "Title" { … }', "patient P9007199254740993 { … }"]);
    expect(labels(`patient P1 {\n  procedure PV9007199254740993 kyphoplasty on 2001-01-01 at L1 {}\n  procedure |`)).toEqual(["PV9007199254740994"]);
    expect(labels(`patient P007 {}\npatient |`)).toEqual(["P8"]);
    expect(labels(`patient P3 {}\npatient P4a {}\npatient p9 {}\npatient PV7 {}\npatient P02 {}\npatient P {}\npatient |`)).toEqual(["P4"]);
  });
});

describe("blockLineBefore", () => {
  test("finds the last block line whose keyword starts before the offset, reading backwards", () => {
    const text = "x patient A\n  patients\n\t study \"S\"\npatient P1";
    expect(blockLineBefore(text, text.length)).toEqual({ start: 35, keywordEnd: 42 });
    expect(blockLineBefore(text, 36)).toEqual({ start: 35, keywordEnd: 42 });
    expect(blockLineBefore(text, 35)).toEqual({ start: 25, keywordEnd: 30 });
    expect(blockLineBefore(text, 25)).toBeUndefined();
    expect(blockLineBefore("\n\npatient", 3)).toEqual({ start: 2, keywordEnd: 9 });
    expect(blockLineBefore("\n\npatient", 2)).toBeUndefined();
    expect(blockLineBefore("", 0)).toBeUndefined();
  });
});

/** The context as completion read it before: from the whole text's tokens, up to the cursor; undefined in a comment. */
function fromWholeText(analysis: Analysis, tokens: readonly IToken[], at: number): CompletionContext | undefined {
  const end = (c: IToken) => c.startOffset + c.image.length;
  const inComment = analysis.parsed.comments.some((c) =>
    c.tokenType.name === "LineComment" ? at > c.startOffset && at <= end(c) : at > c.startOffset && at < end(c),
  );
  return inComment ? undefined : contextFromTokens(analysis, tokens, at);
}

/** What a user may leave anywhere while typing: braces, comment marks, quotes, block keywords at a line start, stray marks. */
const DAMAGE = ["}", "{", "/*", "*/", "//", "\"", "@", "\npatient ", "\n  patient P", "\nstudy ", "\npatient P1 {", "procedure ", " at ", " repeats ", ",", "-", "\n", "/* patient P1 {\n */"];

/** The text with `count` random insertions and deletions, from a seeded generator. */
function damaged(text: string, seed: number, count: number): string {
  const random = prng(seed);
  let out = text;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * (out.length + 1));
    if (random() < 0.3) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 12));
    else out = out.slice(0, at) + DAMAGE[Math.floor(random() * DAMAGE.length)]! + out.slice(at);
  }
  return out;
}

describe("at every offset, the same suggestions as read from the whole text's tokens", () => {
  const clean = toVcase(generateCohort(20240601, 15));
  const texts: Record<string, string> = {
    "a generated registry": clean,
    "the same, cut in the middle of a patient": clean.slice(0, clean.indexOf("\n  procedure", clean.length >> 1) + 14),
  };
  for (let seed = 1; seed <= 6; seed++) texts[`damaged at ${seed * 4} places (seed ${seed})`] = damaged(clean, seed, seed * 4);

  for (const [name, text] of Object.entries(texts)) {
    test(name, () => {
      const analysis = analyze(text, { today: "2024-06-01" });
      const tokens = lex(text).tokens;
      for (let offset = 0; offset <= text.length + 1; offset++) {
        const at = Math.min(offset, text.length);
        const whole = fromWholeText(analysis, tokens, at);
        const expected: Completions = whole ? completionsFor(analysis, whole) : { replace: { start: at, end: at }, items: [] };
        expect(completionsAt(analysis, offset), `offset ${offset}`).toEqual(expected);
        if (whole === undefined) continue;
        const context = completionContext(analysis, offset);
        expect(context.patient, `patient at offset ${offset}`).toBe(whole.patient);
        expect(context.procedure, `procedure at offset ${offset}`).toBe(whole.procedure);
      }
    });
  }
});
