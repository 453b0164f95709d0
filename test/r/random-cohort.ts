/**
 * Random cohorts for the check against R (figures-against-r.rtest.ts): a `.vcase`
 * text, and beside it the raw data R is to compute from, kept by the generator as
 * it writes the text (never read back from the core): for each measure and role
 * the complete before/after pairs as written, and the per-patient and
 * per-procedure values of the cohort's description.
 *
 * Scores are whole numbers on some scales and decimals (one or two places) on
 * others, so that decimal differences and their ties are exercised; cohort sizes
 * run from empty to over 50 pairs a role, so that both the exact and the normal
 * Wilcoxon p-values are reached.
 */

// The bench's seeded generator and drawing helpers, so one mulberry32 serves both.
export { Draw, prng as seeded } from "../../bench/generate";
import { Draw, prng as seeded } from "../../bench/generate";

export interface Scale {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly better: "lower" | "higher";
  /** Decimal places the scores are written with. */
  readonly places: number;
}

export const SCALES: readonly Scale[] = [
  { name: "pain", min: 0, max: 10, better: "lower", places: 0 },
  { name: "odi", min: 0, max: 100, better: "lower", places: 0 },
  { name: "function", min: 0, max: 1, better: "higher", places: 1 },
  { name: "vas", min: 0, max: 5, better: "lower", places: 2 },
];

/** Spine order, as the language names the levels. */
const LEVELS = [
  ..."1234567".split("").map((n) => `C${n}`),
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `S${i + 1}`),
];
const SEXES = ["F", "M", "female", "male", "other", "unknown"];
const ETIOLOGIES = ["osteoporosis", "metastasis", "multiple myeloma", "haemangioma"];

/** A whole number of hundredths, tenths or units written as the decimal it is (`235` at 2 places is "2.35"). */
export function decimal(units: number, places: number): string {
  if (places === 0) return String(units);
  const scale = 10 ** places;
  return `${Math.floor(units / scale)}.${String(units % scale).padStart(places, "0")}`;
}

export interface PairsData {
  readonly measure: string;
  readonly role: "initial" | "repeat";
  readonly better: "lower" | "higher";
  readonly min: number;
  readonly max: number;
  /** As written, pair by pair. */
  readonly before: string[];
  readonly after: string[];
}

export interface RandomCohort {
  readonly text: string;
  readonly pairs: PairsData[];
  /** The cohort's description, as lists of values written (or counted) by the generator. */
  readonly baseline: {
    readonly age: string[];
    readonly proceduresPerPatient: string[];
    readonly levelsPerProcedure: string[];
    readonly cementInitial: string[];
    readonly cementRepeat: string[];
  };
}

function dateText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** One cohort of up to `maxPatients` patients; `seed` fixes it. */
export function randomCohort(seed: number, maxPatients: number): RandomCohort {
  const draw = new Draw(seeded(seed));
  const scales = SCALES.filter(() => draw.chance(0.7));
  if (scales.length === 0) scales.push(SCALES[0]!);
  const out: string[] = [`study "Random cohort ${seed}" {`];
  for (const s of scales) out.push(`  measure ${s.name} range ${s.min}..${s.max} better ${s.better}`);
  out.push("}");
  const pairs = new Map<string, PairsData>();
  for (const s of scales) {
    for (const role of ["initial", "repeat"] as const) {
      pairs.set(`${s.name}.${role}`, { measure: s.name, role, better: s.better, min: s.min, max: s.max, before: [], after: [] });
    }
  }
  const baseline = { age: [] as string[], proceduresPerPatient: [] as string[], levelsPerProcedure: [] as string[], cementInitial: [] as string[], cementRepeat: [] as string[] };

  const patients = draw.int(0, maxPatients);
  for (let p = 0; p < patients; p++) {
    out.push(`patient P${p} {`);
    if (draw.chance(0.85)) {
      const age = String(draw.int(30, 99));
      baseline.age.push(age);
      out.push(`  age ${age}`);
    }
    if (draw.chance(0.9)) out.push(`  sex ${draw.pick(SEXES)}`);
    if (draw.chance(0.8)) {
      const etiology = draw.pick(ETIOLOGIES);
      out.push(draw.chance(0.3) || etiology.includes(" ") ? `  etiology "${etiology}"` : `  etiology ${etiology}`);
    }
    const procedures = draw.chance(0.1) ? 0 : draw.int(1, 3);
    baseline.proceduresPerPatient.push(String(procedures));
    let day = draw.int(7305, 18000);
    let firstLevels: number[] = [];
    for (let k = 0; k < procedures; k++) {
      const repeat = k > 0 && draw.chance(0.6);
      // A repeat treats some of the first procedure's levels (VC302), written singly.
      let items: string[];
      let ordinals: number[];
      if (repeat) {
        ordinals = firstLevels.filter(() => draw.chance(0.6));
        if (ordinals.length === 0) ordinals = [firstLevels[0]!];
        items = ordinals.map((o) => LEVELS[o]!);
      } else {
        items = [];
        ordinals = [];
        for (let n = draw.int(1, 3); n > 0; n--) {
          const from = draw.int(0, LEVELS.length - 1);
          const to = draw.chance(0.3) ? Math.min(LEVELS.length - 1, from + draw.int(1, 3)) : from;
          items.push(to > from ? `${LEVELS[from]}-${LEVELS[to]}` : LEVELS[from]!);
          for (let o = from; o <= to; o++) ordinals.push(o);
        }
        ordinals = [...new Set(ordinals)];
        if (k === 0) firstLevels = ordinals;
      }
      baseline.levelsPerProcedure.push(String(new Set(ordinals).size));
      day += draw.int(1, 200);
      out.push(`  procedure PV${k + 1} vertebroplasty on ${dateText(day)} at ${items.join(", ")}${repeat ? " repeats PV1" : ""} {`);
      const role = repeat ? "repeat" : "initial";
      if (draw.chance(0.7)) {
        // One or two cement lines, in tenths of a ml; the procedure's volume is their sum.
        const lines = draw.chance(0.2) ? [draw.int(5, 80), draw.int(1, 30)] : [draw.int(5, 80)];
        for (const tenths of lines) out.push(`    cement ${decimal(tenths, 1)} ml`);
        const total = decimal(lines.reduce((a, b) => a + b, 0), 1);
        (repeat ? baseline.cementRepeat : baseline.cementInitial).push(total);
      }
      for (const s of scales) {
        if (!draw.chance(0.9)) continue;
        const units = (s.max - s.min) * 10 ** s.places;
        const score = () => (draw.chance(0.08) ? null : decimal(draw.int(0, units) + s.min * 10 ** s.places, s.places));
        const before = score();
        const after = score();
        out.push(`    ${s.name} ${before ?? "?"} -> ${after ?? "?"}`);
        if (before !== null && after !== null) {
          const data = pairs.get(`${s.name}.${role}`)!;
          data.before.push(before);
          data.after.push(after);
        }
      }
      out.push("  }");
    }
    out.push("}");
  }
  return { text: out.join("\n") + "\n", pairs: [...pairs.values()], baseline };
}
