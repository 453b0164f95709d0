/**
 * The seed cohort (samples/repeat-vertebroplasty.vcase) against the published
 * abstract of PMID 12427618. Every expected value below is a literal read from
 * the ABSTRACT (the shared spec folder's seed-abstract-pmid-12427618.txt), not
 * from this code's output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeCohort } from "../../server/src/core/cohort/figures";
import { linkCohort } from "../../server/src/core/model/cohort-model";
import { todayNumber } from "../../server/src/core/model/dates";
import { parse } from "../../server/src/core/syntax/parse";
import { LineIndex } from "../../server/src/core/text/line-index";
import { validate } from "../../server/src/core/validation/validate";

const SAMPLE = join(__dirname, "../../samples/repeat-vertebroplasty.vcase");
const text = readFileSync(SAMPLE, "utf8");
const parsed = parse(text);
const model = linkCohort(parsed);
const figures = computeCohort(model, text);
const pain = figures.measures.get("pain")!;
const mobility = figures.measures.get("mobility")!;

describe("seed sample", () => {
  it("is valid: zero diagnostics", () => {
    const diagnostics = [
      ...parsed.diagnostics,
      ...validate(model, new LineIndex(text), { today: todayNumber(), futureDates: true }),
    ];
    expect(diagnostics).toEqual([]);
  });

  it("says in its header that it is a reconstruction, not the paper's table", () => {
    const header = text.slice(0, text.indexOf("study"));
    expect(header).toMatch(/RECONSTRUCTION/);
    expect(header).toMatch(/NOT the paper's own per-patient table/);
  });

  it("has six patients over an 8-year period, each with one initial and one repeat", () => {
    expect(figures.patients).toBe(6); // "six such patients"
    expect(figures.procedures).toEqual({ total: 12, initial: 6, repeat: 6 });
  });

  it("recurrent pain between 8 days and 167 days after initial vertebroplasty", () => {
    expect(figures.intervals.recurrenceDays.n).toBe(6);
    expect(figures.intervals.recurrenceDays.min).toBe(8);
    expect(figures.intervals.recurrenceDays.max).toBe(167);
  });

  it("initial vertebroplasty: substantial improvement in pain in all six", () => {
    expect(pain.initial.n).toBe(6);
    expect(pain.initial.improvedAmongImpaired).toEqual({ count: 6, n: 6 });
    expect(pain.initial.improvement.min!).toBeGreaterThanOrEqual(5);
  });

  it("repeat: five of six with a pain reduction of at least 3 points", () => {
    expect(pain.repeat.responders).toEqual({ count: 5, n: 6 });
  });

  it("repeat: mean pain reduction 6.5 and mean postoperative pain 3.5", () => {
    expect(pain.repeat.improvement.mean).toBeCloseTo(6.5, 12);
    expect(pain.repeat.post.mean).toBeCloseTo(3.5, 12);
  });

  it("four of six with impaired mobility before the repeat, all four improved", () => {
    expect(mobility.repeat.impaired).toEqual({ count: 4, n: 6 });
    expect(mobility.repeat.improvedAmongImpaired).toEqual({ count: 4, n: 4 });
  });

  it("mean mobility improvement 1.50 and mean impairment afterwards 0.25 among them", () => {
    expect(mobility.repeat.improvementAmongImpaired.mean).toBeCloseTo(1.5, 12);
    expect(mobility.repeat.postAmongImpaired.mean).toBeCloseTo(0.25, 12);
  });

  it("cement volumes are in 2-8 ml", () => {
    for (const p of model.patients)
      for (const proc of p.procedures)
        for (const c of proc.node.cements) {
          expect(c.volume!.value).toBeGreaterThanOrEqual(2);
          expect(c.volume!.value).toBeLessThanOrEqual(8);
        }
  });
});
