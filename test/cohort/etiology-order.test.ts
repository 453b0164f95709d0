/**
 * Spec §9.4 `baseline.etiology`: sorted by count (highest first), then by name.
 * "By name" as a reader of Table 1 expects, and as R's `sort()` / `order()` give
 * in a UTF-8 locale (ICU collation): alphabetical whatever the case, so a
 * capitalised "Osteoporosis" does not jump ahead of "metastasis"; the same
 * letters lower case first. Expected order worked out with R 4 in C.UTF-8:
 *   sort(c("Osteoporosis", "metastasis", "osteoporosis", "Trauma", "haemangioma",
 *          "multiple myeloma", "Multiple myeloma"))
 * gives haemangioma, metastasis, multiple myeloma, Multiple myeloma, osteoporosis,
 * Osteoporosis, Trauma.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

function etiologiesOf(names: readonly string[]): readonly { readonly name: string; readonly count: number }[] {
  const patients = names.map((name, i) => `patient P${i} { etiology "${name}" }`);
  return analyze(`study "S" { measure pain range 0..10 }\n${patients.join("\n")}\n`).figures.baseline.etiology;
}

describe("the etiologies of Table 1, in order", () => {
  it("orders names of equal count alphabetically whatever their case, lower case first", () => {
    const names = ["Osteoporosis", "metastasis", "osteoporosis", "Trauma", "haemangioma", "multiple myeloma", "Multiple myeloma"];
    expect(etiologiesOf(names).map((e) => e.name)).toEqual([
      "haemangioma", "metastasis", "multiple myeloma", "Multiple myeloma", "osteoporosis", "Osteoporosis", "Trauma",
    ]);
  });

  it("still puts the most frequent first", () => {
    expect(etiologiesOf(["metastasis", "Trauma", "Trauma", "osteoporosis"])).toEqual([
      { name: "Trauma", count: 2 },
      { name: "metastasis", count: 1 },
      { name: "osteoporosis", count: 1 },
    ]);
  });
});
