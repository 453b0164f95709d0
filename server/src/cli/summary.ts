/**
/**
 * `vcase summary FILE [--format md|csv|json|html|docx] [--out PATH] [--force]`:
 * the per-patient tables and the cohort summary, printed or written to a new
 * file. An existing --out file is never replaced unless --force is given, and the
 * input file never (write-file.ts). A Word document is bytes, not text: it is
 * only ever written to --out.
 */
import { analyze } from "../core/analyze";
import { renderSummary, renderSummaryDocx, SUMMARY_FORMATS, TooLargeForWord, type SummaryFormat } from "../core/report/render-summary";
import { summaryTooLarge } from "../core/report/summary-limits";
import type { CommandIO } from "./check";
import { readSource, UsageError } from "./read-source";
import { refuseTheInput, writeNewFile } from "./write-file";

export { SUMMARY_FORMATS, type SummaryFormat };

export interface SummaryOptions {
  readonly format: SummaryFormat;
  readonly out?: string;
  readonly force: boolean;
}

async function wordDocument(analysis: ReturnType<typeof analyze>, file: string): Promise<Uint8Array> {
  try {
    return await renderSummaryDocx(analysis, file);
  } catch (error) {
    if (error instanceof TooLargeForWord) throw new UsageError(error.message);
    throw error;
  }
}

async function render(file: string, text: string, format: SummaryFormat): Promise<string | Uint8Array> {
  const analysis = analyze(text);
  const tooLarge = summaryTooLarge(analysis, format === "docx" ? "html" : format);
  if (tooLarge !== null) throw new UsageError(`${file}: no summary was made: ${tooLarge}`);
  return format === "docx" ? await wordDocument(analysis, file) : renderSummary(analysis, file, format);
}

export async function runSummary(file: string, options: SummaryOptions, io: CommandIO): Promise<number> {
  if (options.format === "docx" && options.out === undefined) {
    throw new UsageError("A Word document cannot be printed to the terminal: add --out FILE.docx to write it to a file.");
  }
  refuseTheInput(file, options.out);
  const content = await render(file, readSource(file), options.format);
  if (options.out === undefined) {
    io.out((content as string).replace(/\n$/, ""));
  } else {
    writeNewFile(options.out, content, options.force);
    io.err(`Wrote ${options.out}`);
  }
  return 0;
}
