/**
 * The edit the requests bench makes before its requests: one empty line, inside a
 * procedure in the middle of the file, and the file still free of errors.
 */
import { describe, expect, it } from "vitest";
import { generateCohort, toVcase } from "../../bench/generate";
import { withEmptyLineInProcedure } from "../../bench/requests";
import { analyze } from "../../server/src/core/analyze";

const text = toVcase(generateCohort(7, 200));

describe("the requests bench's edit", () => {
  it("types one empty line, after the middle, inside a procedure, and leaves no error", () => {
    const edited = withEmptyLineInProcedure(text);
    expect(edited.text.length).toBe(text.length + 1);
    expect(edited.text.slice(0, edited.emptyLine) + edited.text.slice(edited.emptyLine + 1)).toBe(text);
    expect(edited.emptyLine).toBeGreaterThan(text.length >> 1);
    expect(edited.text.slice(edited.emptyLine - 1, edited.emptyLine + 4)).toBe("\n\n  }");
    const analysis = analyze(edited.text, { today: "2026-01-01" });
    const procedure = analysis.model.patients.flatMap((p) => p.node.procedures).find((p) => p.start < edited.emptyLine && edited.emptyLine < p.end);
    expect(procedure).toBeDefined();
    expect(analysis.errorCount).toBe(0);
  });
});
