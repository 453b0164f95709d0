/**
 * The seed abstract's figures, read from what `vcase summary --format json` prints —
 * the command a reviewer would run. Every expected value is quoted from the abstract
 * (PMID 12427618), not taken from this program's output.
 */
import { describe, expect, it } from "vitest";
import { runVcase } from "./run-cli";

describe("vcase summary --format json on the seed sample", () => {
  const r = runVcase(["summary", "samples/repeat-vertebroplasty.vcase", "--format", "json"]);
  const json = JSON.parse(r.stdout);
  const pain = json.measures.pain.repeat;
  const mobility = json.measures.mobility.repeat;

  it("exits 0 with the spec's top-level shape", () => {
    expect(r.status).toBe(0);
    expect(Object.keys(json)).toEqual([
      "file", "study", "patients", "procedures", "baseline", "visits", "intervals", "measures", "complications", "followup", "diagnostics",
    ]);
    expect(json.diagnostics).toEqual({ errors: 0, warnings: 0 });
  });

  it("has six patients, each with an initial and a repeat procedure", () => {
    expect(json.patients).toBe(6);
    expect(json.procedures).toEqual({ total: 12, initial: 6, repeat: 6 });
  });

  it("has recurrent pain between 8 and 167 days after the initial procedure", () => {
    expect(json.intervals.recurrenceDays.min).toBe(8);
    expect(json.intervals.recurrenceDays.max).toBe(167);
  });

  it("has five of six reporting a pain reduction of at least 3 points", () => {
    expect(pain.responders).toEqual({ count: 5, n: 6 });
  });

  it("has a mean pain reduction of 6.5 and a mean pain afterwards of 3.5", () => {
    expect(pain.improvement.mean).toBeCloseTo(6.5, 10);
    expect(pain.post.mean).toBeCloseTo(3.5, 10);
  });

  it("has four of six impaired in mobility before the repeat, all four improved", () => {
    expect(mobility.impaired).toEqual({ count: 4, n: 6 });
    expect(mobility.improvedAmongImpaired).toEqual({ count: 4, n: 4 });
  });

  it("has a mean mobility improvement of 1.50 and mean impairment afterwards of 0.25 among them", () => {
    expect(mobility.improvementAmongImpaired.mean).toBeCloseTo(1.5, 10);
    expect(mobility.postAmongImpaired.mean).toBeCloseTo(0.25, 10);
  });
});
