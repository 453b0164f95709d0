/**
 * Random version-2 cohorts as `.vcase` text, for the check of the whole JSON
 * summary against R (summary-against-r.rtest.ts), and beside the text the raw
 * data as written, kept by the generator as it writes (never read back from the
 * core): R (summary.R) parses the dates, expands the level ranges and applies
 * spec §5 and §9.4 itself.
 *
 * It reaches what a generator written by someone else would: decimal scores,
 * `?` and out-of-range scores before, after and at visits, visits with and
 * without a date, undeclared visits and complication kinds, day-N patients beside
 * calendar ones, several recurrences (with and without levels, some on the day of
 * the next procedure), level ranges across regions and a level listed twice,
 * complications in procedures (with and without `at`, at untreated levels) and in
 * patients (some before the first procedure), follow-up lost or died, patients
 * without procedures, quoted and unquoted etiologies of the same text, every sex
 * spelling, cohorts whose improvements are all equal, empty cohorts.
 *
 * Rows for R, tab-separated (dates as `c:YYYY-MM-DD` or `d:N`, levels as written):
 *   measure NAME LABEL MIN MAX BETTER RESPONDER|NA
 *   visit ID LABEL DAY WINDOW
 *   kind ID LABEL
 *   patient PID AGE|NA SEX|NA ETIOLOGY|NA
 *   proc PID IDX initial|repeat DATE LEVELS CEMENTS      (CEMENTS comma-separated, may be empty)
 *   repeat PID IDX OF                                    (procedure IDX repeats procedure OF)
 *   score PID IDX MEASURE BEFORE AFTER                   (as written: `?`, out of range)
 *   vscore PID IDX VISIT MEASURE SCORE                   (the first block of a visit, the first score)
 *   rec PID DATE LEVELS                                  (LEVELS may be empty)
 *   pocc PID IDX KIND LEVELS true|false
 *   occ PID KIND DATE LEVELS true|false
 *   fu PID DATE completed|lost|died
 */
import { Draw, seeded } from "./random-cohort";

export interface RandomV2Cohort {
  readonly text: string;
  readonly rows: string[];
}

const LEVELS = [
  ..."1234567".split("").map((n) => `C${n}`),
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `S${i + 1}`),
];

interface Scale {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly better: "lower" | "higher";
  readonly places: number;
  readonly responders: readonly (string | null)[];
}

const SCALES: readonly Scale[] = [
  { name: "pain", min: 0, max: 10, better: "lower", places: 0, responders: ["3", "2", null] },
  { name: "odi", min: 0, max: 100, better: "lower", places: 0, responders: ["10", null] },
  { name: "eq5d", min: -0.5, max: 1, better: "higher", places: 1, responders: ["0.2", "0.1", null] },
  { name: "vas", min: 0, max: 1, better: "lower", places: 2, responders: ["0.2", "0.05", null] },
];
const VISITS = [
  { id: "w1", day: 7 },
  { id: "w6", day: 42 },
  { id: "m3", day: 91 },
  { id: "m6", day: 182 },
  { id: "y1", day: 365 },
];
const KINDS = ["leak", "fracture", "embolism", "infection"];
const SEXES = ["F", "M", "female", "male", "other", "unknown"];
const ETIOLOGIES = ["osteoporosis", "Osteoporosis", "metastasis", "multiple myeloma", "haemangioma", "trauma"];
const STATUSES = ["completed", "lost", "died"] as const;

