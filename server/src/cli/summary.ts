/**
 * `vcase summary FILE [--format md|csv|json|html|docx] [--out PATH] [--force]`:
 * the per-patient tables and the cohort summary, printed or written to a new
 * file. An existing --out file is never replaced unless --force is given. A Word
 * document is bytes, not text: it is only ever written to --out.
 */
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { analyze } from "../core/analyze";
import { renderSummary, renderSummaryDocx, SUMMARY_FORMATS, TooLargeForWord, type SummaryFormat } from "../core/report/render-summary";
import type { CommandIO } from "./check";
import { readSource, UsageError } from "./read-source";

export { SUMMARY_FORMATS, type SummaryFormat };

export interface SummaryOptions {
  readonly format: SummaryFormat;
  readonly out?: string;
  readonly force: boolean;
}


function cannotWrite(path: string, error: unknown): UsageError {
  return new UsageError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? "unknown error"}).`);
}

/**
 * Writes `content` to `path`. Without `force` the file is created only if it does
 * not exist (flag "wx": no race with another writer). With `force` the content
 * goes to a new temporary file beside it, renamed over `path` at the end, so a
 * reader never sees half a document.
 */
export function writeNewFile(path: string, content: string | Uint8Array, force: boolean): void {
  if (!force) {
    try {
      writeFileSync(path, content, { flag: "wx" });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new UsageError(`${path} already exists; it was left as it is. Choose another --out, or add --force to replace it.`);
      throw cannotWrite(path, error);
    }
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(path, error);
  }
}

async function wordDocument(analysis: ReturnType<typeof analyze>, file: string): Promise<Uint8Array> {
  try {
    return await renderSummaryDocx(analysis, file);
  } catch (error) {
    if (error instanceof TooLargeForWord) throw new UsageError(error.message);
    throw error;
  }
}

export async function runSummary(file: string, options: SummaryOptions, io: CommandIO): Promise<number> {
  if (options.format === "docx" && options.out === undefined) {
    throw new UsageError("A Word document cannot be printed to the terminal: add --out FILE.docx to write it to a file.");
  }
  const analysis = analyze(readSource(file));
  const content = options.format === "docx" ? await wordDocument(analysis, file) : renderSummary(analysis, file, options.format);
  if (options.out === undefined) {
    io.out((content as string).replace(/\n$/, ""));
  } else {
    writeNewFile(options.out, content, options.force);
    io.err(`Wrote ${options.out}`);
  }
  return 0;
}
