// Bundles the command line, the language server and the VS Code client into dist/ with esbuild.
// The .vsix and the npm bins ship these bundles, so no node_modules travel with them.
import { build } from "esbuild";

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" };

await Promise.all([
  build({ ...common, entryPoints: ["server/src/cli/bin.ts"], outfile: "dist/cli.js" }),
  build({ ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js" }),
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js", external: ["vscode"] }),
]);
