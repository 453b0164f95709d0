/** The rules as the pipeline runs them: `analyze` merges VC001 with the validation diagnostics. */
import { expect, test } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { EXAMPLE } from "./helpers";

test("the spec §1 example through analyze: one VC103 warning, no errors", () => {
  const a = analyze(EXAMPLE, { today: "2024-06-01" });
  expect(a.diagnostics.map((d) => [d.code, a.text.slice(d.span.start, d.span.end)])).toEqual([["VC103", "?"]]);
  expect([a.errorCount, a.warningCount]).toEqual([0, 1]);
});

test("a future date through analyze, which flags them by default", () => {
  const a = analyze(EXAMPLE.replace("1996-06-03", "2030-06-03"), { today: "2024-06-01" });
  expect(a.diagnostics.map((d) => d.code)).toEqual(["VC204", "VC103"]);
});
