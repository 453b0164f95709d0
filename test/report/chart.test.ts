/**
 * The cohort chart: for each measure and role one panel titled with the measure
 * and the role, the axis titled with the measure's scale, one line per distinct
 * course (its <title> naming every patient on it, a "3 patients" label when it
 * is shared), a dashed mean line with square markers, and the whole range of the
 * scale. Scores below are read from the sample file; the means from the
 * published abstract.
 */
import { describe, expect, it } from "vitest";
import { chartFigure } from "../../server/src/core/report/chart-figure";
import type { ChartSpec } from "../../server/src/core/report/chart-data";
import { slopeChartSvg, wrapText } from "../../server/src/core/report/svg-chart";
import { render, SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

interface PatientLine {
  readonly count: number;
  readonly title: string;
  readonly ys: number[];
  readonly width: number;
}

function svgs(fragment: string): string[] {
  return [...fragment.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

function patientLines(svg: string): PatientLine[] {
  return [...svg.matchAll(/<g class="vc-patient" data-count="(\d+)"><title>([^<]*)<\/title><polyline points="([^"]+)" stroke-width="([\d.]+)"/g)].map((m) => ({
    count: Number(m[1]),
    title: m[2]!,
    ys: m[3]!.split(" ").map((p) => Number(p.split(",")[1])),
    width: Number(m[4]),
  }));
}

