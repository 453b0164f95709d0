/**
 * Golden files: the four summary documents of the seed sample, reviewed by eye
 * once and committed in test/golden/. A change in any cell fails here; when the
 * change is meant, run `npx vitest run test/report/golden.test.ts -u`, read the
 * diff, and commit it.
 *
 * Besides the golden comparison, the figures a reader checks against the
 * published abstract (PMID 12427618) are asserted as literals from the abstract.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvSection, readCsv, render, SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

const GOLDEN = join(__dirname, "../golden");

describe("summary documents of the seed sample", () => {
  for (const format of ["md", "csv", "html", "json"] as const) {
    it(`${format} matches its golden file`, async () => {
      await expect(render(SAMPLE_TEXT, format, SAMPLE_LABEL)).toMatchFileSnapshot(join(GOLDEN, `repeat-vertebroplasty.summary.${format}`));
    });
  }

  it("shows the abstract's figures in the cohort summary", () => {
    const records = readCsv(render(SAMPLE_TEXT, "csv", SAMPLE_LABEL));
    const scores = csvSection(records, "Cohort summary: scores");
    const responses = csvSection(records, "Cohort summary: responses");
    const intervals = csvSection(records, "Intervals (days)");
    const col = (table: string[][], name: string) => {
      const i = table[0]!.indexOf(name);
      if (i < 0) throw new Error(`no column "${name}"`);
      return i;
    };
    const row = (table: string[][], measure: string, role: string) => table.find((r) => r[0]?.startsWith(measure) && r[1] === role)!;

    const painScores = row(scores, "Pain", "Repeat");
    expect(painScores[col(scores, "n")]).toBe("6");
    expect(painScores[col(scores, "Improvement mean")]).toBe("6.5"); // mean reduction 6.5
    expect(painScores[col(scores, "After mean")]).toBe("3.5"); // mean pain afterwards 3.5

    const painResponses = row(responses, "Pain", "Repeat");
    expect([painResponses[col(responses, "Responders k")], painResponses[col(responses, "Responders n")]]).toEqual(["5", "6"]); // five of six, ≥ 3 points

    const mobility = row(responses, "Mobility", "Repeat");
    expect([mobility[col(responses, "Impaired before k")], mobility[col(responses, "Impaired before n")]]).toEqual(["4", "6"]); // four of six impaired
    expect([mobility[col(responses, "Improved among the impaired k")], mobility[col(responses, "Improved among the impaired n")]]).toEqual(["4", "4"]); // all four improved
    expect(mobility[col(responses, "Improvement among the impaired mean")]).toBe("1.50"); // 1.50 points
    expect(mobility[col(responses, "After among the impaired mean")]).toBe("0.25"); // 0.25 points

    const recurrence = intervals.find((r) => r[0] === "to the recurrence of pain")!;
    expect([recurrence[col(intervals, "Days min")], recurrence[col(intervals, "Days max")]]).toEqual(["8", "167"]); // 8 to 167 days
  });

  it("shows the abstract's figures in the readable tables, each value on one line", () => {
    const md = render(SAMPLE_TEXT, "md", SAMPLE_LABEL);
    const repeatPain = md.split("\n").find((l) => l.startsWith("| Pain (11-point scale) | Repeat | 6 | 5/6"))!;
    expect(repeatPain).toContain("| 5/6\u00a0(83%) |"); // five of six responders
    expect(md).toContain("| 6.5\u00a0±\u00a02.3 |"); // mean reduction 6.5
    expect(md).toContain("| 8–\u2060167 |"); // recurrence 8 to 167 days
  });

  it("says that the file has no errors by showing no notice", () => {
    expect(render(SAMPLE_TEXT, "md", SAMPLE_LABEL)).not.toMatch(/This file has/);
    expect(JSON.parse(render(SAMPLE_TEXT, "json", SAMPLE_LABEL)).diagnostics).toEqual({ errors: 0, warnings: 0 });
  });
});
