/**
 * computeCohort on small cohorts written as .vcase text, every expected value
 * worked by hand in the comment beside it (type-7 quartiles: h = (n − 1)·p,
 * interpolate between the order statistics around h).
 */
import { describe, expect, it } from "vitest";
import { computeCohort } from "../../server/src/core/cohort/figures";
import type { CohortFigures } from "../../server/src/core/cohort/types";
import { linkCohort } from "../../server/src/core/model/cohort-model";
import { parse } from "../../server/src/core/syntax/parse";

function figuresOf(text: string): CohortFigures {
  const parsed = parse(text);
  expect(parsed.diagnostics).toEqual([]); // the test text itself must parse
  return computeCohort(linkCohort(parsed), text);
}

const NULL_STATS = { n: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null };

describe("better higher", () => {
  const f = figuresOf(`
    study "S" { measure function range 0..100 better higher responder 10 }
    patient A { procedure X vertebroplasty on day 0 at L1 { function 40 -> 70 } }
    patient B { procedure X vertebroplasty on day 0 at L1 { function 60 -> 65 } }
    patient C { procedure X vertebroplasty on day 0 at L1 { function 100 -> 90 } }
    patient D { procedure X vertebroplasty on day 0 at L1 { function 80 -> 80 } }
  `);
  const r = f.measures.get("function")!.initial;

  it("improvement is after − before", () => {
    // improvements: A +30, B +5, C −10, D 0; sorted −10, 0, 5, 30
    // mean 25/4 = 6.25; median (0+5)/2 = 2.5
    // q1: h = 0.75 → −10 + 0.75·10 = −2.5; q3: h = 2.25 → 5 + 0.25·25 = 11.25
    // sd: squared deviations 564.0625 + 1.5625 + 264.0625 + 39.0625 = 868.75; √(868.75/3) = 17.01714821...
    expect(r.n).toBe(4);
    expect(r.improvement).toMatchObject({ n: 4, mean: 6.25, median: 2.5, q1: -2.5, q3: 11.25, min: -10, max: 30 });
    expect(r.improvement.sd!).toBeCloseTo(17.0171482, 6);
    expect(r.pre.mean).toBe(70); // (40+60+100+80)/4
    expect(r.post.mean).toBe(76.25); // (70+65+90+80)/4
  });

  it("responders, impaired (before < max) and the impaired subgroup", () => {
    expect(r.responders).toEqual({ count: 1, n: 4 }); // only A has ≥ 10
    expect(r.impaired).toEqual({ count: 3, n: 4 }); // A, B, D below 100; C at the best score
    expect(r.improvedAmongImpaired).toEqual({ count: 2, n: 3 }); // A +30, B +5; D 0 is not improved
    expect(r.improvementAmongImpaired.mean).toBeCloseTo(35 / 3, 12); // (30+5+0)/3
    expect(r.postAmongImpaired.mean).toBeCloseTo(215 / 3, 12); // (70+65+80)/3
  });

  it("wilcoxon is before − after, whatever the direction", () => {
    // d = −30, −5, +10, 0 → drop the zero; ranks of |d|: 5→1, 10→2, 30→3; V = 2 (the +10)
    // a zero was dropped → normal approximation: σ² = 3·4·7/24 = 3.5,
    // z = (2 − 3 + 0.5)/√3.5 = −0.26726, p = 2Φ(z) = 0.78927
    expect(r.wilcoxon).not.toBeNull();
    expect(r.wilcoxon!.statistic).toBe(2);
    expect(r.wilcoxon!.exact).toBe(false);
    expect(r.wilcoxon!.p).toBeCloseTo(0.78927, 4);
  });
});

describe("scores that do not enter the figures", () => {
  const f = figuresOf(`
    study "S" { measure pain range 0..10 better lower responder 3 }
    patient P1 { procedure X vertebroplasty on day 0 at L1 { pain 8 -> 2 } }
    patient P2 { procedure X vertebroplasty on day 0 at L1 { pain ? -> 3 } }
    patient P3 { procedure X vertebroplasty on day 0 at L1 { pain 9 -> 12 } }
    patient P4 { procedure X vertebroplasty on day 0 at L1 { pain 6 -> 6 } }
    patient P5 { procedure X vertebroplasty on day 0 at L1 { pain 7 -> 1  pain 2 -> 2 } }
    patient P6 { procedure X vertebroplasty on day 0 at L1 { cement 3 ml } }
  `);
  const r = f.measures.get("pain")!.initial;

  it("excludes `?`, out-of-range scores and second outcomes, and procedures without the measure", () => {
    // kept: P1 8→2, P4 6→6, P5 7→1 (first of its two outcomes)
    // dropped: P2 (? before), P3 (12 outside 0..10), P6 (no pain outcome)
    expect(r.n).toBe(3);
    expect(r.pre).toMatchObject({ n: 3, mean: 7, median: 7, min: 6, max: 8 }); // 8, 6, 7
    expect(r.post).toMatchObject({ n: 3, mean: 3, median: 2 }); // 2, 6, 1
    expect(r.improvement).toMatchObject({ mean: 4, min: 0, max: 6 }); // 6, 0, 6
    expect(r.responders).toEqual({ count: 2, n: 3 }); // 6 ≥ 3 twice
    expect(r.impaired).toEqual({ count: 3, n: 3 }); // every before > 0
    expect(r.improvedAmongImpaired).toEqual({ count: 2, n: 3 });
  });
});

