/**
 * `vcase export FILE [--format long|wide] [--out DATA.csv] [--force]`: the case
 * series as a CSV a statistician can read (docs/data-export.md), printed or
 * written to a new file the way `summary --out` writes.
 */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { analyze } from "../core/analyze";
import { EXPORT_LAYOUTS, renderDataCsv, type ExportLayout } from "../core/report/export-data";
import type { CommandIO } from "./check";
import { readSource, UsageError } from "./read-source";
import { writeNewFile } from "./summary";

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

/** The file's own path, links followed where it exists. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function runExport(file: string, options: ExportOptions, io: CommandIO): number {
  const analysis = analyze(readSource(file));
  if (options.out !== undefined && realPath(options.out) === realPath(file)) {
    throw new UsageError(`--out names the .vcase file itself; it was left as it is. Choose another --out, such as ${file.replace(/\.vcase$/i, "")}.csv.`);
  }
  const csv = renderDataCsv(analysis.model, options.layout);
  if (options.out === undefined) io.out(csv.replace(/\n$/, "")); // io.out ends the last CRLF
  else {
    writeNewFile(options.out, csv, options.force);
    io.err(`Wrote ${options.out}`);
  }
  if (analysis.errorCount > 0) io.err(`${file} has ${analysis.errorCount} error${analysis.errorCount === 1 ? "" : "s"}: a value that could not be read is an empty cell (vcase check ${file}).`);
  return 0;
}
