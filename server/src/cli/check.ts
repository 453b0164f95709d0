/** `vcase check FILE…`: every diagnostic, one per line; exit 1 when any error was found. */
import { analyze } from "../core/analyze";
import { formatDiagnostic } from "./format-diagnostic";
import { readSource } from "./read-source";

export interface CommandIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export function runCheck(files: readonly string[], io: CommandIO): number {
  const texts = files.map((file) => ({ file, text: readSource(file) }));
  let errors = 0;
  for (const { file, text } of texts) {
    const analysis = analyze(text);
    for (const d of analysis.diagnostics) io.out(formatDiagnostic(file, analysis, d));
    errors += analysis.errorCount;
  }
  return errors > 0 ? 1 : 0;
}
