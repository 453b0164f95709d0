/**
 * The New Case Series template: a new author starts from a file with no diagnostic,
 * and the walkthrough's example mistake gives the message its page quotes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_SERIES_TEMPLATE } from "../../client/src/commands/case-series-template";
import { analyze } from "../../server/src/core/analyze";

describe("the New Case Series template", () => {
  it("analyses with no error and no warning", () => {
    const analysis = analyze(CASE_SERIES_TEMPLATE);
    expect(analysis.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(analysis.figures.patients).toBe(1);
    expect([...analysis.figures.measures.keys()]).toEqual(["pain"]);
  });

  it("gives, with the walkthrough's pain score of 11, the message the walkthrough quotes", () => {
    const text = CASE_SERIES_TEMPLATE.replace("pain 8 -> 3", "pain 11 -> 2");
    expect(text).not.toBe(CASE_SERIES_TEMPLATE);
    const messages = analyze(text).diagnostics.map((d) => d.message);
    expect(messages).toHaveLength(1);
    const page = readFileSync(join(__dirname, "../../docs/walkthrough/2-write-a-patient.md"), "utf8");
    expect(page).toContain(`> ${messages[0]}\n`);
  });

  it("has every walkthrough step's page in the manifest's media, and four steps", () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8"));
    const steps = manifest.contributes.walkthroughs[0].steps as { media: { markdown: string } }[];
    expect(steps).toHaveLength(4);
    for (const step of steps) expect(() => readFileSync(join(__dirname, "../..", step.media.markdown), "utf8")).not.toThrow();
  });
});
