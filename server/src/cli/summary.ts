/**
 * `vcase summary FILE [--format md|csv|json|html] [--out PATH] [--force]`: the
 * per-patient table and the cohort summary, printed or written to a new file.
 * An existing --out file is never replaced unless --force is given.
 */
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { analyze } from "../core/analyze";
import { renderSummary, SUMMARY_FORMATS, type SummaryFormat } from "../core/report/render-summary";
import type { CommandIO } from "./check";
import { readSource, UsageError } from "./read-source";

export { SUMMARY_FORMATS, type SummaryFormat };

export interface SummaryOptions {
  readonly format: SummaryFormat;
  readonly out?: string;
  readonly force: boolean;
}

function render(file: string, text: string, format: SummaryFormat): string {
  return renderSummary(analyze(text), file, format);
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
