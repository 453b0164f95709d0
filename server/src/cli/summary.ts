/**
 * `vcase summary FILE [--format md|csv|json|html] [--out PATH] [--force]`: the
 * per-patient table and the cohort summary, printed or written to a new file.
 * An existing --out file is never replaced unless --force is given.
 */
import { writeFileSync } from "node:fs";
import { analyze } from "../core/analyze";
import { summaryJson } from "../core/report/summary-json";
import type { CommandIO } from "./check";
import { readSource, UsageError } from "./read-source";

export const SUMMARY_FORMATS = ["md", "csv", "json", "html"] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export interface SummaryOptions {
  readonly format: SummaryFormat;
  readonly out?: string;
  readonly force: boolean;
}

function render(file: string, text: string, format: SummaryFormat): string {
  const analysis = analyze(text);
  if (format !== "json") throw new UsageError(`--format ${format} is not available yet; use --format json.`);
  const json = summaryJson({
    fileLabel: file,
    model: analysis.model,
    figures: analysis.figures,
    errors: analysis.errorCount,
    warnings: analysis.warningCount,
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function writeNewFile(path: string, content: string, force: boolean): void {
  try {
    writeFileSync(path, content, { flag: force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new UsageError(`${path} already exists; it was left as it is. Choose another --out, or add --force to replace it.`);
    throw new UsageError(`${path}: cannot be written (${code ?? "unknown error"}).`);
  }
}

export function runSummary(file: string, options: SummaryOptions, io: CommandIO): number {
  const content = render(file, readSource(file), options.format);
  if (options.out === undefined) {
    io.out(content.replace(/\n$/, ""));
  } else {
    writeNewFile(options.out, content, options.force);
    io.err(`Wrote ${options.out}`);
  }
  return 0;
}