function decimal(units: number, places: number): string {
  if (places === 0) return String(units);
  const sign = units < 0 ? "-" : "";
  const a = Math.abs(units);
  const scale = 10 ** places;
  return `${sign}${Math.floor(a / scale)}.${String(a % scale).padStart(places, "0")}`;
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** One cohort of up to `maxPatients` patients; `seed` fixes it. */
export function randomV2Cohort(seed: number, maxPatients: number): RandomV2Cohort {
  const draw = new Draw(seeded(seed));
  const rows: string[] = [];
  const out: string[] = [`study "Random v2 cohort ${seed}" {`];

  const scales = SCALES.filter(() => draw.chance(0.6));
  if (scales.length === 0) scales.push(draw.pick(SCALES));
  /** Per measure: a fixed improvement for every pair (every improvement equal), or null. */
  const constant = new Map<string, number | null>();
  for (const s of scales) {
    const responder = draw.pick(s.responders);
    const label = draw.chance(0.5) ? ` "${s.name.toUpperCase()} score"` : "";
    out.push(`  measure ${s.name}${label} range ${s.min}..${s.max} better ${s.better}${responder === null ? "" : ` responder ${responder}`}`);
    rows.push(["measure", s.name, label === "" ? s.name : `${s.name.toUpperCase()} score`, s.min, s.max, s.better, responder ?? "NA"].join("\t"));
    constant.set(s.name, draw.chance(0.12) ? draw.int(0, 2) : null);
  }
  const visits = draw.chance(0.15) ? [] : VISITS.filter(() => draw.chance(0.6));
  for (const v of visits) {
    const label = draw.chance(0.6) ? `${v.day} days` : null;
    const window = draw.chance(0.5) ? draw.int(1, 30) : null;
    out.push(`  visit ${v.id}${label === null ? "" : ` "${label}"`} day ${v.day}${window === null ? "" : ` window ${window}`}`);
    rows.push(["visit", v.id, label ?? v.id, v.day, window ?? 0].join("\t"));
  }
  const kinds = KINDS.filter(() => draw.chance(0.5));
  for (const k of kinds) {
    const label = draw.chance(0.5) ? `Kind ${k}` : null;
    out.push(`  complication ${k}${label === null ? "" : ` "${label}"`}`);
    rows.push(["kind", k, label ?? k].join("\t"));
  }
  out.push("}");

  /** A score of `s` as written: in range, `?`, or (rarely) out of range. */
  const score = (s: Scale): string => {
    if (draw.chance(0.06)) return "?";
    if (draw.chance(0.03)) return decimal((s.max + 1) * 10 ** s.places, s.places);
    return decimal(draw.int(s.min * 10 ** s.places, s.max * 10 ** s.places), s.places);
  };
  /** A before/after pair of `s`, after = before − c (better lower) when every improvement is to be c. */
  const pair = (s: Scale): [string, string] => {
    const c = constant.get(s.name);
    if (c === null || c === undefined || draw.chance(0.1)) return [score(s), score(s)];
    const unit = 10 ** s.places;
    const lo = Math.round(s.min * unit) + c;
    const hi = Math.round(s.max * unit) - c;
    const before = draw.int(lo, Math.max(lo, hi));
    const after = s.better === "lower" ? before - c : before + c;
    return [decimal(before, s.places), decimal(after, s.places)];
  };
  const levelItems = (): { text: string; ordinals: number[] } => {
    const items: string[] = [];
    const ordinals: number[] = [];
    for (let n = draw.int(1, 3); n > 0; n--) {
      const from = draw.int(0, LEVELS.length - 1);
      const to = draw.chance(0.3) ? Math.min(LEVELS.length - 1, from + draw.int(1, 3)) : from;
      items.push(to > from ? `${LEVELS[from]}-${LEVELS[to]}` : LEVELS[from]!);
      for (let o = from; o <= to; o++) ordinals.push(o);
    }
    if (draw.chance(0.1)) items.push(LEVELS[ordinals[0]!]!); // a level listed twice (VC304)
    return { text: items.join(", "), ordinals: [...new Set(ordinals)] };
  };
  /** Some levels: from `pool` mostly, anywhere sometimes; "" for none. */
  const someLevels = (pool: readonly number[], none: number): string => {
    if (draw.chance(none)) return "";
    const picked = new Set<number>();
    for (let n = draw.int(1, 2); n > 0; n--) picked.add(pool.length > 0 && draw.chance(0.7) ? draw.pick(pool) : draw.int(0, LEVELS.length - 1));
    return [...picked].map((o) => LEVELS[o]).join(", ");
  };

  const patients = draw.int(0, maxPatients);
  for (let pid = 0; pid < patients; pid++) {
    const calendar = draw.chance(0.7);
    const dateText = (day: number) => (calendar ? isoDay(day) : `day ${day}`);
    const dateRow = (day: number) => (calendar ? `c:${isoDay(day)}` : `d:${day}`);
    out.push(`patient P${pid} {`);
    const age = draw.chance(0.85) ? String(draw.int(30, 99)) : null;
    if (age !== null) out.push(`  age ${age}`);
    const sex = draw.chance(0.9) ? draw.pick(SEXES) : null;
    if (sex !== null) out.push(`  sex ${sex}`);
    const etiology = draw.chance(0.8) ? draw.pick(ETIOLOGIES) : null;
    if (etiology !== null) out.push(draw.chance(0.4) || etiology.includes(" ") ? `  etiology "${etiology}"` : `  etiology ${etiology}`);
    rows.push(["patient", pid, age ?? "NA", sex ?? "NA", etiology ?? "NA"].join("\t"));

    let day = calendar ? draw.int(11000, 19500) : draw.int(20, 50);
    const procDays: number[] = [];
    const procLevels: number[][] = [];
    const procCount = draw.chance(0.1) ? 0 : draw.int(1, 4);
    const lines: string[] = [];
    for (let k = 0; k < procCount; k++) {
      if (k > 0) day += draw.int(1, 150);
      const repeated = k > 0 && draw.chance(0.5) ? draw.int(0, k - 1) : null;
      let levels: { text: string; ordinals: number[] };
      if (repeated !== null) {
        let ordinals = procLevels[repeated]!.filter(() => draw.chance(0.6));
        if (ordinals.length === 0) ordinals = [procLevels[repeated]![0]!];
        const items = ordinals.map((o) => LEVELS[o]!);
        if (draw.chance(0.1)) items.push(items[0]!);
        levels = { text: items.join(", "), ordinals };
      } else levels = levelItems();
      procDays.push(day);
      procLevels.push(levels.ordinals);
      const role = repeated === null ? "initial" : "repeat";
      lines.push(`  procedure PV${k} vertebroplasty on ${dateText(day)} at ${levels.text}${repeated === null ? "" : ` repeats PV${repeated}`} {`);
      const cements = draw.chance(0.6) ? (draw.chance(0.2) ? [draw.int(5, 80), draw.int(1, 30)] : [draw.int(5, 80)]).map((t) => decimal(t, 1)) : [];
      for (const c of cements) lines.push(`    cement ${c} ml`);
      rows.push(["proc", pid, k, role, dateRow(day), levels.text.replace(/ /g, ""), cements.join(",")].join("\t"));
      if (repeated !== null) rows.push(["repeat", pid, k, repeated].join("\t"));
      for (const s of scales) {
        if (!draw.chance(0.85)) continue;
        const [before, after] = pair(s);
        lines.push(`    ${s.name} ${before} -> ${after}`);
        rows.push(["score", pid, k, s.name, before, after].join("\t"));
      }
      for (const v of [...VISITS, { id: "zz", day: 30 }]) {
        if (!draw.chance(v.id === "zz" ? 0.04 : 0.5)) continue;
        const on = draw.chance(0.5) ? ` on ${dateText(day + v.day + draw.int(-3, 3))}` : "";
        const written: string[] = [];
        for (const s of scales) {
          if (!draw.chance(0.75)) continue;
          const text = score(s);
          written.push(`${s.name} ${text}`);
          rows.push(["vscore", pid, k, v.id, s.name, text].join("\t"));
        }
        lines.push(`    visit ${v.id}${on} { ${written.join("  ")} }`);
      }
      for (let n = draw.chance(0.6) ? 0 : draw.int(1, 2); n > 0; n--) {
        const kind = draw.chance(0.9) ? draw.pick(KINDS) : "leek";
        const at = someLevels(levels.ordinals, 0.4);
        const on = draw.chance(0.3) ? ` on ${dateText(day + draw.int(0, 5))}` : "";
        const sym = draw.chance(0.3);
        lines.push(`    complication ${kind}${on}${at === "" ? "" : ` at ${at}`}${sym ? " symptomatic" : ""}${draw.chance(0.3) ? ' "seen on the films"' : ""}`);
        rows.push(["pocc", pid, k, kind, at.replace(/ /g, ""), sym].join("\t"));
      }
      lines.push("  }");
    }
    out.push(...lines);
    const lastProc = procDays.length > 0 ? procDays[procDays.length - 1]! : day;
    let lastEntry = lastProc + 400; // visits may run a year past the last procedure
    if (procCount > 0) {
      const allLevels = [...new Set(procLevels.flat())];
      for (let n = draw.int(0, 3); n > 0; n--) {
        // On a procedure's own day now and then (the day of the next procedure).
        const on = draw.chance(0.3) ? draw.pick(procDays) : procDays[0]! + draw.int(0, lastProc - procDays[0]! + 200);
        const at = someLevels(allLevels, 0.4);
        out.push(`  recurrence on ${dateText(on)}${at === "" ? "" : ` at ${at}`}`);
        rows.push(["rec", pid, dateRow(on), at.replace(/ /g, "")].join("\t"));
        lastEntry = Math.max(lastEntry, on);
      }
      for (let n = draw.chance(0.6) ? 0 : draw.int(1, 2); n > 0; n--) {
        const kind = draw.chance(0.9) ? draw.pick(KINDS) : "leek";
        const on = procDays[0]! + draw.int(-20, lastProc - procDays[0]! + 300); // some before the first procedure (VC713)
        const at = someLevels(allLevels, 0.5);
        const sym = draw.chance(0.3);
        out.push(`  complication ${kind} on ${dateText(on)}${at === "" ? "" : ` at ${at}`}${sym ? " symptomatic" : ""}`);
        rows.push(["occ", pid, kind, dateRow(on), at.replace(/ /g, ""), sym].join("\t"));
        lastEntry = Math.max(lastEntry, on);
      }
    }
    if (draw.chance(0.7)) {
      const until = lastEntry + draw.int(0, 300);
      const status = draw.pick(STATUSES);
      out.push(`  followup until ${dateText(until)}${status === "completed" ? "" : ` ${status}`}`);
      rows.push(["fu", pid, dateRow(until), status].join("\t"));
    }
    out.push("}");
  }
  return { text: out.join("\n") + "\n", rows };
}
