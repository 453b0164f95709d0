/**
 * `vcase export`: the long CSV read back by an independent CSV reader
 * (csv-parse) reproduces every figure of the JSON summary for the sample (per
 * measure and role: n, the means before and after, the mean improvement, the
 * responders, the Wilcoxon V and p), as a statistician reading the file would
 * compute them. The expected values come from the JSON summary, a different
 * path through the code; the columns and cells of both layouts are spelled out
 * by hand from the sample file.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { renderDataCsv } from "../../server/src/core/report/export-data";
import { wilcoxonSignedRank } from "../../server/src/core/stats/wilcoxon";
import { render, SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

type Row = Record<string, string>;

function read(csv: string): Row[] {
  return parseCsv(csv, { columns: true, strict: true } as never) as Row[];
}

const model = analyze(SAMPLE_TEXT, { today: "2025-01-01" }).model;
const long = renderDataCsv(model, "long");
const wide = renderDataCsv(model, "wide");
const summary = JSON.parse(render(SAMPLE_TEXT, "json", SAMPLE_LABEL)) as {
  measures: Record<string, { better: "lower" | "higher"; responderThreshold: number | null } & Record<"initial" | "repeat", {
    n: number;
    pre: { mean: number };
    post: { mean: number };
    improvement: { mean: number };
    responders: { count: number; n: number } | null;
    wilcoxon: { statistic: number; p: number } | null;
  }>>;
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("the long CSV reproduces the JSON summary", () => {
  const rows = read(long);

  for (const [measure, figures] of Object.entries(summary.measures)) {
    for (const role of ["initial", "repeat"] as const) {
      it(`${measure}, ${role}: n, means, improvement, responders and Wilcoxon`, () => {
        // Pair each procedure's before and after, as R's reshape() or pandas' pivot() would.
        const pairs = new Map<string, { before?: number; after?: number }>();
        for (const r of rows.filter((r) => r.measure === measure && r.role === role && r.score !== "")) {
          const key = `${r.patient}/${r.procedure}`;
          pairs.set(key, { ...pairs.get(key), [r.timepoint!]: Number(r.score) });
        }
        const complete = [...pairs.values()].filter((p): p is { before: number; after: number } => p.before !== undefined && p.after !== undefined);
        const before = complete.map((p) => p.before);
        const after = complete.map((p) => p.after);
        const improvement = complete.map((p) => (figures.better === "lower" ? p.before - p.after : p.after - p.before));
        const expected = figures[role];
        expect(complete.length).toBe(expected.n);
        expect(mean(before)).toBeCloseTo(expected.pre.mean, 12);
        expect(mean(after)).toBeCloseTo(expected.post.mean, 12);
        expect(mean(improvement)).toBeCloseTo(expected.improvement.mean, 12);
        if (figures.responderThreshold !== null) expect(improvement.filter((d) => d >= figures.responderThreshold!).length).toBe(expected.responders!.count);
        const test = wilcoxonSignedRank(before, after);
        expect(test?.statistic).toBe(expected.wilcoxon?.statistic);
        expect(test?.p).toBeCloseTo(expected.wilcoxon!.p, 12);
      });
    }
  }

  it("holds the abstract's mean pain of 3.5 after the repeat, and R's Wilcoxon p on the same file", () => {
    const after = rows.filter((r) => r.measure === "pain" && r.role === "repeat" && r.timepoint === "after").map((r) => Number(r.score));
    expect(mean(after)).toBe(3.5);
    // R 4 on this CSV (docs/data-export.md): V = 21, p-value = 0.03351 (normal approximation: tied differences).
    expect(summary.measures.pain!.repeat.wilcoxon).toEqual({ statistic: 21, p: expect.closeTo(0.0335052567908282, 14), exact: false });
  });
});

describe("the long layout", () => {
  it("has one header and one row per patient, procedure, measure and time point (6 × 2 × 2 × 2 = 48)", () => {
    const records = parseCsv(long) as string[][];
    expect(records[0]).toEqual(["patient", "age", "sex", "procedure", "role", "repeats", "date", "day", "levels", "measure", "timepoint", "score"]);
    expect(records).toHaveLength(1 + 48);
    expect(records[1]).toEqual(["P1", "79", "F", "PV1", "initial", "", "1993-11-08", "", "T12 L1", "pain", "before", "9"]);
    expect(records.find((r) => r[0] === "P3" && r[3] === "PV1")).toEqual(["P3", "84", "M", "PV1", "initial", "", "1997-06-02", "", "T11 T12", "pain", "before", "10"]);
    expect(records.find((r) => r[0] === "P2" && r[3] === "PV2")!.slice(0, 9)).toEqual(["P2", "72", "F", "PV2", "repeat", "PV1", "1995-09-12", "", "L2"]);
  });

  it("ends records with CRLF (RFC 4180) and has no byte-order mark", () => {
    expect(long.startsWith("patient,")).toBe(true);
    expect(long.split("\r\n")).toHaveLength(1 + 48 + 1);
  });

  it("leaves a score not recorded, or out of range, empty; keeps `day N` in its own column; leaves out a measure without a valid range", () => {
    const text = `study "S" {
  measure pain "Pain" range 0..10
  measure odi "ODI" range 100..0
}
patient A {
  age 70
  sex female
  procedure X vertebroplasty on day 0 at T11-L1 { pain 8 -> ? odi 40 -> 20 }
  procedure Y vertebroplasty on day 30 at L1 repeats X { pain 11 -> 4.5 }
}`;
    const rows = read(renderDataCsv(analyze(text).model, "long"));
    expect(rows.map((r) => [r.procedure, r.sex, r.date, r.day, r.levels, r.measure, r.timepoint, r.score])).toEqual([
      ["X", "female", "", "0", "T11 T12 L1", "pain", "before", "8"],
      ["X", "female", "", "0", "T11 T12 L1", "pain", "after", ""],
      ["Y", "female", "", "30", "L1", "pain", "before", ""],
      ["Y", "female", "", "30", "L1", "pain", "after", "4.5"],
    ]);
  });
});

describe("the wide layout", () => {
  it("has one row per procedure, the cement and each measure's before and after", () => {
    const records = parseCsv(wide) as string[][];
    expect(records[0]).toEqual([
      "patient", "age", "sex", "procedure", "role", "repeats", "date", "day", "levels", "cement_ml",
      "pain_before", "pain_after", "mobility_before", "mobility_after",
    ]);
    expect(records).toHaveLength(1 + 12);
    expect(records[1]).toEqual(["P1", "79", "F", "PV1", "initial", "", "1993-11-08", "", "T12 L1", "5.5", "9", "2", "3", "1"]);
    expect(records[12]).toEqual(["P6", "76", "F", "PV2", "repeat", "PV1", "2001-05-29", "", "T12", "2.5", "10", "3", "0", "0"]);
  });
});
