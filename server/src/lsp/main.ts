/**
 * The language server's start (bundled to dist/server-main.js, which
 * dist/server.js runs: ./launch.ts).
 *
 * VS Code starts it over IPC (`--node-ipc`, added by the client); any other
 * editor runs `vcase-language-server --stdio`. Without a transport it prints how
 * to start it, instead of waiting for a client that never comes.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { describeError } from "./guard";
import { createServer, SERVER_NAME } from "./server";

const TRANSPORTS = ["--stdio", "--node-ipc", "--socket", "--pipe"];
const args = process.argv.slice(2);
const hasTransport = args.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)));

if (!hasTransport || args.includes("--help")) {
  process.stderr.write(
    `${SERVER_NAME}: the language server for .vcase case series.\n` +
      `Start it from your editor with: ${SERVER_NAME} --stdio\n` +
      `(or --node-ipc, --socket=PORT, --pipe=NAME). It starts sooner the next time when given a folder\n` +
      `of its own to keep compiled code in: --compile-cache=DIR. To check files from a terminal, use: vcase check FILE\n`,
  );
  process.exit(args.includes("--help") ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);
// A bug must not take the editor's checks down with it: log it and keep serving.
process.on("uncaughtException", (error) => connection.console.error(`vcase: unexpected error: ${describeError(error)}`));
process.on("unhandledRejection", (error) => connection.console.error(`vcase: unexpected error: ${describeError(error)}`));
createServer(connection);
