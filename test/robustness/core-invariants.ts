/**
 * What must hold for any text at all, checked on every input of the core fuzz
 * tests: the analysis finishes in bounded time, every diagnostic lies inside the
 * document, every figure is a finite number or null, the summary is valid JSON,
 * and what is at the cursor is found in its block as in the index of the whole file.
 */
import { analyze, type Analysis } from "../../server/src/core/analyze";
import { patientRows } from "../../server/src/core/cohort/patient-rows";
import { collectOccurrences, occurrenceAt, occurrenceAtOffset } from "../../server/src/core/query/symbols";
import { targetAt } from "../../server/src/core/query/target";
import { summaryJson } from "../../server/src/core/report/summary-json";
import { CATALOGUE } from "../../server/src/core/validation/catalogue";
import { TODAY } from "./fuzz-support";

/** Generous per-input bound: a guard against hangs, not a timing goal. */
export function timeBoundMs(text: string): number {
  return 2_000 + (text.length / 100_000) * 2_000;
}

/** Every number reachable from `value` (through objects, arrays and maps), with its path. */
export function badNumbers(value: unknown, path = "$", seen = new Set<object>()): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map) return [...value].flatMap(([k, v]) => badNumbers(v, `${path}.get(${String(k)})`, seen));
  return Object.entries(value).flatMap(([k, v]) => badNumbers(v, `${path}.${k}`, seen));
}

function fail(text: string, what: string): never {
  const shown = JSON.stringify(text.length > 300 ? text.slice(0, 300) + "…" : text);
  throw new Error(`${what}\n  input (${text.length} chars): ${shown}`);
}

/**
 * Analyse `text` and check what must hold for any text at all. Throws (failing the
 * property) with the reason; returns the analysis for further checks.
 */
/** What the core properties have run in this process, for the closing line of `npm run fuzz`. */
export const coreTally = { inputs: 0, slowestMs: 0, slowestLength: 0, longest: 0 };


export function checkCoreInvariants(text: string): Analysis {
  const started = performance.now();
  const analysis = analyze(text, { today: TODAY });
  const figures = analysis.figures;
  const json = JSON.stringify(
    summaryJson({ fileLabel: "fuzz.vcase", model: analysis.model, figures, errors: analysis.errorCount, warnings: analysis.warningCount }),
  );
  const rows = patientRows(analysis.model);
  const occurrences = collectOccurrences(analysis.model);
  for (const offset of [0, text.length >> 1, text.length]) targetAt(analysis, offset);
  const elapsed = performance.now() - started;
  coreTally.inputs++;
  coreTally.longest = Math.max(coreTally.longest, text.length);
  if (elapsed > coreTally.slowestMs) Object.assign(coreTally, { slowestMs: elapsed, slowestLength: text.length });

  if (elapsed > timeBoundMs(text)) fail(text, `analysis took ${elapsed.toFixed(0)} ms`);
  for (const d of analysis.diagnostics) {
    const { start, end } = d.span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      fail(text, `${d.code} span [${start}, ${end}) lies outside the document`);
    }
    if (!(d.code in CATALOGUE) || typeof d.message !== "string" || d.message.trim() === "") fail(text, `bad diagnostic ${JSON.stringify(d)}`);
    for (const s of [d.data?.removeSpan].filter((x) => x !== undefined)) {
      if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) fail(text, `${d.code} removeSpan outside the document`);
    }
  }
  for (const o of occurrences) {
    if (!(0 <= o.span.start && o.span.start <= o.span.end && o.span.end <= text.length)) fail(text, `occurrence ${o.key} outside the document`);
    // Hover and go to definition look only in the block at the cursor: they must find what the whole index finds.
    const inBlock = occurrenceAtOffset(analysis.model, o.span.end);
    const inIndex = occurrenceAt(occurrences, o.span.end);
    if (inBlock?.key !== inIndex?.key || inBlock?.span.start !== inIndex?.span.start) fail(text, `the occurrence at ${o.span.end} is not found in its block`);
  }
  if (analysis.errorCount + analysis.warningCount !== analysis.diagnostics.length) fail(text, "diagnostic counts disagree");
  const nonFinite = badNumbers(figures);
  if (nonFinite.length > 0) fail(text, `figures not finite: ${nonFinite.slice(0, 3).join(", ")}`);
  try {
    JSON.parse(json);
  } catch (e) {
    fail(text, `summary JSON does not parse back: ${String(e)}`);
  }
  if (badNumbers(rows).length > 0) fail(text, `patient rows not finite: ${badNumbers(rows).slice(0, 3).join(", ")}`);
  return analysis;
}
