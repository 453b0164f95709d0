/**
 * Entry of the `vcase` program: runs the command line on this process's arguments.
 *
 * A failed write to standard output (a full disk, `> /dev/full`) is an exit 2 with
 * one sentence, like any other failure. A reader that stops reading early
 * (`vcase check FILE | head`) is not a failure: the command ends quietly with the
 * exit code it would have had, as programs killed by SIGPIPE do in a shell.
 */
import { runCli } from "./main";

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`vcase: the output could not be written (${error.code ?? "unknown error"}).\n`);
  process.exit(2);
});

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
