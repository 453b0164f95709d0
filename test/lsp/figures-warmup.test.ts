// The server works out a settled version's cohort figures before anyone asks
// (server/src/lsp/figures-warmup.ts), so that the first hover on the study title
// after an edit does not wait for them; an edit in the meantime cancels it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIGURES_WARMUP_MS, FiguresWarmup } from "../../server/src/lsp/figures-warmup";

/** A document whose current version is `version`, and an analysis per version that counts how often its figures are read. */
function fakeServer() {
  const reads = new Map<number, number>();
  const state = { version: 1 };
  const analysisAt = (_uri: string, version: number) =>
    version !== state.version
      ? undefined
      : {
          get figures() {
            reads.set(version, (reads.get(version) ?? 0) + 1);
            return {};
          },
        };
  return { reads, state, analysisAt };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("working out the figures of a settled document", () => {
  it("computes them once the document has stayed unchanged for the pause after its diagnostics", () => {
    const server = fakeServer();
    const warmup = new FiguresWarmup(server.analysisAt, () => undefined);
    warmup.published("file:///a.vcase", 1);
    vi.advanceTimersByTime(FIGURES_WARMUP_MS - 1);
    expect(server.reads.get(1)).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(server.reads.get(1)).toBe(1);
    vi.advanceTimersByTime(10 * FIGURES_WARMUP_MS);
    expect(server.reads.get(1)).toBe(1);
  });

  it("computes nothing for a version an edit replaced, or for a document closed", () => {
    const server = fakeServer();
    const warmup = new FiguresWarmup(server.analysisAt, () => undefined);
    warmup.published("file:///a.vcase", 1);
    warmup.cancel("file:///a.vcase"); // an edit: the server cancels before it analyses again
    vi.advanceTimersByTime(2 * FIGURES_WARMUP_MS);
    expect(server.reads.size).toBe(0);

    warmup.published("file:///a.vcase", 1);
    server.state.version = 2; // changed without the warm-up being told: the version is checked again
    vi.advanceTimersByTime(2 * FIGURES_WARMUP_MS);
    expect(server.reads.size).toBe(0);
  });

  it("keeps one pending computation per document, for its latest published version", () => {
    const server = fakeServer();
    const warmup = new FiguresWarmup(server.analysisAt, () => undefined);
    warmup.published("file:///a.vcase", 1);
    vi.advanceTimersByTime(FIGURES_WARMUP_MS / 2);
    server.state.version = 2;
    warmup.published("file:///a.vcase", 2);
    vi.advanceTimersByTime(FIGURES_WARMUP_MS / 2);
    expect(server.reads.size).toBe(0);
    vi.advanceTimersByTime(FIGURES_WARMUP_MS / 2);
    expect([...server.reads]).toEqual([[2, 1]]);
  });

  it("reports a failure to the log and goes on", () => {
    const logged: string[] = [];
    const warmup = new FiguresWarmup(
      () => ({
        get figures(): unknown {
          throw new Error("no figures");
        },
      }),
      (message) => logged.push(message),
    );
    warmup.published("file:///a.vcase", 1);
    expect(() => vi.advanceTimersByTime(FIGURES_WARMUP_MS)).not.toThrow();
    expect(logged).toEqual([expect.stringContaining("the figures of file:///a.vcase failed")]);
  });

  it("stops every pending computation on dispose", () => {
    const server = fakeServer();
    const warmup = new FiguresWarmup(server.analysisAt, () => undefined);
    warmup.published("file:///a.vcase", 1);
    warmup.published("file:///b.vcase", 1);
    warmup.dispose();
    vi.advanceTimersByTime(2 * FIGURES_WARMUP_MS);
    expect(server.reads.size).toBe(0);
  });
});