describe("no responder threshold, empty role, invalid range", () => {
  const f = figuresOf(`
    study "S" {
      measure mobility range 0..4
      measure bad range 10..0
    }
    patient A { procedure X vertebroplasty on day 0 at L1 { mobility 3 -> 1  bad 1 -> 2 } }
    patient B {
      procedure X vertebroplasty on day 0 at L1 { mobility 0 -> 0 }
      procedure Y vertebroplasty on day 9 at L1 repeats X { mobility ? -> 0 }
    }
  `);
  const m = f.measures.get("mobility")!;

  it("responders is null without a threshold; better defaults to lower", () => {
    expect(m.def.better).toBe("lower");
    expect(m.initial.responders).toBeNull();
    // A 3→1 impaired (3 > 0), improvement 2; B 0→0 at the best score
    expect(m.initial.impaired).toEqual({ count: 1, n: 2 });
    expect(m.initial.improvementAmongImpaired).toMatchObject({ n: 1, mean: 2, sd: null });
  });

  it("a role with n = 0 has every statistic null", () => {
    // the only repeat records `? -> 0`: no complete pair
    expect(m.repeat).toEqual({
      n: 0,
      pre: NULL_STATS,
      post: NULL_STATS,
      improvement: NULL_STATS,
      responders: null,
      impaired: { count: 0, n: 0 },
      improvedAmongImpaired: { count: 0, n: 0 },
      improvementAmongImpaired: NULL_STATS,
      postAmongImpaired: NULL_STATS,
      wilcoxon: null,
      tTest: null,
    });
  });

  it("a measure with a reversed range gets no figures", () => {
    expect([...f.measures.keys()]).toEqual(["mobility"]);
  });

  it("wilcoxon is null when every difference is zero", () => {
    const g = figuresOf(`
      study "S" { measure pain range 0..10 }
      patient A { procedure X vertebroplasty on day 0 at L1 { pain 5 -> 5 } }
    `);
    expect(g.measures.get("pain")!.initial.wilcoxon).toBeNull();
  });
});

describe("intervals", () => {
  const f = figuresOf(`
    study "S" { measure pain range 0..10 }
    patient A {
      procedure PV1 vertebroplasty on day 0 at T12, L1 { }
      recurrence on day 0 at T12      // P's own day: not after P
      recurrence on day 5 at L3       // a level PV1 did not treat
      recurrence on day 12            // no level given: counts → 12
      recurrence on day 20 at L1      // later than the first one
      procedure PV2 vertebroplasty on day 30 at L1 repeats PV1 { }   // repeat 30
    }
    patient B {
      procedure PV1 vertebroplasty on day 0 at T8 { }
      procedure PV2 vertebroplasty on day 30 at T8 repeats PV1 { }   // repeat 30
      recurrence on day 40 at T8      // after R: no recurrence interval for B
    }
    patient C {
      procedure PV1 vertebroplasty on day 10 at L2 { }
      recurrence on day 25 at L2-L3   // range covers L2; on R's day is "on or before R" → 15
      procedure PV2 vertebroplasty on day 25 at L2 repeats PV1 { }   // repeat 15
    }
    patient D {
      procedure PV1 vertebroplasty on day 0 at T10, T11 { }
      recurrence on day 10 at T11     // → 10
      procedure PV2 vertebroplasty on day 20 at T11 repeats PV1 { }  // repeat 20
      recurrence on day 50 at T11     // after PV2 → 50 − 20 = 30
      procedure PV3 vertebroplasty on day 60 at T11 repeats PV2 { }  // repeat 60 − 20 = 40
    }
  `);

  it("recurrenceDays follows the selection rules", () => {
    // A 12, C 15, D 10 and 30; B none → n 4, sorted 10, 12, 15, 30, mean 67/4
    expect(f.intervals.recurrenceDays).toMatchObject({ n: 4, min: 10, max: 30, mean: 16.75, median: 13.5 });
  });

  it("repeatDays for every resolved repeat", () => {
    // A 30, B 30, C 15, D 20 and 40 → sorted 15, 20, 30, 30, 40: mean 27, median 30
    expect(f.intervals.repeatDays).toMatchObject({ n: 5, min: 15, max: 40, mean: 27, median: 30 });
  });

  it("counts procedures by role", () => {
    expect(f.patients).toBe(4);
    expect(f.procedures).toEqual({ total: 9, initial: 4, repeat: 5 });
  });

  it("calendar dates count real days (leap year) and unknown days give no interval", () => {
    const g = figuresOf(`
      study "S" { measure pain range 0..10 }
      patient Leap {
        procedure PV1 vertebroplasty on 2000-02-27 at L1 { }
        recurrence on 2000-02-29 at L1                              // → 2 days
        procedure PV2 vertebroplasty on 2000-03-01 at L1 repeats PV1 { }  // → 3 days
      }
      patient Mixed {
        procedure PV1 vertebroplasty on 2000-01-01 at L4 { }
        recurrence on day 5 at L4                                   // VC203: no intervals
        procedure PV2 vertebroplasty on 2000-02-01 at L4 repeats PV1 { }
      }
      patient Invalid {
        procedure PV1 vertebroplasty on 2001-02-30 at L4 { }        // VC201: unknown day
        procedure PV2 vertebroplasty on 2001-03-05 at L4 repeats PV1 { }
      }
      patient Unknown {
        procedure PV1 vertebroplasty on day 0 at L4 { }
        procedure PV2 vertebroplasty on day 9 at L4 repeats PV9 { } // VC402: no P
      }
      patient Backwards {
        procedure PV1 vertebroplasty on day 10 at L4 { }
        procedure PV2 vertebroplasty on day 4 at L4 repeats PV1 { } // VC202: skipped
      }
    `);
    expect(g.intervals.recurrenceDays).toMatchObject({ n: 1, min: 2, max: 2 });
    expect(g.intervals.repeatDays).toMatchObject({ n: 1, min: 3, max: 3 });
    expect(g.procedures).toEqual({ total: 10, initial: 5, repeat: 5 });
  });
});

