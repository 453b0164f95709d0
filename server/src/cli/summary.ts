/**
 * `vcase summary FILE [--format md|csv|json|html] [--out PATH] [--force]`: the
 * per-patient table and the cohort summary, printed or written to a new file.
 * An existing --out file is never replaced unless --force is given, and the
 * input file never (write-file.ts).
 */
import { analyze } from "../core/analyze";
import { renderSummary, SUMMARY_FORMATS, type SummaryFormat } from "../core/report/render-summary";
import { summaryTooLarge } from "../core/report/summary-limits";
import type { CommandIO } from "./check";
import { readSource, UsageError } from "./read-source";
import { statOrNull, writeNewFile } from "./write-file";

export { SUMMARY_FORMATS, type SummaryFormat };

export interface SummaryOptions {
  readonly format: SummaryFormat;
  readonly out?: string;
  readonly force: boolean;
}

function render(file: string, text: string, format: SummaryFormat): string {
  const analysis = analyze(text);
  const tooLarge = summaryTooLarge(analysis, format);
  if (tooLarge !== null) throw new UsageError(`${file}: no summary was made: ${tooLarge}`);
  return renderSummary(analysis, file, format);
}

/** True when `out` names the input file itself: the same path, a symbolic or a hard link to it. */
function isSameFile(file: string, out: string): boolean {
  const a = statOrNull(file);
  const b = statOrNull(out);
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

export function runSummary(file: string, options: SummaryOptions, io: CommandIO): number {
  if (options.out !== undefined && isSameFile(file, options.out)) {
    throw new UsageError(`${options.out} is the file being summarised; it was left as it is. Choose another --out for the summary.`);
  }
  const content = render(file, readSource(file), options.format);
  if (options.out === undefined) {
    io.out(content.replace(/\n$/, ""));
  } else {
    writeNewFile(options.out, content, options.force);
    io.err(`Wrote ${options.out}`);
  }
  return 0;
}
