/**
 * The long export of a file with visit blocks reproduces every visit's figures of
 * the JSON summary: for each measure, role and visit, the pairs (score before,
 * score at the visit) read back from the CSV give the n, the mean at the visit
 * and the mean improvement the summary states. The expected values come from the
 * summary's figures, a different path through the code than the export.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { renderDataCsv } from "../../server/src/core/report/export-data";

const text = readFileSync(join(__dirname, "../../samples/followup-visits.vcase"), "utf8");
const analysis = analyze(text, { today: "2025-01-01" });
const rows = parse(renderDataCsv(analysis.model, "long"), { columns: true }) as Record<string, string>[];
const wide = parse(renderDataCsv(analysis.model, "wide"), { columns: true }) as Record<string, string>[];

function scoresAt(measure: string, role: string, timepoint: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) if (r.measure === measure && r.role === role && r.timepoint === timepoint && r.score !== "") out.set(`${r.patient}/${r.procedure}`, Number(r.score));
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("the long export of a file with visits", () => {
  for (const [name, m] of analysis.figures.measures) {
    for (const role of ["initial", "repeat"] as const) {
      for (const [visit, figures] of m.visits[role]) {
        it(`gives ${name}, ${role}, at ${visit} as the summary does`, () => {
          const before = scoresAt(name, role, "before");
          const at = scoresAt(name, role, visit);
          const pairs = [...at].filter(([k]) => before.has(k)).map(([k, v]) => [before.get(k)!, v] as const);
          expect(pairs.length).toBe(figures.n);
          if (figures.n === 0) return;
          expect(mean(pairs.map(([, v]) => v))).toBeCloseTo(figures.post.mean!, 10);
          expect(mean(pairs.map(([b, v]) => b - v))).toBeCloseTo(figures.improvement.mean!, 10);
        });
      }
    }
  }

  it("has a visit's row only where its block writes the measure", () => {
    // P04's visit w1 has no date but writes pain 2; P08's w6 writes pain 4 and no odi.
    expect(rows.some((r) => r.patient === "P04" && r.measure === "pain" && r.timepoint === "w1" && r.score === "2")).toBe(true);
    expect(rows.some((r) => r.patient === "P08" && r.measure === "odi" && r.timepoint === "w6")).toBe(false);
  });

  it("has a column per measure and declared visit in the wide layout", () => {
    const p01 = wide.find((r) => r.patient === "P01")!;
    expect([p01.pain_w1, p01.pain_w6, p01.pain_m6, p01.pain_y1]).toEqual(["3", "2", "2", "1"]);
    expect(wide.find((r) => r.patient === "P08")!.odi_w6).toBe("");
  });
});
