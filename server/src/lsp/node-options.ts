/**
 * What the language server's Node.js is started with, and the server's own
 * arguments: used by the VS Code client (client/src/extension.ts) and by the
 * benchmark (bench/server-process.ts).
 *
 * `--max-semi-space-size=128` gives V8's young generation room for the analysis
 * of a large cohort. With the default (16 MB) the analysis of a 10,000-patient
 * file outlives two young collections while it is built, so it is copied twice
 * and moved to the old generation, where it dies at the next keystroke and has to
 * be found dead by a full collection. With room for it, most analyses die young.
 * Typing in that file, diagnostics came about 100 ms sooner (bench/README.md).
 * The young generation grows to this size only when a document's analyses need
 * it: the server of a small file stays as small as before.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ["--max-semi-space-size=128"];

/**
 * The server's argument that names where it keeps V8's code cache of its bundle
 * (./compile-cache.ts): a server started with it starts sooner the next time.
 */
const COMPILE_CACHE_FLAG = "--compile-cache";

export function compileCacheArgument(dir: string): string {
  return `${COMPILE_CACHE_FLAG}=${dir}`;
}

/** The folder given with `--compile-cache=DIR`, if one is. */
export function compileCacheDir(args: readonly string[]): string | undefined {
  const prefix = `${COMPILE_CACHE_FLAG}=`;
  const dir = args.find((a) => a.startsWith(prefix))?.slice(prefix.length);
  return dir === undefined || dir === "" ? undefined : dir;
}

/**
 * What the client sets in the server's environment, over the editor's own (the
 * language client merges these names into it, so a name is blanked, not removed).
 *
 * NODE_EXTRA_CA_CERTS names a file of extra certificate authorities, often set on
 * hospital and company machines for their web proxy. Node.js reads and checks every
 * certificate in it before it runs any code: about 85 ms of each server start on
 * this project's machine, for secure connections a server that never goes on the
 * network does not make; and a file that has since moved puts a warning about
 * certificates in the server's output. Empty, Node reads no such file.
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { NODE_EXTRA_CA_CERTS: "" };
