/**
 * The benchmark's cohort (generate.ts) written in the .vcase syntax: the study
 * header, then one block per patient, version 2 items included when the cohort
 * has them (as in samples/followup-visits.vcase).
 */
import type { ComplicationJson, Cohort, DateValue, LevelValue, PatientJson, ProcedureJson } from "./generate";

function dateText(date: DateValue): string {
  return typeof date === "string" ? date : `day ${date.day}`;
}

function levelsText(levels: readonly LevelValue[]): string {
  return levels.map((l) => (typeof l === "string" ? l : `${l.from}-${l.to}`)).join(", ");
}

function scoreText(score: number | null): string {
  return score === null ? "?" : String(score);
}

function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&")}"`;
}

export function headerLines(study: Cohort["study"]): string[] {
  const out = [
    `// ${study.title}: generated for the benchmark (bench/generate.ts).`,
    `study ${quoted(study.title)} {`,
    `  reference ${quoted(study.reference)}`,
    `  design ${quoted(study.design)}`,
  ];
  for (const m of study.measures) {
    const responder = m.responder === undefined ? "" : ` responder ${m.responder}`;
    out.push(`  measure ${m.name} ${quoted(m.label)} range ${m.range[0]}..${m.range[1]} better ${m.better}${responder}`);
  }
  for (const v of study.visits ?? []) out.push(`  visit ${v.id} ${quoted(v.label)} day ${v.day} window ${v.window}`);
  for (const c of study.complications ?? []) out.push(`  complication ${c.kind} ${quoted(c.label)}`);
  out.push("}");
  return out;
}

/** `complication KIND [on DATE] [at LEVELS] [symptomatic] ["TEXT"]`. */
function complicationLine(indent: string, c: ComplicationJson): string {
  const on = c.date === undefined ? "" : ` on ${dateText(c.date)}`;
  const at = c.levels === undefined ? "" : ` at ${levelsText(c.levels)}`;
  const text = c.text === undefined ? "" : ` ${quoted(c.text)}`;
  return `${indent}complication ${c.kind}${on}${at}${c.symptomatic ? " symptomatic" : ""}${text}`;
}

function procedureLines(proc: ProcedureJson): string[] {
  const repeats = proc.repeats === undefined ? "" : ` repeats ${proc.repeats}`;
  const out = [`  procedure ${proc.id} ${proc.kind} on ${dateText(proc.date)} at ${levelsText(proc.levels)}${repeats} {`];
  if (proc.cementMl !== undefined) out.push(`    cement ${proc.cementMl} ml`);
  for (const [name, s] of Object.entries(proc.outcomes)) out.push(`    ${name} ${scoreText(s.before)} -> ${scoreText(s.after)}`);
  for (const c of proc.complications ?? []) out.push(complicationLine("    ", c));
  for (const [id, v] of Object.entries(proc.visits ?? {})) {
    const on = v.date === undefined ? "" : ` on ${dateText(v.date)}`;
    const scores = Object.entries(v.scores).map(([name, score]) => `${name} ${scoreText(score)}`);
    out.push(`    visit ${id}${on} { ${scores.join(" ")} }`);
  }
  out.push("  }");
  return out;
}

/** A patient block, preceded by an empty line. */
export function patientLines(p: PatientJson): string[] {
  const out = ["", `patient ${p.id} {`, `  age ${p.age}`, `  sex ${p.sex}`];
  out.push(`  etiology ${/^[A-Za-z_]\w*$/.test(p.etiology) ? p.etiology : quoted(p.etiology)}`);
  p.procedures.forEach((proc, i) => {
    // The recurrence that led to a repeat is written just before it.
    const r = i > 0 ? p.recurrences[i - 1] : undefined;
    if (r !== undefined) out.push(`  recurrence on ${dateText(r.date)}${r.levels ? ` at ${levelsText(r.levels)}` : ""}`);
    out.push(...procedureLines(proc));
  });
  for (const c of p.complications ?? []) out.push(complicationLine("  ", c));
  if (p.followup !== undefined) out.push(`  followup until ${dateText(p.followup.until)}${p.followup.status ? ` ${p.followup.status}` : ""}`);
  for (const note of p.notes ?? []) out.push(`  note ${quoted(note)}`);
  out.push("}");
  return out;
}

export function toVcase(cohort: Cohort): string {
  const out = headerLines(cohort.study);
  for (const p of cohort.patients) out.push(...patientLines(p));
  out.push("");
  return out.join("\n");
}
