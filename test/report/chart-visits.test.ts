/**
 * The chart's course over before, after and each declared visit: one time point
 * per visit in declaration order, labelled with the visit's label; each
 * procedure's line through the scores it has, a score not recorded bridged by a
 * dotted line and never drawn at zero; the mean at each point from the visit's
 * own figures. Built from the hand-made cohort of v2-tables.ts, whose per-patient
 * visit scores are added here as the linked model is to hand them over:
 * P1 8 → 3, 6 weeks 2, 6 months 1; P2 9 → 2, 3, 1; P3 7 → 4, 6 weeks not recorded;
 * P4 10 → 5, 6 weeks 4.
 */
import { describe, expect, it } from "vitest";
import { patientRows, type PatientRow } from "../../server/src/core/cohort/patient-rows";
import { chartSpecs } from "../../server/src/core/report/chart-data";
import { slopeChartSvg } from "../../server/src/core/report/svg-chart";
import { analysisWithV2, V2_INPUT, V2_TEXT } from "./v2-tables";

const VISITS: Record<string, [string, number | null][]> = {
  P1: [["w6", 2], ["m6", 1]],
  P2: [["w6", 3], ["m6", 1]],
  P3: [["w6", null]],
  P4: [["w6", 4]],
};

const analysis = analysisWithV2(V2_TEXT, V2_INPUT);
const rows: PatientRow[] = patientRows(analysis.model).map((row) => {
  const pain = row.scores.get("pain")!;
  const initial = pain.initial.map((e) => ({ ...e, visits: new Map(VISITS[row.id!]) }));
  return { ...row, scores: new Map([["pain", { initial, repeat: pain.repeat }]]) };
});
const [spec] = chartSpecs(rows, analysis.figures);
const svg = slopeChartSvg(spec!, 0);

function texts(cls: string): string[] {
  const group = new RegExp(`<g class="${cls}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)![1]!;
  return [...group.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

const patients = [...svg.matchAll(/<g class="vc-patient"[^>]*><title>([^<]*)<\/title>([\s\S]*?)<\/g>/g)].map((m) => ({
  title: m[1]!,
  polylines: [...m[2]!.matchAll(/<polyline points="([^"]+)"/g)].map((p) => p[1]!.split(" ").length),
  gaps: (m[2]!.match(/class="vc-gap"/g) ?? []).length,
  markers: (m[2]!.match(/<circle/g) ?? []).length,
}));

describe("the chart's course over the visits", () => {
  it("has a time point per declared visit, in declaration order, labelled as declared", () => {
    expect(spec!.points.map((p) => p.id)).toEqual(["before", "after", "w6", "m6"]);
    expect(texts("vc-time-points")).toEqual(["Before", "After", "6 weeks", "6 months"]);
  });

  it("draws each procedure through the scores it has, a missing score a dotted gap, not a zero", () => {
    expect(patients).toEqual([
      { title: "P1 (A): 8 → 3 → 2 → 1", polylines: [4], gaps: 0, markers: 4 },
      { title: "P2 (A): 9 → 2 → 3 → 1", polylines: [4], gaps: 0, markers: 4 },
      { title: "P3 (A): 7 → 4 → ? → ?", polylines: [2], gaps: 0, markers: 2 },
      { title: "P4 (A): 10 → 5 → 4 → ?", polylines: [3], gaps: 0, markers: 3 },
    ]);
    // Nothing is drawn at the bottom of the scale (a score of 0): y of 0 is the axis' lowest point.
    const zero = /<text x="[\d.]+" y="([\d.]+)">0<\/text>/.exec(svg)![1]!;
    expect(svg).not.toMatch(new RegExp(`<circle cx="[\\d.]+" cy="${Number(zero) - 4}"`));
  });

  it("bridges an unrecorded time point between two recorded ones with a dotted line", () => {
    const gapped = slopeChartSvg({ ...spec!, courses: [{ patient: "P9", procedure: "A", scores: [8, null, 2, 1] }] }, 1);
    const line = /<g class="vc-patient"[^>]*>([\s\S]*?)<\/g>/.exec(gapped)![1]!;
    expect(line.match(/<polyline/g)).toHaveLength(1); // 6 weeks to 6 months
    expect(line.match(/class="vc-gap"[^>]*stroke-dasharray/g)).toHaveLength(1); // before to 6 weeks, across "after"
    expect(line.match(/<circle/g)).toHaveLength(3);
  });

  it("draws the mean at each point from the figures, each over its own n", () => {
    // before and after over the 4 procedures: 8.5 and 3.5; 6 weeks over 3: 3.0; 6 months over 2: 1.0
    expect(svg).toContain("Mean 8.5 → 3.5 → 3.0 → 1.0 (n = 4, 4, 3, 2)");
    expect(/<g class="vc-mean"[^>]*>[\s\S]*?<\/g>/.exec(svg)![0].match(/<rect/g)).toHaveLength(4);
  });
});
