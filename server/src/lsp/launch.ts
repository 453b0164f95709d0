/**
 * The language server's program (bundled to dist/server.js). It runs the server
 * itself (./main.ts, bundled to dist/server-main.js) with V8's code cache when it
 * is told where to keep one (`--compile-cache=DIR`; the VS Code client gives its
 * storage for the extension), and as a plain `require` otherwise. See
 * ./compile-cache.ts for what that saves.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { runWithCompileCache } from "./compile-cache";
import { compileCacheDir } from "./node-options";

const serverMain = join(__dirname, "server-main.js");
const cacheDir = compileCacheDir(process.argv.slice(2));

if (cacheDir === undefined) createRequire(__filename)(serverMain);
else runWithCompileCache(serverMain, cacheDir);
