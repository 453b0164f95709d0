/**
 * Hover on the version-2 items: a visit block, a visit declared in the study, a
 * complication kind, on test/features/v2-example.ts. Days and counts below are
 * worked out by hand from its dates and lines.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HoverRequest, type MarkupContent } from "vscode-languageserver/node";
import { V2_TEXT } from "../features/v2-example";
import { positionOf, startHarness, type Harness } from "./harness";

const URI = "file:///cases/visits.vcase";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.open(URI, V2_TEXT);
  await harness.waitForDiagnostics(URI);
});
afterAll(() => harness.dispose());

async function hoverAt(needle: string, delta = 1, nth = 0): Promise<string | null> {
  const result = await harness.client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: positionOf(V2_TEXT, needle, delta, nth) });
  return result === null ? null : (result.contents as MarkupContent).value;
}

describe("hover on a visit block", () => {
  it("gives the label, the date, the days after the procedure (Jan 6 → Feb 17 = 42), inside the window, and the scores", async () => {
    const md = (await hoverAt("w6 on 2020-02-17"))!;
    expect(md).toContain("**Visit w6** · 6 weeks · planned day 42 ± 14");
    expect(md).toContain("on 2020-02-17 · 42 days after PV1 vertebroplasty · inside its window");
    expect(md).toContain("| pain | 2 |");
    expect(md).toContain("| odi | 30 |");
  });

  it("says when the visit is outside its window (May 4 → Jul 20 = 77 days, 42 ± 14 allows 28–56)", async () => {
    const md = (await hoverAt("w6 on 2020-07-20"))!;
    expect(md).toContain("on 2020-07-20 · 77 days after PV1 kyphoplasty · **outside its window**");
  });

  it("a visit without a date says so and shows ? for a score not recorded", async () => {
    const md = (await hoverAt("m6 { pain"))!;
    expect(md).toContain("**Visit m6** · 6 months · planned day 182 ± 30");
    expect(md).toContain("no date written");
    expect(md).toContain("| odi | ? |");
  });
});

describe("hover on a declared visit", () => {
  it("gives its schedule and, per measure, the procedures that recorded it", async () => {
    const md = (await hoverAt("w6 \"6 weeks\""))!;
    expect(md).toContain("**Visit w6** · 6 weeks · day 42 ± 14 after the procedure");
    // pain at w6: P1 PV1, P1 PV2, P2 PV1; odi: P1 PV1, P2 PV1.
    expect(md).toContain("| pain | 3 |");
    expect(md).toContain("| odi | 2 |");
  });

  it("a score written ? is not counted as recorded", async () => {
    const md = (await hoverAt("m6 \"6 months\""))!;
    expect(md).toContain("| pain | 1 |");
    expect(md).toContain("| odi | 0 |");
  });
});

describe("hover on a complication kind", () => {
  it("on the declaration: label, events, patients and symptomatic ones", async () => {
    const md = (await hoverAt("leak \"Cement"))!;
    expect(md).toContain("**Complication leak** · Cement leakage");
    // leak in P1 PV1 and P2 PV1; the one in P2 symptomatic.
    expect(md).toContain("2 events · 2 of 2 patients · 1 symptomatic");
  });

  it("on an occurrence in a patient, the same figures of its kind", async () => {
    const md = (await hoverAt("fracture on 2020"))!;
    expect(md).toContain("**Complication fracture** · New vertebral fracture");
    expect(md).toContain("1 event · 1 of 2 patients · 1 symptomatic");
  });
});

describe("the study hover on a version-2 file", () => {
  it("gains the complications by kind and the follow-up", async () => {
    const md = (await hoverAt("study ", 2))!;
    expect(md).toContain("Complications (events): Cement leakage 2 · New vertebral fracture 1");
    // P1 alone has a followup line: 2020-01-06 to 2021-01-11 (2020 a leap year) = 366 + 5 = 371 days, completed.
    expect(md).toMatch(/Follow-up: median 371 days .*1 of 2 patients recorded/);
  });
});
