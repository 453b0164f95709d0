/**
 * The language server's start (bundled to dist/server.js).
 *
 * VS Code starts it over IPC (`--node-ipc`, added by the client); any other
 * editor runs `vcase-language-server --stdio`. Without a transport it prints how
 * to start it, instead of waiting for a client that never comes.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { describeError } from "./guard";
import { lifecycleOptions } from "./lifecycle";
import { givesRetiredCompileCache } from "./node-options";
import { createServer, SERVER_NAME } from "./server";

const TRANSPORTS = ["--stdio", "--node-ipc", "--socket", "--pipe"];
const args = process.argv.slice(2);
const hasTransport = args.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)));

if (!hasTransport || args.includes("--help")) {
  process.stderr.write(
    `${SERVER_NAME}: the language server for .vcase case series.\n` +
      `Start it from your editor with: ${SERVER_NAME} --stdio\n` +
      `(or --node-ipc, --socket=PORT, --pipe=NAME). To check files from a terminal, use: vcase check FILE\n`,
  );
  process.exit(args.includes("--help") ? 0 : 2);
}
if (givesRetiredCompileCache(args)) {
  // stderr, not the protocol's stream: editors show it in the server's log.
  process.stderr.write(`${SERVER_NAME}: --compile-cache is no longer needed and is ignored; nothing is written to that folder. You can remove it from your editor's settings.\n`);
}

const connection = createConnection(ProposedFeatures.all, lifecycleOptions());
// A bug must not take the editor's checks down with it: log it and keep serving.
process.on("uncaughtException", (error) => connection.console.error(`vcase: unexpected error: ${describeError(error)}`));
process.on("unhandledRejection", (error) => connection.console.error(`vcase: unexpected error: ${describeError(error)}`));
createServer(connection);
