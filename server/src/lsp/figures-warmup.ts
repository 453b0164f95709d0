/**
 * The cohort figures of a document worked out once it has settled. An analysis
 * computes its figures on first use (core/analyze.ts), and the first hover on the
 * study title of a registry export then waited for them: 8–23 ms at 10,000
 * patients, against well under a millisecond once they are there. So when a
 * version's diagnostics have been published and the document has not changed for
 * a moment more, the server computes that version's figures before anyone asks.
 * An edit meanwhile cancels it: while the author types, nothing is computed for a
 * version about to be replaced.
 */
import { describeError } from "./guard";

/** How long a document stays unchanged after its diagnostics are published before its figures are computed, in ms. */
export const FIGURES_WARMUP_MS = 250;

/** A version's analysis, if the server still holds it: what the warm-up reads. */
export type SettledAnalysis = (uri: string, version: number) => { readonly figures: unknown } | undefined;

export class FiguresWarmup {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly analysisAt: SettledAnalysis,
    private readonly logError: (message: string) => void,
    private readonly delayMs = FIGURES_WARMUP_MS,
  ) {}

  /** The diagnostics of `version` were published: its figures follow if it stays the document's version. */
  published(uri: string, version: number): void {
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => this.compute(uri, version), this.delayMs));
  }

  /** The document changed or closed: nothing is computed for the version it had. */
  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private compute(uri: string, version: number): void {
    this.timers.delete(uri);
    try {
      void this.analysisAt(uri, version)?.figures;
    } catch (error) {
      // A hover would meet the same failure and answer without the figures (guard.ts).
      this.logError(`vcase: the figures of ${uri} failed: ${describeError(error)}`);
    }
  }
}
