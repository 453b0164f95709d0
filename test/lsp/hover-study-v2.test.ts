/**
 * The study hover gains one line for follow-up and one for complications when
 * the study has them, and stays as it was otherwise. The figures come from the
 * hand-made version-2 cohort of test/report/v2-tables.ts (follow-up 366, 182 and
 * 30 days: median 182; P2 lost, P3 died; leak twice, fracture once).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { studyHover } from "../../server/src/lsp/features/hover-cohort";
import { analysisWithV2, V2_INPUT, V2_TEXT } from "../report/v2-tables";

describe("the study hover of a cohort with follow-up and complications", () => {
  const analysis = analysisWithV2(V2_TEXT, V2_INPUT);
  const md = studyHover(analysis, analysis.model.study!);

  it("gives the median follow-up in days, its range, and who was lost or died", () => {
    expect(md).toContain("Follow-up: median 182 days (30–366) · 3 of 4 patients recorded · 1 lost · 1 died");
  });

  it("gives the events of each complication kind on one line", () => {
    expect(md).toContain("Complications (events): Cement leakage 2 · New fracture 1");
  });

  it("says neither when the study has none", () => {
    const plain = analyze(V2_TEXT, { today: "2025-01-01" });
    const text = studyHover(plain, plain.model.study!);
    expect(text).not.toMatch(/Follow-up|Complications/);
  });
});
