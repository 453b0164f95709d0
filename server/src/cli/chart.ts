/**
 * `vcase chart FILE --out FIG.svg|FIG.png|FIG.pdf [--columns N] [--force]`: the
 * cohort chart as a figure to submit, its format from the extension. Written
 * the way `summary --out` writes (writeNewFile): never over an existing file
 * unless --force is given.
 */
import { analyze } from "../core/analyze";
import { cohortFigure, DEFAULT_COLUMNS } from "../core/report/chart-figure";
import { figureFormatOf } from "../core/report/figure-formats";
import type { CommandIO } from "./check";
import { readSource, UsageError } from "./read-source";
import { refuseTheInput, writeNewFile } from "./write-file";

export interface ChartOptions {
  readonly out: string;
  readonly columns: number;
  readonly force: boolean;
}

export function chartOptions(out: string | undefined, columns: string | undefined, force: boolean): ChartOptions {
  if (out === undefined) throw new UsageError(`chart needs --out FIG.svg, FIG.png or FIG.pdf: the figure is a file, not text to print.`);
  if (figureFormatOf(out) === undefined) throw new UsageError(`--out must end in .svg, .png or .pdf (the extension gives the figure's format); got "${out}".`);
  const n = columns === undefined ? DEFAULT_COLUMNS : Number(columns);
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new UsageError(`--columns must be a whole number of panels per row from 1 to 8; got "${columns}".`);
  return { out, columns: n, force };
}

export async function runChart(file: string, options: ChartOptions, io: CommandIO): Promise<number> {
  refuseTheInput(file, options.out);
  const analysis = analyze(readSource(file));
  const { figure, title } = cohortFigure(analysis, file, options.columns);
  // Loaded only here: the renderers (resvg, pdfkit) are most of the program's size.
  const { renderFigure } = await import("../core/report/figure-file");
  const bytes = await renderFigure(figure, figureFormatOf(options.out)!, title);
  writeNewFile(options.out, bytes, options.force);
  const problems = analysis.errorCount > 0 ? ` The file has ${analysis.errorCount} error${analysis.errorCount === 1 ? "" : "s"}; what could not be read is left out (vcase check ${file}).` : "";
  io.err(`Wrote ${options.out} (${figure.widthMm} × ${figure.heightMm} mm).${problems}`);
  return 0;
}
