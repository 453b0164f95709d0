/**
 * The benchmark's results: their JSON form (bench/results/latest.json, so runs can
 * be compared), the targets of the speed issue judged against them, and the
 * Markdown table that is printed and copied into bench/README.md.
 */
import type { Collections } from "./collections";
import type { HoverTimes } from "./editor";
import { SERVER_NODE_OPTIONS } from "../server/src/lsp/node-options";
import type { CoreProbe } from "./core-probe";
import { median, unsharedRuns, type Timing } from "./measure";
import type { RequestTimes, RequestTiming } from "./requests";
import type { EditTimes } from "./server-edit";
import type { ServerHoverTimes } from "./server-hover";
import type { StartTimes } from "./server-start";

export interface SizeResult {
  readonly patients: number;
  readonly lines: number;
  readonly vcaseBytes: number;
  readonly jsonBytes: number;
  /** Full analysis: parse, every check, every figure. */
  readonly analysis: Timing;
  /** vscode-json-languageservice: parse and validate against the schema. */
  readonly peer: Timing;
  /** JSON.parse of the same cohort, indented as an editor shows it. */
  readonly floor: Timing;
  /** JSON.parse of the same cohort without indentation. */
  readonly floorCompact: Timing;
  readonly heapBytesPerPatient: number;
  /** Full analysis of the same text with one syntax error (10,000 patients only). */
  readonly withSyntaxError?: Timing;
  /** Full analysis while a small analysis of another text is alive, as in an editor (10,000 patients only). */
  readonly withOtherAnalysisAlive?: Timing;
  /**
   * Full analysis in a process started with the server's Node.js options (10,000 and
   * 50,000 patients), its runs judged against that process's own fastest probe.
   */
  readonly withServerOptions?: { readonly timing: Timing; readonly coreProbe: CoreProbe; readonly collections?: Collections };
  /** The garbage collections inside one analysis with Node's defaults (10,000 and 50,000 patients), counted after the timed runs. */
  readonly collections?: Collections;
}

export interface EditorResult {
  readonly lines: number;
  readonly patients: number;
  readonly reanalysis: Timing;
  /** The same, when the file holds one syntax error. */
  readonly reanalysisWithSyntaxError: Timing;
  /** Re-analysis made from the last version's analysis, as the server makes it. */
  readonly reanalysisFromLast: Timing;
  /** Server start to first diagnostics on the same file; absent when dist/server.js is not built. */
  readonly serverStart?: StartTimes;
  /** Typing in the large file through the bundled server; absent when it is not built. */
  readonly serverEdit?: EditTimes & { readonly patients: number };
  /** A hover on the study title of the large file through the bundled server after an edit; absent when it is not built. */
  readonly serverHover?: ServerHoverTimes & { readonly patients: number };
  readonly hover: HoverTimes & { readonly patients: number };
  /** Editor requests in the large file, each the first on a fresh analysis. */
  readonly requests: RequestTimes & { readonly patients: number };
}

