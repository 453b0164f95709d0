/**
 * What the language server's Node.js is started with, and the server's own
 * arguments: used by the VS Code client (client/src/extension.ts), the server
 * (./main.ts) and the benchmark (bench/server-process.ts).
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
 * `--compile-cache=DIR`: earlier versions kept V8's compiled code of the server in
 * DIR. Measured without it, the server's start to first diagnostics stayed well
 * under 300 ms (bench/README.md, item 12), so the cache and the files it wrote are
 * gone; the flag is still accepted, so editor configurations that pass it keep
 * working, and the server says once on stderr that it is ignored.
 */
export function givesRetiredCompileCache(args: readonly string[]): boolean {
  return args.some((a) => a === "--compile-cache" || a.startsWith("--compile-cache="));
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
