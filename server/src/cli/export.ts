/**
 * `vcase export FILE [--format long|wide] [--out DATA.csv] [--force]`: the case
 * series as a CSV a statistician can read (docs/data-export.md), printed or
 * written to a new file the way `summary --out` writes.
 */
import { analyze } from "../core/analyze";
import { EXPORT_LAYOUTS, renderDataCsv, type ExportLayout } from "../core/report/export-data";
import type { CommandIO } from "./check";
import { readSource, UsageError } from "./read-source";
import { refuseTheInput, writeNewFile } from "./write-file";

export interface ExportOptions {
  readonly layout: ExportLayout;
  readonly out?: string;
  readonly force: boolean;
}

export function exportLayout(format: string | undefined): ExportLayout {
  const layout = format ?? "long";
  if (!(EXPORT_LAYOUTS as readonly string[]).includes(layout)) throw new UsageError(`--format must be long or wide for export; got "${layout}".`);
  return layout as ExportLayout;
}

export function runExport(file: string, options: ExportOptions, io: CommandIO): number {
  const analysis = analyze(readSource(file));
  refuseTheInput(file, options.out);
  const csv = renderDataCsv(analysis.model, options.layout);
  if (options.out === undefined) io.out(csv.replace(/\n$/, "")); // io.out ends the last CRLF
  else {
    writeNewFile(options.out, csv, options.force);
    io.err(`Wrote ${options.out}`);
  }
  if (analysis.errorCount > 0) io.err(`${file} has ${analysis.errorCount} error${analysis.errorCount === 1 ? "" : "s"}: a value that could not be read is an empty cell (vcase check ${file}).`);
  return 0;
}