function texts(svg: string, cls: string): string[] {
  const group = new RegExp(`<g class="${cls}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)![1]!;
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

describe("cohort chart of the seed sample", () => {
  const charts = svgs(render(SAMPLE_TEXT, "chart", SAMPLE_LABEL));
  const painRepeat = charts[1]!;

  it("titles each panel with its measure and role", () => {
    expect(charts).toHaveLength(4);
    expect(charts.map((svg) => texts(svg, "vc-panel-title"))).toEqual([
      ["Pain (11-point scale)", "Initial procedures (n = 6)"],
      ["Pain (11-point scale)", "Repeat procedures (n = 6)"],
      ["Mobility impairment (5-point scale)", "Initial procedures (n = 6)"],
      ["Mobility impairment (5-point scale)", "Repeat procedures (n = 6)"],
    ]);
    expect(/<title id="[^"]+">([^<]*)<\/title>/.exec(painRepeat)![1]).toBe("Pain (11-point scale) — repeat procedures");
  });

  it("titles the vertical axis with the measure and its scale, and says once which way is better", () => {
    expect(texts(charts[0]!, "vc-axis-title")).toEqual(["Pain (11-point scale), 0–10"]);
    expect(texts(charts[3]!, "vc-axis-title").join(" ")).toBe("Mobility impairment (5-point scale), 0–4");
    for (const svg of charts) expect(svg.match(/Lower scores are better\./g)).toHaveLength(1);
    expect(painRepeat).not.toMatch(/is better\)/);
  });

  it("draws patients who share a course as one thicker line, named and counted", () => {
    const lines = patientLines(painRepeat);
    expect(lines.map((l) => [l.title, l.count])).toEqual([
      ["P1 (PV2), P4 (PV2), P6 (PV2): 10 → 3", 3],
      ["P2 (PV2), P5 (PV2): 10 → 2", 2],
      ["P3 (PV2): 10 → 8", 1],
    ]);
    expect(lines[0]!.width).toBeGreaterThan(lines[1]!.width);
    expect(lines[1]!.width).toBeGreaterThan(lines[2]!.width);
    expect(texts(painRepeat, "vc-counts")).toEqual(["3 patients", "2 patients"]);
  });

  it("names every patient once in every panel", () => {
    for (const svg of charts) {
      const named = patientLines(svg).flatMap((l) => l.title.split(":")[0]!.split(", ").map((n) => n.split(" ")[0]));
      expect(named.sort()).toEqual(["P1", "P2", "P3", "P4", "P5", "P6"]);
      expect(patientLines(svg).reduce((n, l) => n + l.count, 0)).toBe(6);
    }
  });

  it("says where a shared line began when two shared lines end at one score", () => {
    // Mobility after the repeat: P1, P2 go 2 → 0, P3, P6 stay 0 → 0.
    expect(texts(charts[3]!, "vc-counts")).toEqual(["2 patients (from 2)", "2 patients (from 0)"]);
  });

  it("places each score on the scale: equal scores at one height, better (lower) scores further down", () => {
    const [p146, p25, p3] = patientLines(painRepeat);
    expect(new Set([p146!.ys[0], p25!.ys[0], p3!.ys[0]]).size).toBe(1); // every patient scored 10 before
    expect(p3!.ys[1]).toBeLessThan(p146!.ys[1]!); // 8 is drawn above 3
    expect(p146!.ys[1]).toBeLessThan(p25!.ys[1]!); // 3 is drawn above 2
  });

  it("shows the whole range of the scale on the axis", () => {
    expect(texts(charts[0]!, "vc-axis-labels")).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(texts(charts[3]!, "vc-axis-labels")).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("draws the mean dashed and thick with square markers (abstract: 3.5 and 0.25 afterwards)", () => {
    const mean = /<g class="vc-mean"[^>]*><title>([^<]*)<\/title>\s*<polyline[^>]*stroke-width="([\d.]+)" stroke-dasharray="[^"]+"[^>]*\/>((?:<rect[^>]*\/>)+)<\/g>/.exec(painRepeat)!;
    expect(mean[1]).toBe("Mean 10.0 → 3.5 (n = 6)");
    expect(Number(mean[2])).toBeGreaterThan(Math.max(...patientLines(painRepeat).filter((l) => l.count === 1).map((l) => l.width)));
    expect(mean[3]!.match(/<rect/g)).toHaveLength(2);
    expect(painRepeat).toMatch(/<g class="vc-patient"[^>]*>.*<circle/); // patients: circles, the mean: squares
    expect(charts[3]).toContain("Mean 1.17 → 0.17 (n = 6)"); // 7/6 and 1/6 over all six
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
    expect(patientLines(initial!).map((l) => l.title)).toEqual(["A (X): 8 → 2", "C (X): 6 → 1"]);
    expect(fragment).toContain("2 with every score");
    expect(fragment).toContain("1 with a score not recorded is not drawn.");
    expect(initial).toContain("1 not drawn: a score not recorded.");
  });

  it("says when a role has no procedure to draw", () => {
    expect(patientLines(repeat!)).toEqual([]);
    expect(repeat).toContain("No procedure records every score.");
  });
});

describe("the course over more time points (visits)", () => {
  const spec: ChartSpec = {
    measure: "pain",
    label: "Pain (VAS)",
    role: "initial",
    min: 0,
    max: 10,
    better: "lower",
    points: [
      { id: "before", label: "Before" },
      { id: "after", label: "After" },
      { id: "w6", label: "6 weeks" },
    ],
    courses: [
      { patient: "P1", procedure: "PV1", scores: [9, 2, 2] },
      { patient: "P2", procedure: "PV1", scores: [8, 3, 1] },
    ],
    means: [8.5, 2.5, 1.5],
    incomplete: 0,
  };
  const svg = slopeChartSvg(spec, 0);

  it("puts every time point on the axis, in order, and draws each course through them", () => {
    expect(texts(svg, "vc-time-points")).toEqual(["Before", "After", "6 weeks"]);
    expect(patientLines(svg).map((l) => [l.title, l.ys.length])).toEqual([
      ["P1 (PV1): 9 → 2 → 2", 3],
      ["P2 (PV1): 8 → 3 → 1", 3],
    ]);
    expect(svg).toContain("Mean 8.5 → 2.5 → 1.5 (n = 2)");
  });
});

describe("the figure for a file", () => {
  const charts = svgs(render(SAMPLE_TEXT, "chart", SAMPLE_LABEL));
  expect(charts).toHaveLength(4);

  it("is two 87 mm columns wide by default and keeps its panels' proportions with one column", () => {
    const specs = [0, 1, 2, 3].map((): ChartSpec => ({ measure: "m", label: "M", role: "initial", min: 0, max: 4, better: "higher", points: [], courses: [], means: [], incomplete: 0 }));
    const two = chartFigure(specs, "t");
    expect(two.widthMm).toBe(174);
    expect(two.svg).toMatch(/<svg [^>]*width="174mm" height="[\d.]+mm" viewBox="0 0 692 732"/); // 2 × 340 + 12, 2 × 360 + 12
    expect(two.svg.match(/class="vc-panel"/g)).toHaveLength(4);
    expect(two.svg).toContain("Higher scores are better.");
    const one = chartFigure(specs, "t", { columns: 1 });
    expect(one.widthMm).toBe(87);
    expect(one.svg).toMatch(/viewBox="0 0 340 1476"/); // 4 × 360 + 3 × 12
    expect(one.heightMm).toBeCloseTo((87 * 1476) / 340, 1);
  });

  it("is black on white: no currentColor and no theme variable", () => {
    const figure = chartFigure([], "t");
    expect(figure.svg).toContain("nothing to draw");
    expect(figure.svg).not.toMatch(/currentColor|var\(/);
  });
});

describe("wrapText", () => {
  it("breaks at spaces within the width (21 characters of 11 units in 130) and ends a cut last line with …", () => {
    expect(wrapText("Mobility impairment (5-point scale), 0–4", 130, 11, 2)).toEqual(["Mobility impairment", "(5-point scale), 0–4"]);
    expect(wrapText("a b c d e f g h i j k l m n o p", 50, 10, 1)).toEqual(["a b c d…"]);
  });
});
