/**
 * Typing in a large file, as an editor sees it: the bundled server has the file
 * open, one character is retyped (an age's digit in the middle of the file, back
 * and forth), and the clock stops when the server publishes the diagnostics of
 * that version. The time includes the server's pause for more typing
 * (EDIT_PAUSE_MS), the update of its copy of the text, the full analysis, and
 * turning every diagnostic into the protocol's form and sending it.
 */
import { EDIT_PAUSE_MS } from "../server/src/lsp/server";
import { median } from "./measure";
import { openForRetyping, serverBuilt, startServer } from "./server-process";

export interface EditTimes {
  /** Edit to published diagnostics, median and minimum, pause included. */
  readonly median: number;
  readonly min: number;
  readonly pauseMs: number;
  readonly edits: number;
  readonly diagnostics: number;
}

export async function timeServerEdits(text: string, edits: number): Promise<EditTimes | undefined> {
  if (!serverBuilt()) return undefined;
  const server = startServer();
  const uri = "file:///bench/registry.vcase";
  try {
    const document = await openForRetyping(server, uri, text);
    let count = document.opened.count;
    const times: number[] = [];
    // The first edit is a warm-up: the server compiles its code for edits.
    for (let version = 2; version <= edits + 2; version++) {
      const started = performance.now();
      const result = await document.retype(version);
      if (result.version !== version) throw new Error(`the server published version ${result.version} for version ${version}`);
      if (version > 2) times.push(performance.now() - started);
      count = result.count;
    }
    return { median: median(times), min: Math.min(...times), pauseMs: EDIT_PAUSE_MS, edits: times.length, diagnostics: count };
  } finally {
    await server.close();
  }
}
