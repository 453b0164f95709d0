/**
 * Formatting: the canonical layout, reached in one step and stable after it; every
 * comment kept; the meaning (the syntax tree without offsets) unchanged; and no
 * edit at all on text with a syntax error.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatText } from "../../server/src/core/format/format";
import { lex } from "../../server/src/core/syntax/lexer";
import { parse } from "../../server/src/core/syntax/parse";
import { provideFormatting } from "../../server/src/lsp/features/formatting";
import { TWO_PATIENTS, applyEdits, docOf } from "./helpers";
import { plainTree } from "../syntax/plain-tree";

const TWO = { indent: "  " };
const format = (text: string) => formatText(text, TWO);

function edits(text: string, options = { tabSize: 2, insertSpaces: true }) {
  const doc = docOf(text);
  return { doc, edits: provideFormatting(doc, { textDocument: { uri: doc.uri }, options }) };
}

/** The syntax tree with every offset removed: what the file says, not where. */
function meaning(text: string): unknown {
  return plainTree(parse(text).file, { offsets: false });
}

const commentsOf = (text: string) => lex(text).comments.map((c) => c.image.trimEnd());

const samples = readdirSync("samples")
  .filter((f) => f.endsWith(".vcase"))
  .map((f) => [f, readFileSync(join("samples", f), "utf8")] as const);

const MESSY = `// Messy series   
study   "S"{reference "PMID 1"   measure pain "Pain" range 0 .. 10 better lower
      responder 3 /* the paper's threshold */ measure mobility range 0..4}
patient P1{age 78 sex F // from the chart
etiology osteoporosis
procedure PV1 vertebroplasty on 1996-05-14 at T11 - L1 , L2 { pain 9->2 mobility ? -> 1 cement 4.5 ml }



 // the repeat
procedure PV2 vertebroplasty // kind as written
 on 1996-06-01 at L1 repeats PV1 {
 pain 10->3 }
  note "ok"}
patient P2 {
    }
`;

const MESSY_FORMATTED = `// Messy series
study "S" {
  reference "PMID 1"
  measure pain "Pain" range 0..10 better lower responder 3 /* the paper's threshold */
  measure mobility range 0..4
}

patient P1 {
  age 78
  sex F // from the chart
  etiology osteoporosis
  procedure PV1 vertebroplasty on 1996-05-14 at T11-L1, L2 {
    pain 9 -> 2
    mobility ? -> 1
    cement 4.5 ml
  }

  // the repeat
  procedure PV2 vertebroplasty // kind as written
    on 1996-06-01 at L1 repeats PV1 {
    pain 10 -> 3
  }
  note "ok"
}

patient P2 {
}
`;

