/**
 * A hover on the study title of a large file through the bundled server, after an
 * edit, as an author meets it: right after the edit's diagnostics are published,
 * when the hover itself computes that version's cohort figures, and once the
 * document has settled, when the server has computed them already
 * (server/src/lsp/figures-warmup.ts). Timed from the request to its answer.
 */
import { LineIndex } from "../server/src/core/text/line-index";
import { FIGURES_WARMUP_MS } from "../server/src/lsp/figures-warmup";
import { median } from "./measure";
import { openForRetyping, serverBuilt, startServer, type ServerProcess } from "./server-process";

export interface ServerHoverTimes {
  /** Hover medians, in ms: asked as soon as the diagnostics arrived, and after the settling pause and a margin. */
  readonly rightAfterPublication: number;
  readonly settled: number;
  readonly settledMin: number;
  /** How long the bench waited after each publication before the settled hover. */
  readonly waitedMs: number;
  readonly rounds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timedHover(server: ServerProcess, uri: string, position: { line: number; character: number }): Promise<number> {
  const started = performance.now();
  const hover = (await server.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position })) as { contents?: unknown } | null;
  const elapsed = performance.now() - started;
  if (hover === null || hover.contents === undefined) throw new Error("no hover on the study title");
  return elapsed;
}

export async function timeServerHovers(text: string, rounds: number): Promise<ServerHoverTimes | undefined> {
  if (!serverBuilt()) return undefined;
  const server = startServer();
  const uri = "file:///bench/registry-hover.vcase";
  const title = new LineIndex(text).positionAt(text.indexOf('study "') + 'study "'.length + 1);
  const waitedMs = FIGURES_WARMUP_MS + 250;
  try {
    const document = await openForRetyping(server, uri, text);
    const rightAfter: number[] = [];
    const settled: number[] = [];
    // Each round makes two versions: one hovered at once, one after the pause. The first round warms up.
    for (let round = 0, version = 2; round <= rounds; round++) {
      for (const wait of [false, true]) {
        await document.retype(version++);
        if (wait) await sleep(waitedMs);
        const ms = await timedHover(server, uri, title);
        if (round > 0) (wait ? settled : rightAfter).push(ms);
      }
    }
    return { rightAfterPublication: median(rightAfter), settled: median(settled), settledMin: Math.min(...settled), waitedMs, rounds };
  } finally {
    await server.close();
  }
}
