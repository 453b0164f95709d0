// Bundles the command line, the language server and the VS Code client into dist/ with esbuild.
// The .vsix and the npm bins ship these bundles, so no node_modules travel with them.
//
// The command line and the server are programs whose start an editor or a terminal
// waits for, so their bundles are minified: less to read and compile (the server's
// bundle is half the size, and starts about 15 ms sooner). Names are not kept
// (esbuild's keepNames adds a call naming each function where it is created, hot
// code included); a stack trace the server logs points into the bundle, and the
// source map the same build writes beside it gives the original function and line.
//
// The figure renderers (server/src/core/report/figure-file.ts) read a font and
// resvg's WebAssembly at run time: they are copied beside the bundles, into
// dist/figure-assets/, so the .vsix and the bins carry them without node_modules.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { build } from "esbuild";

const FIGURE_ASSETS = [
  "@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf",
  "@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf",
  "@resvg/resvg-wasm/index_bg.wasm",
];
const require = createRequire(import.meta.url);
mkdirSync("dist/figure-assets", { recursive: true });
for (const asset of FIGURE_ASSETS) copyFileSync(require.resolve(asset), `dist/figure-assets/${basename(asset)}`);

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" };

// The Word writer (the `docx` library, 1 MB) is its own bundle, dist/docx.js, which
// the command line and the server require on the first Word export only: their
// start does not read it. It is loaded with require, not import(), as is the
// figure bundle below: one way of loading a bundle apart, in every program.
const docxApart = {
  name: "docx-apart",
  setup(b) {
    b.onResolve({ filter: /^docx$/ }, () => ({ path: "./docx.js", external: true }));
  },
};
// The statistics' distributions (@stdlib: about 470 small modules, a third of the
// analysis thread's bundle) are needed for a document's figures, never for its
// first diagnostics; read and run with the thread's bundle they cost each start
// about 15 ms. So they are a bundle of their own, dist/stats.js, and each
// distribution the project imports is a function that requires it on its first call.
const STATS_DISTS = [
  "@stdlib/stats-base-dists-normal-cdf",
  "@stdlib/stats-base-dists-signrank-cdf",
  "@stdlib/stats-base-dists-t-cdf",
  "@stdlib/stats-base-dists-t-quantile",
];
const statsApart = {
  name: "stats-apart",
  setup(b) {
    b.onResolve({ filter: /^@stdlib\/stats-base-dists-/ }, (args) => {
      if (args.importer.includes("node_modules")) return undefined;
      if (!STATS_DISTS.includes(args.path)) return { errors: [{ text: `${args.path}: add it to STATS_DISTS in scripts/bundle.mjs` }] };
      return { path: args.path, namespace: "stats-apart" };
    });
    b.onLoad({ filter: /.*/, namespace: "stats-apart" }, (args) => ({
      contents: `let f; module.exports = (...a) => (f ??= require("./stats.js")[${JSON.stringify(args.path)}])(...a);`,
      loader: "js",
    }));
    b.onResolve({ filter: /^\.\/stats\.js$/, namespace: "stats-apart" }, () => ({ path: "./stats.js", external: true }));
  },
};
const statsBundle = {
  contents: `module.exports = {${STATS_DISTS.map((d) => `${JSON.stringify(d)}: require(${JSON.stringify(d)})`).join(", ")}};`,
  resolveDir: process.cwd(),
  loader: "js",
};
const program = { ...common, minify: true, plugins: [docxApart, statsApart], supported: { "dynamic-import": false } };

// The chart's renderers (resvg, pdfkit, fontkit: two thirds of the code) are a
// bundle of their own, dist/figure-file.js, which the command line and the server
// load only when a figure is saved: they would otherwise triple what every start
// of `vcase check` and of the language server reads.
const figureFileApart = {
  name: "figure-file-apart",
  setup(b) {
    b.onResolve({ filter: /\/report\/figure-file$/ }, () => ({ path: "./figure-file.js", external: true }));
  },
};
const loadsFigureFile = { plugins: [docxApart, statsApart, figureFileApart] };

await Promise.all([
  build({ ...program, entryPoints: ["server/src/core/report/figure-file.ts"], outfile: "dist/figure-file.js" }),
  build({ ...program, entryPoints: ["server/src/cli/bin.ts"], outfile: "dist/cli.js", ...loadsFigureFile }),
  // The server's router, and the analysis thread it starts for each open document.
  build({ ...program, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js" }),
  // The thread needs the protocol's types, not its connection code (lsp/worker-protocol.ts).
  build({
    ...program,
    ...loadsFigureFile,
    entryPoints: ["server/src/lsp/analysis-worker.ts"],
    outfile: "dist/analysis-worker.js",
    alias: { "vscode-languageserver": "./server/src/lsp/worker-protocol.ts" },
  }),
  build({ ...common, minify: true, entryPoints: ["docx"], outfile: "dist/docx.js" }),
  build({ ...common, minify: true, stdin: statsBundle, outfile: "dist/stats.js" }),
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js", external: ["vscode"] }),
]);
