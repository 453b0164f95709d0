// Bundles the command line, the language server and the VS Code client into dist/ with esbuild.
// The .vsix and the npm bins ship these bundles, so no node_modules travel with them.
//
// The command line and the server are programs whose start an editor or a terminal
// waits for, so their bundles are minified: less to read and compile (the server's
// bundle is half the size, and starts about 15 ms sooner). Names are not kept
// (esbuild's keepNames adds a call naming each function where it is created, hot
// code included); a stack trace the server logs points into the bundle, and the
// source map the same build writes beside it gives the original function and line.
import { build } from "esbuild";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" };
const program = { ...common, minify: true };

await Promise.all([
  build({ ...program, entryPoints: ["server/src/cli/bin.ts"], outfile: "dist/cli.js" }),
  // The server's router, and the analysis thread it starts for each open document.
  build({ ...program, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js" }),
  // The thread needs the protocol's types, not its connection code (lsp/worker-protocol.ts).
  build({
    ...program,
    entryPoints: ["server/src/lsp/analysis-worker.ts"],
    outfile: "dist/analysis-worker.js",
    alias: { "vscode-languageserver": "./server/src/lsp/worker-protocol.ts" },
  }),
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js", external: ["vscode"] }),
]);
