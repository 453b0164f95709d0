/**
 * Runs a CommonJS bundle with V8's code cache, so that a server started again
 * does not compile its bundle again.
 *
 * Compiling the server's bundle is a good part of its start: V8 reads the whole
 * half-megabyte file before the first line runs, then compiles each function the
 * first time it is called. A code cache holds that work: written when the server
 * exits (by then it holds every function the server ran), read at the next start.
 * Node 22 has this built in (`module.enableCompileCache`), Node 20 does not, so it
 * is done here with `vm.Script`'s `cachedData`. (The npm package v8-compile-cache
 * does it for every module Node loads, kept in the system's temporary folder; here
 * there is one bundle, and the folder is the extension's own.)
 *
 * The cache is a file in a folder the caller gives and vcase alone writes to
 * (`compile-cache` in VS Code's storage for the extension). Its name carries a
 * digest of the bundle and the V8 version, so an updated extension or another
 * Node never reads a cache made for something else; V8 checks its own version
 * and flags again and ignores a cache that does not fit. The file begins with a
 * digest of what follows, checked before V8 sees it, so a damaged file is ignored
 * too. Whatever goes wrong with the cache (no folder, a full disk, a damaged
 * file), the bundle runs as it would without it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

const DIGEST_BYTES = 32;
const CACHE_EXTENSION = ".cache";
/** A cache being written, renamed to its name when whole. */
const PARTIAL_EXTENSION = ".partial";

function sha256(data: string | Buffer): Buffer {
  return createHash("sha256").update(data).digest();
}

/** The cache file for this bundle's text on this V8. */
function cacheFileFor(cacheDir: string, bundleFile: string, source: string): string {
  const bundle = basename(bundleFile, ".js");
  const digest = sha256(source).toString("hex").slice(0, 16);
  return join(cacheDir, `${bundle}-${digest}-v8-${process.versions.v8}-${process.arch}${CACHE_EXTENSION}`);
}

/** What V8 cached, if the file is there and whole; otherwise undefined. */
export function readCache(file: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length <= DIGEST_BYTES) return undefined;
  const payload = data.subarray(DIGEST_BYTES);
  return sha256(payload).equals(data.subarray(0, DIGEST_BYTES)) ? payload : undefined;
}

/**
 * Writes the cache whole or not at all (a new file renamed over the old one, so a
 * server starting meanwhile never reads half of it), and removes the other caches
 * in the folder (those of earlier versions of the bundle) and what a write cut
 * short left.
 */
export function writeCache(file: string, payload: Buffer): void {
  const dir = dirname(file);
  const partial = `${file}.${process.pid}${PARTIAL_EXTENSION}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(partial, Buffer.concat([sha256(payload), payload]));
    renameSync(partial, file);
    for (const name of readdirSync(dir)) {
      const stale = name.endsWith(CACHE_EXTENSION) || name.endsWith(PARTIAL_EXTENSION);
      if (stale && name !== basename(file)) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // No cache this time: the next start compiles the bundle, as without one.
    try {
      rmSync(partial, { force: true });
    } catch {
      // Left for the next write to remove.
    }
  }
}

/** Runs `bundleFile` as Node would `require` it, with the code cache kept in `cacheDir`. */
export function runWithCompileCache(bundleFile: string, cacheDir: string): void {
  const source = readFileSync(bundleFile, "utf8");
  const cacheFile = cacheFileFor(cacheDir, bundleFile, source);
  const cachedData = readCache(cacheFile);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundleFile, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // At exit the cache holds every function the server ran, not just the first lines.
    process.once("exit", () => writeCache(cacheFile, script.createCachedData()));
  }
  const module = { exports: {}, filename: bundleFile, id: bundleFile, loaded: false };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  module.loaded = true;
}
