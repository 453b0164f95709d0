/**
 * Parsing again after an edit (syntax/reparse.ts) must give exactly what parsing the
 * whole edited text gives: the same tree with the same offsets, the same syntax
 * diagnostics, comments and damaged stretches. Checked on random edits of valid,
 * damaged and commented texts, one edit at a time and in chains of edits, as the
 * server makes them keystroke after keystroke.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCohort, prng, toVcase } from "../../bench/generate";
import { analyze } from "../../server/src/core/analyze";
import { summaryJson } from "../../server/src/core/report/summary-json";
import { parse, type ParseResult } from "../../server/src/core/syntax/parse";
import { reparse } from "../../server/src/core/syntax/reparse";
import { SEED } from "../robustness/fuzz-support";
import { plainTree } from "./plain-tree";

/** Edits per text: 300 by default, `VCASE_FUZZ_RUNS` under `npm run fuzz`; seeded by `VCASE_FUZZ_SEED`. */
const RUNS = Number(process.env["VCASE_FUZZ_RUNS"] ?? 300);

/** What may be typed or pasted: characters, tokens, lines, whole blocks, the start or end of a comment. */
const PIECES = [
  "", "7", "x", " ", "}", "{", "\n", "?", "@", "-", "->", " -> ", "..", '"', "T12", "L1-L2", "/*", "*/", "// note\n",
  "pain 3 -> 1\n", "  age 70\n", "2020-02-30", "day 12", "repeats PV1", "patient", "study", "complication", " symptomatic",
  "patient P99 {\n  age 70\n}\n", "procedure PV9 vertebroplasty on 2020-01-01 at L1 {\n}\n", 'study "S" {\n}\n',
];

const BASES: Record<string, string> = {
  "a generated registry": toVcase(generateCohort(3, 30)),
  // Over 4,096 characters on either side of most edits: reparse.ts compares texts a chunk at a time.
  "a longer registry": toVcase(generateCohort(4, 120)),
  "the sample": readFileSync("samples/repeat-vertebroplasty.vcase", "utf8"),
  "the diagnostics tour": readFileSync("samples/diagnostics.vcase", "utf8"),
  "a registry with comments": toVcase(generateCohort(5, 20)).replace(/\n\npatient P(\d*5) /g, "\n/* before P$1\npatient X { */\n// and a line\npatient P$1 "),
  // Complications are kept as nodes beside the patients' rows (syntax/tree/syntax-tree.ts `items`), moved by an edit before them.
  "a registry with complications": toVcase(generateCohort(6, 30))
    .replace(/\n {2}\}\n/g, '\n    complication leak at L1 symptomatic "seen"\n  }\n')
    .replace(/\n\}\n/g, "\n  complication fracture on day 90 at T11-T12\n}\n"),
};

function edited(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const removed = random() < 0.5 ? 0 : Math.floor(random() * 12);
  const piece = PIECES[Math.floor(random() * PIECES.length)]!;
  return text.slice(0, at) + piece + text.slice(Math.min(text.length, at + removed));
}

/** A parse result as plain data: the tree with every offset, diagnostics, comments as the lexer gives them, damaged stretches. */
function plain(result: ParseResult) {
  return {
    file: plainTree(result.file),
    diagnostics: result.diagnostics,
    comments: result.comments.map((c) => ({ start: c.startOffset, image: c.image, type: c.tokenType.name })),
    damaged: result.damaged,
    wholeText: result.wholeText,
  };
}

describe("parsing again after an edit", () => {
  for (const [name, base] of Object.entries(BASES)) {
    it(`gives what a full parse gives, edit after edit, on ${name}`, () => {
      const random = prng(SEED + name.length * 7919);
      let reused = 0;
      let edits = 0;
      for (let chain = 0; chain < RUNS / 20; chain++) {
        let text = base;
        let parsed = parse(text);
        for (let step = 0; step < 20; step++) {
          const next = edited(text, random);
          const full = parse(next);
          const again = reparse(parsed, text, next);
          edits++;
          if (again !== undefined) {
            reused++;
            // Compared as JSON first (a deep comparison of every tree is slow), then in full to show a difference.
            if (JSON.stringify(plain(again)) !== JSON.stringify(plain(full))) expect(plain(again), `edit ${step} of chain ${chain}`).toEqual(plain(full));
          }
          // As the server does: the next edit starts from what this one gave.
          parsed = again ?? full;
          text = next;
        }
      }
      // Most edits land inside a block, and the test is about those, so they must be
      // most. Not with block comments that hold a `patient` line: a damaged block's
      // stretch then ends inside a comment, the whole text is read in one piece, and
      // so is every later version of that chain.
      expect(reused / edits).toBeGreaterThan(name.includes("comments") ? 0.2 : 0.5);
    }, Math.max(30_000, RUNS * 60));
  }

  it("declines what only a full parse reads right: an edit to a block's keyword, or before the first block", () => {
    const text = toVcase(generateCohort(9, 5));
    const at = text.indexOf("patient P3");
    expect(reparse(parse(text), text, text.slice(0, at + 3) + "X" + text.slice(at + 3))).toBeUndefined();
    expect(reparse(parse(text), text, "// a new first line\n" + text)).toBeUndefined();
    expect(reparse(parse(text), text, text)).toBeUndefined();
  });

  it("gives the same diagnostics and figures when an analysis is made from the last one", () => {
    const random = prng(42);
    let text = toVcase(generateCohort(8, 40));
    let analysis = analyze(text, { today: "2024-06-01" });
    for (let step = 0; step < 60; step++) {
      text = edited(text, random);
      const fresh = analyze(text, { today: "2024-06-01" });
      analysis = analyze(text, { today: "2024-06-01" }, analysis);
      expect(analysis.diagnostics, `step ${step}`).toEqual(fresh.diagnostics);
      const json = (a: typeof fresh) => summaryJson({ fileLabel: "x", model: a.model, figures: a.figures, errors: a.errorCount, warnings: a.warningCount });
      expect(json(analysis)).toEqual(json(fresh));
    }
  });
});
