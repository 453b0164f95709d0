/** Entry of the `vcase` program: runs the command line on this process's arguments. */
import { runCli } from "./main";

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};
void Promise.resolve(runCli(process.argv.slice(2), io)).then((code) => {
  process.exitCode = code;
});
