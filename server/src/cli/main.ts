/**
 * The `vcase` command line: `check`, `summary`, `chart` and `export`. Exit 0 when clean,
 * 1 when the files have errors, 2 on bad usage or a file that cannot be read;
 * every failure is one sentence on stderr, never a stack trace.
 */
import { parseArgs } from "node:util";
import { printableLines } from "../core/text/printable";
import { chartOptions, runChart } from "./chart";
import { runCheck, type CommandIO } from "./check";
import { exportLayout, runExport } from "./export";
import { UsageError } from "./read-source";
import { runSummary, SUMMARY_FORMATS, type SummaryFormat } from "./summary";

const USAGE = `Usage:
  vcase check FILE...
  vcase summary FILE [--format md|csv|json|html|docx] [--out PATH] [--force]
  vcase chart FILE --out FIG.svg|FIG.png|FIG.pdf [--columns N] [--force]
  vcase export FILE [--format long|wide] [--out DATA.csv] [--force]`;

function parseFileArgs(command: string, args: string[], extra: { columns?: { type: "string" } } = {}) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", short: "f" }, out: { type: "string", short: "o" }, force: { type: "boolean" }, ...extra },
  });
  if (positionals.length !== 1) throw new UsageError(`${command} takes exactly one FILE.\n${USAGE}`);
  return { file: positionals[0]!, values: values as { format?: string; out?: string; force?: boolean; columns?: string } };
}

function parseSummaryArgs(args: string[]) {
  const { file, values } = parseFileArgs("summary", args);
  const format = values.format ?? "md";
  if (!(SUMMARY_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${SUMMARY_FORMATS.join(", ")}; got "${format}".`);
  }
  return { file, options: { format: format as SummaryFormat, force: values.force ?? false, ...(values.out !== undefined && { out: values.out }) } };
}

/**
 * Every line goes through printableLines: file text (a quoted token, a title in a
 * summary, a file name) never prints a terminal escape or a bidi override raw.
 */
export async function runCli(argv: readonly string[], rawIO: CommandIO): Promise<number> {
  const io: CommandIO = { out: (line) => rawIO.out(printableLines(line)), err: (line) => rawIO.err(printableLines(line)) };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check": {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
        if (positionals.length === 0) throw new UsageError(`check needs at least one FILE.\n${USAGE}`);
        return runCheck(positionals, io);
      }
      case "summary": {
        const { file, options } = parseSummaryArgs(rest);
        return await runSummary(file, options, io);
      }
      case "chart": {
        const { file, values } = parseFileArgs("chart", rest, { columns: { type: "string" } });
        if (values.format !== undefined) throw new UsageError(`chart takes its format from the --out file's extension (.svg, .png or .pdf), not --format.`);
        return await runChart(file, chartOptions(values.out, values.columns, values.force ?? false), io);
      }
      case "export": {
        const { file, values } = parseFileArgs("export", rest);
        return runExport(file, { layout: exportLayout(values.format), force: values.force ?? false, ...(values.out !== undefined && { out: values.out }) }, io);
      }
      case "--help":
      case "-h":
      case "help":
        io.out(USAGE);
        return 0;
      case undefined:
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`Unknown command "${command}".\n${USAGE}`);
    }
  } catch (error) {
    return failure(error, io);
  }
}

/** `--json` and the like: an author who meant a format gets told how to ask for it. */
function formatHint(message: string): string {
  const flag = /^Unknown option '--?([a-z]+)'/.exec(message)?.[1];
  const formats: readonly string[] = [...SUMMARY_FORMATS, "long", "wide"];
  return flag !== undefined && formats.includes(flag) ? ` To choose the format, write --format ${flag}.` : "";
}

function failure(error: unknown, io: CommandIO): number {
  if (error instanceof UsageError) {
    io.err(`vcase: ${error.message}`);
    return 2;
  }
  const code = (error as { code?: string }).code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
    const firstSentence = (error as Error).message.split(/(?<=\.) /)[0]!;
    io.err(`vcase: ${firstSentence}${formatHint(firstSentence)}\n${USAGE}`);
    return 2;
  }
  io.err(`vcase: an internal error stopped this command (${(error as Error).message}). Please report it with the file that caused it.`);
  return 3;
}
