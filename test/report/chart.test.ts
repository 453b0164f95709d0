/**
 * The before/after chart: for each measure and role one <svg> with one line per
 * patient who has both scores (its <title> naming the patient), one mean line,
 * and the whole range of the scale on the axis. Scores below are read from the
 * sample file; the means from the published abstract.
 */
import { describe, expect, it } from "vitest";
import { render, SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

interface Line {
  readonly y1: number;
  readonly y2: number;
  readonly title: string;
}

function svgs(fragment: string): string[] {
  return [...fragment.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

function lines(svg: string, cls: string): Line[] {
  return [...svg.matchAll(new RegExp(`<line class="${cls}"[^>]*y1="([\\d.]+)"[^>]*y2="([\\d.]+)"><title>([^<]*)</title>`, "g"))].map((m) => ({
    y1: Number(m[1]),
    y2: Number(m[2]),
    title: m[3]!,
  }));
}

function meanLines(svg: string): Line[] {
  return [...svg.matchAll(/<g class="vc-mean"[^>]*>\s*<line[^>]*y1="([\d.]+)"[^>]*y2="([\d.]+)"><title>([^<]*)<\/title>/g)].map((m) => ({
    y1: Number(m[1]),
    y2: Number(m[2]),
    title: m[3]!,
  }));
}

function tickLabels(svg: string): string[] {
  const group = /<g class="vc-axis-labels"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1]!;
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

describe("cohort chart of the seed sample", () => {
  const charts = svgs(render(SAMPLE_TEXT, "chart", SAMPLE_LABEL));

  it("has one chart per measure and role", () => {
    expect(charts).toHaveLength(4);
    const titles = charts.map((svg) => /<title id="[^"]+">([^<]*)<\/title>/.exec(svg)![1]);
    expect(titles).toEqual([
      "Pain (11-point scale) — initial procedures",
      "Pain (11-point scale) — repeat procedures",
      "Mobility impairment (5-point scale) — initial procedures",
      "Mobility impairment (5-point scale) — repeat procedures",
    ]);
  });

  it("draws one line per patient with both scores, named by a <title>", () => {
    for (const svg of charts) {
      const patientLines = lines(svg, "vc-patient");
      expect(patientLines.map((l) => l.title.split(" ")[0])).toEqual(["P1", "P2", "P3", "P4", "P5", "P6"]);
    }
    const painRepeat = lines(charts[1]!, "vc-patient").map((l) => l.title);
    expect(painRepeat).toEqual([
      "P1 (PV2): 10 → 3",
      "P2 (PV2): 10 → 2",
      "P3 (PV2): 10 → 8",
      "P4 (PV2): 10 → 3",
      "P5 (PV2): 10 → 2",
      "P6 (PV2): 10 → 3",
    ]);
  });

  it("places each score on the scale: equal scores at one height, better (lower) scores further down", () => {
    const painRepeat = lines(charts[1]!, "vc-patient");
    expect(new Set(painRepeat.map((l) => l.y1)).size).toBe(1); // every patient scored 10 before
    const [p1, p2, p3] = painRepeat;
    expect(p3!.y2).toBeLessThan(p1!.y2); // 8 is drawn above 3
    expect(p1!.y2).toBeLessThan(p2!.y2); // 3 is drawn above 2
    expect(p3!.y1).toBeLessThan(p3!.y2); // 10 above 8
  });

  it("shows the whole range of the scale on the axis", () => {
    expect(tickLabels(charts[0]!)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(tickLabels(charts[3]!)).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("draws the mean line from the mean before to the mean after (abstract: 3.5 and 0.25 afterwards)", () => {
    const pain = meanLines(charts[1]!);
    expect(pain).toHaveLength(1);
    expect(pain[0]!.title).toBe("Mean: 10.0 → 3.5 (n = 6)");
    const scoreLines = lines(charts[1]!, "vc-patient");
    expect(pain[0]!.y1).toBe(scoreLines[0]!.y1); // mean before 10 is where the 10s are
    expect(meanLines(charts[3]!)[0]!.title).toMatch(/^Mean: 1\.17 → 0\.17 \(n = 6\)$/); // 7/6 and 1/6 over all six
  });

  it("uses no inline style attribute, only presentation attributes and classes", () => {
    for (const svg of charts) expect(svg).not.toMatch(/\sstyle=/);
  });
});

describe("cohort chart with gaps", () => {
  const text = `study "S" { measure pain "Pain" range 0..10 }
patient A { procedure X vertebroplasty on 2001-01-01 at L1 { pain 8 -> 2 } }
patient B { procedure X vertebroplasty on 2001-01-01 at L1 { pain 7 -> ? } }
patient C { procedure X vertebroplasty on 2001-01-01 at L1 { pain 6 -> 1 } }`;
  const fragment = render(text, "chart");
  const [initial, repeat] = svgs(fragment);

  it("leaves out a patient with a score not recorded, and says so", () => {
    expect(lines(initial!, "vc-patient").map((l) => l.title)).toEqual(["A (X): 8 → 2", "C (X): 6 → 1"]);
    expect(fragment).toContain("2 with both scores");
    expect(fragment).toContain("1 with one score not recorded is not drawn.");
  });

  it("says when a role has no procedure to draw", () => {
    expect(lines(repeat!, "vc-patient")).toEqual([]);
    expect(repeat).toContain("No procedure records both scores.");
  });
});