describe("no cohort at all", () => {
  it("an empty file gives zero counts and null statistics", () => {
    const f = figuresOf("");
    expect(f.patients).toBe(0);
    expect(f.procedures).toEqual({ total: 0, initial: 0, repeat: 0 });
    expect(f.intervals).toEqual({ recurrenceDays: NULL_STATS, repeatDays: NULL_STATS, recurrenceAfterInitialDays: NULL_STATS });
    expect(f.measures.size).toBe(0);
  });
});

describe("a measure given twice in one procedure (VC104)", () => {
  it("uses its first outcome, in a patient with a repeat and in one without", () => {
    const f = figuresOf(`
      study "S" { measure pain range 0..10 }
      patient Alone {
        procedure PV1 vertebroplasty on day 0 at L1 { pain 8 -> 2  pain 9 -> 9 }
        procedure PV2 vertebroplasty on day 5 at L2 { pain 6 -> 4 }
      }
      patient Repeated {
        procedure PV1 vertebroplasty on day 0 at L1 { pain 7 -> 1  pain 1 -> 7 }
        procedure PV2 vertebroplasty on day 30 at L1 repeats PV1 { pain 5 -> 3  pain 3 -> 5 }
      }
    `);
    const pain = f.measures.get("pain")!;
    // initial: 8 -> 2 (not 9 -> 9), 6 -> 4, 7 -> 1 (not 1 -> 7): pre 8, 6, 7; post 2, 4, 1
    expect(pain.initial).toMatchObject({ n: 3, pre: { mean: 7, min: 6, max: 8 }, post: { min: 1, max: 4 } });
    // repeat: 5 -> 3 (not 3 -> 5)
    expect(pain.repeat).toMatchObject({ n: 1, pre: { mean: 5 }, post: { mean: 3 } });
    expect(f.procedures).toEqual({ total: 4, initial: 3, repeat: 1 });
  });
});

describe("figures computed one after another", () => {
  // The statistics keep their working arrays from one computation to the next
  // (stats/descriptive.ts, stats/wilcoxon.ts): a smaller cohort after a larger one
  // must not read what the larger one left there.
  const small = `
    study "S" { measure pain range 0..10 responder 2 }
    patient A { procedure X vertebroplasty on day 0 at L1 { pain 8 -> 2 } }
    patient B { procedure X vertebroplasty on day 0 at L1 { pain 0 -> 1 } }
  `;
  const large = [
    `study "L" { measure pain range 0..10 responder 2 }`,
    ...Array.from({ length: 400 }, (_, i) => `patient P${i} { procedure X vertebroplasty on day 0 at L1 { pain ${1 + (i % 10)} -> ${i % 3} } }`),
  ].join("\n");

  it("gives a small cohort the same figures before and after a larger one", () => {
    const before = figuresOf(small);
    const largeFigures = figuresOf(large);
    expect(largeFigures.measures.get("pain")!.initial.impaired.count).toBe(400); // every P scores 1..10 before: all impaired
    const after = figuresOf(small);
    expect(after).toEqual(before);
    // A 8 -> 2 is impaired (8 > 0) and improves by 6; B 0 -> 1 starts at the best score.
    const pain = after.measures.get("pain")!.initial;
    expect(pain.impaired).toEqual({ count: 1, n: 2 });
    expect(pain.improvementAmongImpaired).toMatchObject({ n: 1, mean: 6, min: 6, max: 6 });
    expect(pain.postAmongImpaired).toMatchObject({ n: 1, mean: 2 });
  });
});