describe("the canonical layout", () => {
  test("a messy file: one item per line, canonical spacing, comments where they were", () => {
    expect(format(MESSY)).toBe(MESSY_FORMATTED);
  });

  test("the editor's indentation: tabs or N spaces", () => {
    const text = `patient P1 {\nage 78\nprocedure PV1 vertebroplasty on 1996-05-14 at T12 {\npain 9 -> 2\n}\n}\n`;
    const tabbed = edits(text, { tabSize: 4, insertSpaces: false });
    expect(applyEdits(tabbed.doc, tabbed.edits)).toBe(
      `patient P1 {\n\tage 78\n\tprocedure PV1 vertebroplasty on 1996-05-14 at T12 {\n\t\tpain 9 -> 2\n\t}\n}\n`,
    );
    expect(formatText(text, { indent: "    " })).toContain(`\n        pain 9 -> 2\n`);
  });

  test("blank lines: runs become one, none after `{` or before `}`, one between top-level blocks", () => {
    const text = `patient P1 {\n\n\n  age 78\n\n\n\n  sex F\n\n}\npatient P2 {\n  age 70\n}\n\n\n\n// end\n`;
    expect(format(text)).toBe(`patient P1 {\n  age 78\n\n  sex F\n}\n\npatient P2 {\n  age 70\n}\n\n// end\n`);
  });

  test("end-of-line comments aligned in a column stay aligned; others get one space", () => {
    const text = [
      "patient P1 {",
      "age   134                 // VC403",
      "    sex W                 // VC405",
      "procedure PV1 vertebroplasty on 2001-02-05 at T12 {   // longer than the column",
      "  pain 9->2 /* inline */ }",
      "}",
      "",
    ].join("\n");
    expect(format(text)).toBe(
      [
        "patient P1 {",
        "  age 134                 // VC403",
        "  sex W                   // VC405",
        "  procedure PV1 vertebroplasty on 2001-02-05 at T12 { // longer than the column",
        "    pain 9 -> 2 /* inline */",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("Windows line ends stay Windows line ends", () => {
    expect(format(`patient P1 {\r\nage 78\r\n}\r\n`)).toBe(`patient P1 {\r\n  age 78\r\n}\r\n`);
  });

  test("a multi-line block comment is kept as written", () => {
    const text = `patient P1 {\n      /* first line\n     second line */\n age 78\n}\n`;
    expect(format(text)).toBe(`patient P1 {\n  /* first line\n     second line */\n  age 78\n}\n`);
  });
});

describe("safe: idempotent, comments kept, meaning unchanged", () => {
  const fixtures: (readonly [string, string])[] = [...samples, ["messy", MESSY], ["two patients", TWO_PATIENTS]];

  test.each(fixtures)("%s", (_name, text) => {
    const once = format(text);
    expect(format(once)).toBe(once);
    expect(commentsOf(once)).toEqual(commentsOf(text));
    expect(meaning(once)).toEqual(meaning(text));
    // Messages may cite line numbers, which formatting moves; the findings stay the same.
    expect(docOf(once).analysis.diagnostics.map((d) => d.code)).toEqual(docOf(text).analysis.diagnostics.map((d) => d.code));
  });

  test("a canonical file gets no edit; any other gets one edit over the whole text", () => {
    expect(edits(MESSY_FORMATTED).edits).toEqual([]);
    const { doc, edits: changes } = edits(MESSY);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(applyEdits(doc, changes)).toBe(MESSY_FORMATTED);
  });

  test("changing only the spaces and line breaks between tokens does not change the result", () => {
    const base = samples.find(([f]) => f === "repeat-vertebroplasty.vcase")?.[1] ?? TWO_PATIENTS;
    const elements = [...lex(base).tokens, ...lex(base).comments].sort((a, b) => a.startOffset - b.startOffset);
    const isComment = (i: number) => elements[i] !== undefined && elements[i]!.tokenType.name.endsWith("Comment");
    const gaps = elements.slice(1).map((e, i) => {
      const start = elements[i]!.startOffset + elements[i]!.image.length;
      // Gaps beside a comment and blank lines are kept: they decide where a comment sits and which blank lines stay.
      const fixed = isComment(i) || isComment(i + 1) || /\n[ \t]*\n/.test(base.slice(start, e.startOffset));
      return { start, end: e.startOffset, fixed };
    });
    const expected = format(base);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", "   ", "\n", "\t", " \n    "), { minLength: gaps.length, maxLength: gaps.length }), (choices) => {
        let text = base.slice(0, elements[0]!.startOffset);
        gaps.forEach((g, i) => {
          text += elements[i]!.image + (g.fixed ? base.slice(g.start, g.end) : choices[i]!);
        });
        text += base.slice(elements[elements.length - 1]!.startOffset);
        expect(format(text)).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });
});

describe("no edit on text with a syntax error", () => {
  test.each([
    ["a token out of place", `patient P1 {\n  age 78\n  procedure PV1 on 1996-05-14 at T12 {\n  }\n}\n`],
    ["an unknown character", `patient P1 {\n   age 78 %\n}\n`],
    ["an open string", `patient P1 {\n   note "half\n}\n`],
    ["a missing brace", `patient P1 {\n   age 78\n`],
  ])("%s", (_name, text) => {
    expect(docOf(text).analysis.parsed.diagnostics.map((d) => d.code)).toContain("VC001");
    expect(edits(text).edits).toEqual([]);
    expect(format(text)).toBe(text);
  });

  test("a file that parses but fails validation is still formatted", () => {
    const text = `patient P1 {\n age 300\n  sex W\n}\n`;
    expect(docOf(text).analysis.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["VC403", "VC405"]));
    expect(format(text)).toBe(`patient P1 {\n  age 300\n  sex W\n}\n`);
  });

  test("an empty file stays empty", () => {
    expect(format("")).toBe("");
    expect(edits("").edits).toEqual([]);
  });
});
