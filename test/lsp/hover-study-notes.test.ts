/**
 * The study hover says first when the file has errors, and says when a p-value
 * could never fall below 0.05 because too few pairs changed. Expected p-values by
 * hand and checked with R: wilcox.test(c(6,7,8,9,10), c(5,5,5,5,5), paired = TRUE)
 * gives 0.0625 (= 2/2^5, the smallest any 5 differences can give); with six
 * differences 1..6 it gives 0.03125.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HoverRequest, type MarkupContent } from "vscode-languageserver/node";
import { positionOf, startHarness, type Harness } from "./harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.dispose());

const HEADER = `study "Small series" {\n  measure pain "Pain" range 0..10 better lower\n}\n`;

/** One patient per `before` score, each with one procedure scored before -> after. */
function series(pairs: readonly (readonly [number | string, number])[]): string {
  return (
    HEADER +
    pairs
      .map(([before, after], i) => `patient P${i + 1} {\n  procedure PV1 vertebroplasty on 2001-01-1${i} at L1 {\n    pain ${before} -> ${after}\n  }\n}\n`)
      .join("")
  );
}

async function studyHover(uri: string, text: string): Promise<string> {
  harness.open(uri, text);
  await harness.waitForDiagnostics(uri);
  const result = await harness.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, "study", 1) });
  return (result!.contents as MarkupContent).value;
}

describe("the study hover", () => {
  it("says first that the file has errors and that the figures leave data out", async () => {
    const md = await studyHover("file:///cases/errors.vcase", series([[8, 2], [11, 3], [7, 2]]));
    expect(md.split("\n")[0]).toBe(
      "**This file has 1 error. The tables and figures leave out what could not be read; correct the file to include it.**",
    );
  });

  it("says nothing of errors when there is none", async () => {
    const md = await studyHover("file:///cases/clean.vcase", series([[8, 2], [9, 3], [7, 2]]));
    expect(md.split("\n")[0]).toBe("**Small series**");
    expect(md).not.toContain("error");
  });

  it("says when too few pairs changed for p to ever fall below 0.05", async () => {
    const md = await studyHover("file:///cases/five.vcase", series([[6, 5], [7, 5], [8, 5], [9, 5], [10, 5]]));
    expect(md).toMatch(/\| Wilcoxon signed-rank p \| 0\.0625 \(exact\) \|/);
    expect(md).toContain(
      "_Initial procedures: with 5 pairs whose scores changed, the Wilcoxon test cannot give p below 0.05 whatever the scores (the smallest possible p is 0.0625); its p says there are too few pairs, not that nothing changed._",
    );
  });

  it("says nothing of it when six pairs changed, which can reach 0.05", async () => {
    const md = await studyHover("file:///cases/six.vcase", series([[6, 5], [7, 5], [8, 5], [9, 5], [10, 5], [10, 4]]));
    expect(md).toMatch(/\| Wilcoxon signed-rank p \| 0\.0313 \(exact\) \|/);
    expect(md).not.toContain("cannot give p below 0.05");
  });
});
