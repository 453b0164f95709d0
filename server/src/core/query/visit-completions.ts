/**
 * The suggestions for the version-2 items (completions.ts calls these): the
 * study's declared visit ids and complication kinds, the measures inside a visit
 * block, and the visit block snippet.
 */
import type { Analysis } from "../analyze";
import type { Suggestion } from "./completions";

/** Inside a visit block: the declared measures not yet scored there, each with a score placeholder. */
export function visitMeasures(analysis: Analysis, scored: readonly string[]): Suggestion[] {
  return [...analysis.model.measures.values()]
    .filter((m) => !scored.includes(m.name))
    .map((m) => ({
      label: m.name,
      kind: "measure",
      detail: m.label,
      documentation: `The score at this visit, ${m.rangeValid ? `${m.min} to ${m.max}` : "on its declared range"}; ? when not recorded.`,
      insert: `${m.name} \${1:score}`,
      snippet: true,
    }));
}

/** The visits of the study's schedule, in declaration order. */
export function declaredVisits(analysis: Analysis): Suggestion[] {
  return (analysis.model.study?.visits ?? []).flatMap((v) => {
    if (v.id === undefined) return [];
    const when = v.day === undefined ? "" : `day ${v.day.value}${v.window !== undefined && v.window.value > 0 ? ` ± ${v.window.value}` : ""}`;
    const detail = [v.label?.value, when].filter((x) => x !== undefined && x !== "").join(" · ");
    return [{ label: v.id.text, kind: "visit" as const, insert: v.id.text, snippet: false, ...(detail !== "" && { detail }) }];
  });
}

/** The kinds of complication the study declares, in declaration order. */
export function declaredComplications(analysis: Analysis): Suggestion[] {
  return (analysis.model.study?.complications ?? []).flatMap((c) =>
    c.kind === undefined ? [] : [{ label: c.kind.text, kind: "complication" as const, insert: c.kind.text, snippet: false, ...(c.label && { detail: c.label.value }) }],
  );
}

/**
 * A visit block: the declared visit ids as a choice (an id placeholder when none
 * is declared), a date placeholder, and each declared measure with a score
 * placeholder (`score` does not parse as a score, so one tabbed past is flagged).
 */
export function visitSnippet(analysis: Analysis): Suggestion {
  const ids = (analysis.model.study?.visits ?? []).flatMap((v) => (v.id === undefined ? [] : [v.id.text]));
  const id = ids.length > 0 ? `\${1|${[...new Set(ids)].join(",")}|}` : "${1:id}";
  let n = 3;
  const measures = [...analysis.model.measures.keys()];
  const scores = measures.length > 0 ? measures.map((m) => `${m} \${${n++}:score}`).join(" ") : "${3:measure} ${4:score}";
  return {
    label: "visit … { … }",
    kind: "snippet",
    detail: "The scores at a follow-up visit",
    filterText: "visit",
    insert: `visit ${id} on \${2:YYYY-MM-DD} { ${scores} }`,
    snippet: true,
  };
}
