import type { InlayHint, Range } from "vscode-languageserver";
import { describe, expect, it } from "vitest";
import { generateCohort, toVcase } from "../../bench/generate";
import { provideInlayHints } from "../../server/src/lsp/features/inlay-hints";
import { docOf, URI } from "./helpers";

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };

function hints(text: string, range: Range = WHOLE): InlayHint[] {
  return provideInlayHints(docOf(text), { textDocument: { uri: URI }, range });
}

/** Each hint as "line:character label". */
const placed = (list: InlayHint[]) => list.map((h) => `${h.position.line}:${h.position.character} ${String(h.label)}`);

const patient = `patient P1 {
  procedure PV1 vertebroplasty on 2020-01-01 at L1 {
  }
  recurrence on 2020-01-10 at L1
  procedure PV2 vertebroplasty on 2020-01-17 at L1 repeats PV1 {
  }
}
`;

describe("inlay hints", () => {
  it("shows the days since the procedure a repeat repeats, and since the procedure a recurrence follows", () => {
    const list = hints(patient);
    expect(placed(list)).toEqual(["3:26 +9 d", "4:44 +16 d"]);
    expect(list[0]!.tooltip).toBe("9 days after PV1 (2020-01-01), the latest earlier procedure at a level of this recurrence.");
    expect(list[1]!.tooltip).toBe("16 days after PV1 (2020-01-01), the procedure this one repeats.");
  });

  it("shows nothing when a patient mixes calendar dates and day numbers", () => {
    expect(hints(patient.replace("2020-01-17", "day 16"))).toEqual([]);
  });

  it("gives for a screenful of a long file exactly the hints of the whole file that fall on it", () => {
    const text = toVcase(generateCohort(7, 300));
    const all = placed(hints(text));
    expect(all.length).toBeGreaterThan(50);
    const lines = text.split("\n").length;
    for (let first = 0; first < lines; first += 97) {
      const screen: Range = { start: { line: first, character: 0 }, end: { line: first + 60, character: 0 } };
      // The screen ends at the start of line first + 60; no hint stands at a line's start.
      const expected = all.filter((h) => {
        const line = Number(h.split(":")[0]);
        return line >= first && line < first + 60;
      });
      expect(placed(hints(text, screen)), `lines ${first}–${first + 60}`).toEqual(expected);
    }
  });
});
