/**
 * What an author feels in the editor: re-analysis after typing one character in a
 * 2,000-line file, and a hover on the study title of a large cohort (the first
 * hover computes the cohort figures, the next ones read them from the analysis).
 */
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, type Analysis } from "../server/src/core/analyze";
import { analyzeDocument } from "../server/src/lsp/analyzed-document";
import { provideHover } from "../server/src/lsp/features/hover";
import { timeSteady, timeSync, type RunCounts, type Timing } from "./measure";

/**
 * The text and the text with one score retyped (`pain 9` → `pain 8`) in the middle
 * of the file; runs alternate between the two, as keystrokes would.
 */
export function oneCharacterEdit(text: string): [string, string] {
  const at = text.indexOf("    pain ", text.length >> 1) + "    pain ".length;
  const digit = text[at]!;
  const typed = digit === "8" ? "7" : "8";
  return [text, text.slice(0, at) + typed + text.slice(at + 1)];
}

/**
 * The same text with one syntax error typed in the middle (the score after the
 * arrow replaced by a letter, `pain 9 -> 2` → `pain 9 -> x`): such text goes
 * through the parser that recovers from errors and explains them, the slower of the two.
 */
export function withSyntaxError(text: string): string {
  const line = text.indexOf("    pain ", text.length >> 1);
  const at = text.indexOf("-> ", line) + "-> ".length;
  const end = text.indexOf("\n", at);
  return text.slice(0, at) + "x" + text.slice(end);
}

/**
 * Full analyze() of the edited text, diagnostics only (the figures are computed on
 * first use), once per keystroke, back to back. As in the server, whose cache holds
 * a document's analysis until the next version's is ready, the previous analysis
 * is alive while the next one runs; and no collection is forced between
 * keystrokes, so each pays its share of the collector's work (timeSteady).
 */
export function timeReanalysis(text: string, counts: RunCounts): Timing {
  const texts = oneCharacterEdit(text);
  let previous: Analysis | undefined;
  const timing = timeSteady(counts, (i) => (previous = analyze(texts[i % 2]!)));
  void previous;
  return timing;
}

/**
 * The same, but each keystroke's analysis made from the last one, as the server
 * makes it (lsp/analyzed-document.ts): only the edited block is parsed again
 * (syntax/reparse.ts); linking and every check still run over the whole file.
 */
export function timeReanalysisFromLast(text: string, counts: RunCounts): Timing {
  const texts = oneCharacterEdit(text);
  let previous: Analysis | undefined = analyze(texts[1]!);
  const timing = timeSteady(counts, (i) => (previous = analyze(texts[i % 2]!, {}, previous)));
  void previous;
  return timing;
}

/** As timeReanalysis, when every keystroke leaves one syntax error in the file. */
export function timeReanalysisWithSyntaxError(text: string, counts: RunCounts): Timing {
  return timeReanalysis(withSyntaxError(text), counts);
}

export interface HoverTimes {
  /** The first hover: computes the cohort figures and the symbol index. */
  readonly first: number;
  /** Later hovers on the same version. */
  readonly cached: Timing;
  /** What the hover said, to show that it says something. */
  readonly firstLine: string;
}

export function timeStudyHover(text: string, counts: RunCounts): HoverTimes {
  const doc = analyzeDocument(TextDocument.create("file:///bench/cohort.vcase", "vcase", 1, text));
  const title = doc.analysis.model.study?.title;
  if (title === undefined) throw new Error("the benchmark cohort has no study title");
  const params = {
    textDocument: { uri: doc.uri },
    position: doc.analysis.lines.positionAt(title.span.start + 1),
  };
  const start = performance.now();
  const hover = provideHover(doc, params);
  const first = performance.now() - start;
  const value = hover !== null && typeof hover.contents === "object" && "value" in hover.contents ? hover.contents.value : "";
  return {
    first,
    cached: timeSync(counts, () => provideHover(doc, params)),
    firstLine: value.split("\n")[0] ?? "",
  };
}