export interface Target {
  readonly what: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

export interface Results {
  readonly date: string;
  readonly command: string;
  readonly machine: Record<string, string | number>;
  /** Absent in results written before the probe existed. */
  readonly coreProbe?: CoreProbe;
  readonly sizes: readonly SizeResult[];
  readonly editor: EditorResult;
  readonly targets: readonly Target[];
}

const ms = (t: number): string => (t < 10 ? t.toFixed(2) : t < 100 ? t.toFixed(1) : t.toFixed(0)) + " ms";
const kb = (bytes: number): string => (bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0) + " KB";
const mb = (bytes: number): string => (bytes >= 1_048_576 ? (bytes / 1_048_576).toFixed(1) + " MB" : kb(bytes));

/**
 * A growth or ratio judged against `bound`, with two decimals, or three when two
 * would round it onto the bound: 5.504× is over 5.5× and must not read as 5.50×.
 */
function ratioFigure(x: number, bound: number): string {
  const two = x.toFixed(2);
  return (Number(two) === bound && x !== bound ? x.toFixed(3) : two) + "×";
}

const isHover = (r: RequestTiming): boolean => r.method === "textDocument/hover";

/** The hover whose first request on a new analysis took longest (median): the issue's hover target is judged on it. */
function slowestFirstHover(requests: RequestTimes): RequestTiming | undefined {
  let worst: RequestTiming | undefined;
  for (const r of requests.first) if (isHover(r) && (worst === undefined || r.timing.median > worst.timing.median)) worst = r;
  return worst;
}

/** A small table: each request, first on a fresh analysis, then the hover repeated on one. */
function requestLines(requests: EditorResult["requests"]): string[] {
  const row = (r: RequestTiming) => `| ${r.what} | ${ms(r.timing.median)} | ${ms(r.timing.min)} | ${ms(r.timing.max)} | ${mb(r.answerBytes)} |`;
  const runs = requests.first[0]?.timing.runs ?? 0;
  return [
    `Editor requests in the ${requests.patients.toLocaleString("en")}-patient file after an edit (${requests.edit}): each the first on a fresh analysis, timed until its answer is JSON, median of ${runs} runs; the last row asks again on an analysis that has answered once.`,
    "",
    "| request | median | min | max | answer (JSON) |",
    "|---|---:|---:|---:|---:|",
    ...requests.first.map(row),
    row(requests.repeatedHover),
  ];
}

/** Fewer runs than this on an unshared core make no median worth judging. */
const MIN_UNSHARED_RUNS = 5;

/** The 60 ms target judged again on the runs the core probe found unshared. */
function unsharedTarget(analysis: Timing, probe: CoreProbe | undefined): Target | undefined {
  const unshared = probe && unsharedRuns(analysis, probe);
  if (unshared === undefined) return undefined;
  const what = "10,000 patients: full analysis, only the runs on a core the host did not share";
  const of = `${unshared.runs} of ${unshared.runs + unshared.shared} runs`;
  if (unshared.runs < MIN_UNSHARED_RUNS) return { what, target: "≤ 60 ms", measured: `too few runs to judge (${of})`, met: false };
  return { what, target: "≤ 60 ms", measured: `${ms(unshared.median)} (${of})`, met: unshared.median <= 60 };
}

export function judgeTargets(sizes: readonly SizeResult[], editor: EditorResult, probe?: CoreProbe): Target[] {
  const at = (n: number) => sizes.find((s) => s.patients === n);
  const out: Target[] = [];
  const s10k = at(10_000);
  const s500 = at(500);
  if (s500 !== undefined) {
    const a = s500.analysis.median;
    out.push({ what: "500 patients: full analysis", target: "≤ 3 ms", measured: ms(a), met: a <= 3 });
  }
  if (s10k !== undefined) {
    const a = s10k.analysis.median;
    out.push({ what: "10,000 patients: full analysis", target: "≤ 60 ms", measured: ms(a), met: a <= 60 });
    const unshared = unsharedTarget(s10k.analysis, probe);
    if (unshared !== undefined) out.push(unshared);
    const faster = s10k.peer.median / a;
    out.push({ what: "10,000 patients: vs JSON language service", target: "≥ 10× faster", measured: `${faster.toFixed(1)}× faster`, met: faster >= 10 });
    const floor = a / s10k.floor.median;
    out.push({ what: "10,000 patients: vs JSON.parse", target: "≤ 2×", measured: ratioFigure(floor, 2), met: floor <= 2 });
  }
  const r = editor.reanalysisFromLast.median;
  out.push({
    what: `${editor.lines}-line file: re-analysis after one character, as the server makes it`,
    target: "≤ 1 ms",
    measured: `${ms(r)} (from scratch ${ms(editor.reanalysis.median)})`,
    met: r <= 1,
  });
  const h = editor.hover.cached.median;
  out.push({ what: `hover on the study title, ${editor.hover.patients.toLocaleString("en")} patients`, target: "≤ 5 ms", measured: `${ms(h)} (first ${ms(editor.hover.first)})`, met: h <= 5 });
  if (editor.serverHover !== undefined) {
    const settled = editor.serverHover.settled;
    out.push({
      what: `hover on the study title through the server, after an edit once the document has settled, ${editor.serverHover.patients.toLocaleString("en")} patients`,
      target: "≤ 5 ms",
      measured: `${ms(settled)} (at once after the diagnostics ${ms(editor.serverHover.rightAfterPublication)})`,
      met: settled <= 5,
    });
  }
  const firstHover = slowestFirstHover(editor.requests);
  out.push({
    what: `hover, first request after an edit, ${editor.requests.patients.toLocaleString("en")} patients (slowest place)`,
    target: "≤ 5 ms",
    measured: firstHover === undefined ? "not measured" : `${ms(firstHover.timing.median)} (${firstHover.what})`,
    met: firstHover !== undefined && firstHover.timing.median <= 5,
  });
  const heaps = sizes.filter((s) => s.patients >= 1000).map((s) => s.heapBytesPerPatient);
  const heap = Math.max(...heaps);
  out.push({
    what: "heap retained per patient (worst size ≥ 1,000)",
    target: "≤ 4 KB",
    measured: heaps.length === 0 ? "not measured" : kb(heap),
    met: heaps.length > 0 && heap <= 4096,
  });
  if (editor.serverStart !== undefined) {
    const s = editor.serverStart.median;
    out.push({ what: "server start to first diagnostics", target: "≤ 300 ms", measured: ms(s), met: s <= 300 });
  } else {
    out.push({ what: "server start to first diagnostics", target: "≤ 300 ms", measured: "not measured", met: false });
  }
  return out;
}

/** Per size, how many runs the host timed on a shared core, and the medians without them. */
function sharedCoreLines(results: Results): string[] {
  const probe = results.coreProbe;
  if (probe === undefined) return [];
  const part = (name: string, t: Timing): string => {
    const u = unsharedRuns(t, probe);
    if (u === undefined) return `${name} not probed`;
    return `${name} ${u.shared} of ${u.runs + u.shared} shared${u.runs > 0 ? `, ${ms(u.median)} median of the others` : ""}`;
  };
  return [
    `- Runs the host timed on a core it shared with another program (the slower probe around the run more than ${probe.sharedRatio}× the benchmark's fastest, ${ms(probe.fastestMs)}; see "A shared core" in bench/README.md): ` +
      results.sizes.map((s) => `${s.patients.toLocaleString("en")} patients: ${part("analysis", s.analysis)}; ${part("peer", s.peer)}; ${part("JSON.parse", s.floor)}`).join(". ") +
      ".",
  ];
}

/** The analysis timed again with the server's Node.js options, per size that has it. */
function serverOptionsLines(results: Results): string[] {
  const sizes = results.sizes.filter((s) => s.withServerOptions !== undefined);
  if (sizes.length === 0) return [];
  const part = (s: SizeResult): string => {
    const { timing: t, coreProbe } = s.withServerOptions!;
    const u = unsharedRuns(t, coreProbe);
    const unshared = u === undefined || u.runs === 0 ? "" : `, ${ms(u.median)} median of the ${u.runs} runs on an unshared core`;
    return `${s.patients.toLocaleString("en")} patients ${ms(t.median)} median${unshared}`;
  };
  return [
    `- The analysis in a process started with the Node.js options the VS Code client gives the server (\`${SERVER_NODE_OPTIONS.join(" ")}\`: a young generation with room for a large cohort's analysis; the table's runs use Node's defaults, as the command line does): ${sizes.map(part).join("; ")}.`,
  ];
}

/** The collections of one size in the report's words, "young collections 3 (2–3), 12.1 ms median; no full collection": medians over the runs. */
export function describeCollections(c: Collections): string {
  const range = (values: readonly number[]): string => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return lo === hi ? String(lo) : `${median(values)} (${lo}–${hi})`;
  };
  const young = c.young.every((n) => n === 0) ? "no young collection" : `young collections ${range(c.young)}, ${ms(median(c.youngMs))} median`;
  const withFull = c.full.filter((n) => n > 0).length;
  const full =
    withFull === 0
      ? "no full collection"
      : `a full collection in ${withFull} of ${c.runs} runs, ${ms(median(c.fullMs.filter((_, i) => c.full[i]! > 0)))} median in those`;
  return `${young}; ${full}`;
}

