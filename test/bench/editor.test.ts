/**
 * The edits the benchmark times must be the edits it says: retyping one score keeps
 * the file free of errors, and the damaged variant holds exactly one syntax error.
 */
import { describe, expect, it } from "vitest";
import { oneCharacterEdit, withSyntaxError } from "../../bench/editor";
import { cohortOfLines, toVcase } from "../../bench/generate";
import { analyze } from "../../server/src/core/analyze";

const text = toVcase(cohortOfLines(7, 2000));
const codes = (t: string) => analyze(t, { today: "2026-01-01" }).diagnostics.filter((d) => d.severity === "error").map((d) => d.code);

describe("the benchmark's edits", () => {
  it("retyping one score changes one character and leaves no error", () => {
    const [before, after] = oneCharacterEdit(text);
    expect(after.length).toBe(before.length);
    expect([...after].filter((c, i) => c !== before[i])).toHaveLength(1);
    expect(codes(after)).toEqual([]);
  });

  it("the damaged file has exactly one syntax error, where the score was", () => {
    const damaged = withSyntaxError(text);
    const errors = analyze(damaged, { today: "2026-01-01" }).diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["VC001"]);
    expect(damaged.slice(errors[0]!.span.start, errors[0]!.span.end)).toBe("x");
  });
});
