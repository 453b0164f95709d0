/**
 * A table's figure as the readable formats print it (Markdown, HTML, Word):
 * "9.0 ± 0.9", "60 [54–65]", "5/6 (83%)", "9 → 2". Rounding is format-numbers'.
 *
 * A value never breaks across lines in a narrow column: the spaces inside it
 * are no-break spaces (U+00A0) and a word joiner (U+2060) follows each en dash,
 * so "9.0 ±" / "0.9" or "60 [54–" / "65]" cannot happen in any renderer that
 * follows Unicode line breaking (VS Code's preview, browsers, Word, LibreOffice).
 */
import { formatCount, formatMeanSd, formatMedianIqr, formatMinMax, formatP, MISSING } from "./format-numbers";
import { wordsText, type Figure, type Words } from "./table";

const NBSP = "\u00a0";
const WORD_JOINER = "\u2060";

/** Keeps a value on one line: no-break spaces, no break after an en dash. */
export function unbreakable(text: string): string {
  return text.replace(/ /g, NBSP).replace(/–/g, `–${WORD_JOINER}`);
}

function score(x: number | null): string {
  return x === null ? "?" : String(x);
}

function rangeText(f: Extract<Figure, { kind: "range" }>): string {
  const s = f.stats;
  const whole = s.min !== null && s.max !== null && Number.isInteger(s.min) && Number.isInteger(s.max);
  return formatMinMax(s, whole ? 0 : f.decimals);
}

function plainFigureText(f: Figure, words: (w: Words) => string): string {
  switch (f.kind) {
    case "number":
      return String(f.value);
    case "meanSd":
      return formatMeanSd(f.stats, f.decimals);
    case "medianIqr":
      return formatMedianIqr(f.stats, f.decimals);
    case "range":
      return rangeText(f);
    case "count":
      return formatCount(f.of);
    case "p":
      return f.method === null ? formatP(f.p) : `${formatP(f.p)} (${f.method})`;
    case "change":
      return `${score(f.before)} → ${score(f.after)}`;
    case "several":
      return f.items.map((i) => `${words(i.label)}: ${unbreakable(plainFigureText(i.figure, words))}`).join("; ");
  }
}

/**
 * The figure as printed; `words` renders the file's text inside it (a procedure
 * id in "PV1: 9 → 2"), so Markdown can escape it. The em dash when nothing is there.
 */
export function figureText(f: Figure | null, words: (w: Words) => string = wordsText): string {
  if (f === null) return MISSING;
  const text = plainFigureText(f, words);
  return f.kind === "several" ? text : unbreakable(text);
}