/**
 * The collections inside one analysis at the sizes of the growth target, with
 * Node's defaults and with the server's options: a reading of "no garbage-collection
 * blow-up" that a shared core does not spoil (bench/collections.ts).
 */
function collectionLines(results: Results): string[] {
  const counted = results.sizes.filter((s) => s.collections !== undefined || s.withServerOptions?.collections !== undefined);
  if (counted.length === 0) return [];
  const runs = counted[0]!.collections?.runs ?? counted[0]!.withServerOptions!.collections!.runs;
  const part = (s: SizeResult): string => {
    const kinds = [
      s.collections && `with Node's defaults ${describeCollections(s.collections)}`,
      s.withServerOptions?.collections && `with the server's options ${describeCollections(s.withServerOptions.collections)}`,
    ];
    return `${s.patients.toLocaleString("en")} patients: ${kinds.filter((k) => k !== undefined).join("; ")}`;
  };
  return [
    `- Garbage collections inside one full analysis, counted in ${runs} more runs after the timed ones (each after a full collection, as those are; how many depends on what an analysis allocates and keeps, not on the host, while the pauses are clock times): ${counted.map(part).join(". ")}.`,
  ];
}

export function markdown(results: Results): string {
  const rows = results.sizes.map((s) =>
    [
      s.patients.toLocaleString("en"),
      `${mb(s.vcaseBytes)} / ${mb(s.jsonBytes)}`,
      ms(s.analysis.median),
      ms(s.analysis.cpuMedian),
      ms(s.peer.median),
      ms(s.floor.median),
      `${(s.analysis.median / s.peer.median).toFixed(3)} (${(s.peer.median / s.analysis.median).toFixed(1)}× faster)`,
      (s.analysis.median / s.floor.median).toFixed(2),
      kb(s.heapBytesPerPatient),
    ].join(" | "),
  );
  const { editor } = results;
  const start = editor.serverStart;
  return [
    "| patients | .vcase / JSON size | vcase full analysis | (its CPU time) | JSON language service (peer) | JSON.parse (floor) | analysis / peer | analysis / floor | heap / patient |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r} |`),
    "",
    `- JSON.parse of the same JSON without indentation: ${results.sizes.map((s) => `${ms(s.floorCompact.median)} (${s.patients.toLocaleString("en")})`).join(", ")}.`,
    ...sharedCoreLines(results),
    ...results.sizes.flatMap((s) =>
      s.withOtherAnalysisAlive === undefined
        ? []
        : [`- ${s.patients.toLocaleString("en")} patients while another document's analysis is alive, as in an editor (the table's runs have only the small analysis the core keeps, so that the engine's compiled code outlives a collection; the two should agree): ${ms(s.withOtherAnalysisAlive.median)} median.`],
    ),
    ...serverOptionsLines(results),
    ...collectionLines(results),
    ...results.sizes.flatMap((s) =>
      s.withSyntaxError === undefined
        ? []
        : [`- ${s.patients.toLocaleString("en")} patients with one syntax error (the damaged patient goes through the parser that recovers and explains, the others through the fast one): ${ms(s.withSyntaxError.median)} median.`],
    ),
    `- Re-analysis after a one-character edit, ${editor.lines}-line file (${editor.patients} patients), made from the last version's analysis as the server makes it (the edited block parsed again, every check run): ${ms(editor.reanalysisFromLast.median)} median (min ${ms(editor.reanalysisFromLast.min)}); from scratch, the whole text parsed: ${ms(editor.reanalysis.median)} median (min ${ms(editor.reanalysis.min)}); from scratch with one syntax error in the file: ${ms(editor.reanalysisWithSyntaxError.median)} median.`,
    start === undefined
      ? "- Server start to first diagnostics: not measured (--no-server, or dist/server.js not built)."
      : `- Server start to first diagnostics on that file: ${ms(start.median)} median of ${start.runs} cold starts (min ${ms(start.min)}; \`initialize\` answered at ${ms(start.initializeMedian)}).`,
    editor.serverEdit === undefined
      ? "- Typing in a large file through the server: not measured (--no-server, or dist/server.js not built)."
      : `- Typing in the ${editor.serverEdit.patients.toLocaleString("en")}-patient file through the server (stdio): one character retyped to its ${editor.serverEdit.diagnostics.toLocaleString("en")} diagnostics published, ${ms(editor.serverEdit.median)} median of ${editor.serverEdit.edits} (min ${ms(editor.serverEdit.min)}), of which ${ms(editor.serverEdit.pauseMs)} is the server's pause for more typing.`,
    `- Hover on the study title, ${editor.hover.patients.toLocaleString("en")} patients: first ${ms(editor.hover.first)} (computes the figures), then ${ms(editor.hover.cached.median)} median.`,
    editor.serverHover === undefined
      ? "- Hover on the study title through the server: not measured (--no-server, or dist/server.js not built)."
      : `- Hover on the study title through the server (stdio), ${editor.serverHover.patients.toLocaleString("en")} patients, after an edit: asked as soon as its diagnostics arrive, ${ms(editor.serverHover.rightAfterPublication)} median (the hover computes that version's figures); asked ${ms(editor.serverHover.waitedMs)} later, once the server has computed them on its own, ${ms(editor.serverHover.settled)} median (min ${ms(editor.serverHover.settledMin)}), ${editor.serverHover.rounds} of each.`,
    "",
    ...requestLines(editor.requests),
    "",
    "| target | wanted | measured | met |",
    "|---|---:|---:|:---:|",
    ...results.targets.map((t) => `| ${t.what} | ${t.target} | ${t.measured} | ${t.met ? "yes" : "**no**"} |`),
    "",
    `Machine: ${Object.entries(results.machine).map(([k, v]) => `${k} ${v}`).join(", ")}. ${results.date}.`,
  ].join("\n");
}
