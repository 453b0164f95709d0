/**
 * The one pipeline every consumer calls: text → tokens → syntax tree → linked model
 * → diagnostics, with the cohort figures computed on first use. The server caches
 * one Analysis per document version; the command line makes one per file.
 */
import { computeCohort } from "./cohort/figures";
import type { CohortFigures } from "./cohort/types";
import { keepShapes } from "./kept-shapes";
import { linkCohort, type CohortModel } from "./model/cohort-model";
import { todayNumber } from "./model/dates";
import { v2Input } from "./model/v2-input";
import { settleFractions } from "./mistakes/fractions";
import { parse, type ParseResult } from "./syntax/parse";
import { reparse } from "./syntax/reparse";
import { LineIndex } from "./text/line-index";
import type { Diagnostic } from "./validation/diagnostic";
import { compareDiagnostics, validate } from "./validation/validate";

export interface AnalysisOptions {
  /** Today as YYYY-MM-DD, for VC204; the clock when absent. */
  readonly today?: string;
  /** Whether dates after today are flagged (VC204). Default true. */
  readonly futureDates?: boolean;
}

export interface Analysis {
  readonly text: string;
  readonly lines: LineIndex;
  readonly parsed: ParseResult;
  readonly model: CohortModel;
  /** Syntax and validation diagnostics, in text order. */
  readonly diagnostics: readonly Diagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** The cohort figures of spec §5, computed once, on first use. */
  readonly figures: CohortFigures;
}

/**
 * Syntax diagnostics and validation's (already sorted) in one list, in the order
 * validation sorts by: text order, then code, so a syntax error (VC001) comes first at a tie.
 */
function inTextOrder(syntax: readonly Diagnostic[], checks: Diagnostic[]): Diagnostic[] {
  if (syntax.length === 0) return checks;
  return [...syntax, ...checks].sort(compareDiagnostics);
}

/**
 * An analysis, its figures computed on first use. A class, not an object literal
 * with a getter: each such literal carries a new getter function, which the engine
 * keeps in a hidden class of its own until the next full collection, and with it
 * the whole analysis. Re-analysing on every keystroke, the garbage collector then
 * copied every old analysis it could not yet free: half the time of a re-analysis.
 * Measured again for issue 33 (300 keystrokes in a 2,000-line file, 15 processes
 * each way): 0.81 ms of CPU a keystroke with such a literal, 0.66 ms with the class.
 */
class AnalysisResult implements Analysis {
  private computed: CohortFigures | undefined;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly parsed: ParseResult,
    readonly model: CohortModel,
    readonly diagnostics: readonly Diagnostic[],
    readonly errorCount: number,
    readonly warningCount: number,
  ) {}

  get figures(): CohortFigures {
    return (this.computed ??= computeCohort(this.model, this.text, v2Input(this.model)));
  }
}

/**
 * `previous`: the analysis of this text before its latest edit, if there is one: then
 * only the block the edit is in is parsed again (syntax/reparse.ts), and the blocks
 * after it are moved along, in place, out of `previous`, which must not be used again.
 */
export function analyze(text: string, options: AnalysisOptions = {}, previous?: Analysis): Analysis {
  const lines = new LineIndex(text);
  const parsed = (previous && reparse(previous.parsed, previous.text, text)) ?? parse(text);
  const model = linkCohort(parsed);
  const checks = validate(model, lines, {
    today: todayNumber(options.today),
    futureDates: options.futureDates ?? true,
    syntaxErrors: parsed.diagnostics.map((d) => d.span),
  });
  const diagnostics = inTextOrder(settleFractions(parsed.diagnostics, model.measures), checks);
  let errorCount = 0;
  for (const d of diagnostics) if (d.severity === "error") errorCount++;
  const analysis = new AnalysisResult(text, lines, parsed, model, diagnostics, errorCount, diagnostics.length - errorCount);
  keepShapes(analyze);
  return analysis;
}
