/**
 * A client that drives a language server hard: several documents at once, seeded
 * random incremental edits (one to three changes per didChange), and hover,
 * completion, formatting, symbol, folding, inlay-hint, definition, references,
 * rename, code-action and summary requests interleaved without waiting for the
 * answers.
 *
 * It records what would worry a user: a reply that is an InternalError (a feature
 * threw) or a failure that is not a protocol error at all, an error logged by the
 * server, and any published diagnostics that differ from a fresh analysis of the
 * text of the version they were published for. The session (in-process or a real
 * process) supplies the connection; this file only plays the client.
 */
import {
  ErrorCodes,
  ResponseError,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze } from "../../server/src/core/analyze";
import { toLspDiagnostic } from "../../server/src/lsp/convert";
import { prng } from "../../bench/generate";

export interface Session {
  readonly client: ProtocolConnection;
  /** Every publishDiagnostics received, in arrival order; the driver takes them out as it checks them. */
  readonly published: PublishDiagnosticsParams[];
  /** Errors the server logged (window/logMessage of type Error). */
  readonly loggedErrors: string[];
  open(uri: string, text: string, version: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  /** Pause long enough for the server's debounced diagnostics to go out. */
  readonly settleMs: number;
}

export interface StressResult {
  edits: number;
  requests: number;
  publishesChecked: number;
  problems: string[];
  finalTexts: Map<string, string>;
}

/** A small seeded generator (the benchmark's mulberry32), so a failing sequence replays exactly. */
export const random = prng;

const WORDS = [
  "patient P9 {", "procedure PV3 vertebroplasty on 2001-02-03 at T12 {", "}", "{", "pain 9 -> 2", "mobility ? -> 1", "repeats PV1",
  "recurrence on 1996-05-22 at T12", "age 78", "sex F", "T11-L1", "L1-T11", ", T12", "measure x range 0..10", "\"", "//", "/*", "*/",
  "day 5", "2001-02-30", "->", "..", "?", "-", " ", "  ", "\n", "\r\n", "\t", "\0", "\uFEFF", "\uD83D", "\uDE00", "é", "🦴",
];

/** Seeded random edits and requests against `session`, then a check of the final diagnostics. */
export async function stress(session: Session, options: { seed: number; edits: number; texts: readonly string[]; pauseEvery?: number }): Promise<StressResult> {
  const rnd = random(options.seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const problems: string[] = [];
  const docs = options.texts.map((text, i) => ({ uri: `file:///stress/doc${i}.vcase`, doc: TextDocument.create(`file:///stress/doc${i}.vcase`, "vcase", 1, text) }));
  // Texts of versions sent but not yet superseded by a publish, to check each publish against.
  const versions = new Map<string, Map<number, string>>(docs.map((d) => [d.uri, new Map([[1, d.doc.getText()]])]));
  const lastPublished = new Map<string, PublishDiagnosticsParams>();
  let publishesChecked = 0;

  // Taken out as read: kept, a long run's diagnostics would fill the memory.
  const readPublished = () => {
    for (const p of session.published.splice(0)) check(p);
  };
  const check = (p: PublishDiagnosticsParams) => {
    if (p.version === undefined) return;
    const texts = versions.get(p.uri);
    const text = texts?.get(p.version);
    if (texts === undefined) return;
    if (text === undefined) {
      problems.push(`diagnostics for ${p.uri} version ${p.version}, which is unknown or older than one already published`);
      return;
    }
    for (const v of texts.keys()) if (v < p.version) texts.delete(v);
    lastPublished.set(p.uri, p);
    const difference = compareWithFreshAnalysis(text, p);
    publishesChecked++;
    if (difference !== undefined) problems.push(`${p.uri} v${p.version}: ${difference}`);
  };

  const pending: Promise<unknown>[] = [];
  let requests = 0;
  const request = (method: string, params: unknown) => {
    requests++;
    pending.push(
      session.client.sendRequest(method, params).then(
        () => undefined,
        (error: unknown) => {
          const internal = !(error instanceof ResponseError) || error.code === ErrorCodes.InternalError;
          if (internal) problems.push(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
        },
      ),
    );
  };

  for (const d of docs) session.open(d.uri, d.doc.getText(), 1);

  let edits = 0;
  while (edits < options.edits) {
    const d = pick(docs);
    const text = d.doc.getText();
    const position = () => d.doc.positionAt(int(text.length + 1));
    if (rnd() < 0.7) {
      const changes: TextDocumentContentChangeEvent[] = [];
      let working = d.doc;
      for (let k = 1 + int(3); k > 0; k--) {
        const change = randomChange(working.getText(), working, rnd);
        changes.push(change);
        working = TextDocument.update(TextDocument.create(d.uri, "vcase", 0, working.getText()), [change], 0);
      }
      const version = d.doc.version + 1;
      d.doc = TextDocument.update(d.doc, changes, version);
      versions.get(d.uri)!.set(version, d.doc.getText());
      session.change(d.uri, version, changes);
      edits += changes.length;
    } else {
      const textDocument = { uri: d.uri };
      const at = { textDocument, position: position() };
      const range = { start: position(), end: position() };
      if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) {
        [range.start, range.end] = [range.end, range.start];
      }
      const which = int(11);
      if (which === 0) request("textDocument/hover", at);
      else if (which === 1) request("textDocument/completion", at);
      else if (which === 2) request("textDocument/formatting", { textDocument, options: { tabSize: 1 + int(4), insertSpaces: rnd() < 0.8 } });
      else if (which === 3) request("textDocument/documentSymbol", { textDocument });
      else if (which === 4) request("textDocument/foldingRange", { textDocument });
      else if (which === 5) request("textDocument/inlayHint", { textDocument, range });
      else if (which === 6) request("textDocument/definition", at);
      else if (which === 7) request("textDocument/references", { ...at, context: { includeDeclaration: rnd() < 0.5 } });
      else if (which === 8) request("textDocument/rename", { ...at, newName: pick(["P9", "x_1", "pain", "T12", "P 1", ""]) });
      else if (which === 9) {
        const diagnostics = lastPublished.get(d.uri)?.diagnostics ?? [];
        request("textDocument/codeAction", { textDocument, range, context: { diagnostics: diagnostics.slice(0, 5) } });
      } else request("vcase/summary", { uri: d.uri, format: pick(["md", "csv", "html", "json", "chart"]) });
    }
    if (pending.length >= 40) await Promise.all(pending.splice(0));
    readPublished();
    if (options.pauseEvery !== undefined && int(options.pauseEvery) === 0) await sleep(session.settleMs);
  }
  await Promise.all(pending.splice(0));

  // The final word: every document's last version is published and matches a fresh analysis.
  const finalTexts = new Map(docs.map((d) => [d.uri, d.doc.getText()]));
  const deadline = Date.now() + 60_000;
  for (const d of docs) {
    while (lastPublished.get(d.uri)?.version !== d.doc.version && Date.now() < deadline) {
      await sleep(10);
      readPublished();
    }
    if (lastPublished.get(d.uri)?.version !== d.doc.version) problems.push(`${d.uri}: version ${d.doc.version} was never published`);
  }
  problems.push(...session.loggedErrors.map((e) => `server logged: ${e}`));
  return { edits, requests, publishesChecked, problems, finalTexts };
}

/** Undefined when `published` is what a fresh analysis of `text` gives (codes and ranges), else the first difference. */
export function compareWithFreshAnalysis(text: string, published: PublishDiagnosticsParams): string | undefined {
  const analysis = analyze(text);
  const key = (d: { code?: unknown; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
    `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
  const expected = analysis.diagnostics.map((d) => key(toLspDiagnostic(analysis, d))).sort();
  const actual = published.diagnostics.map(key).sort();
  if (expected.length === actual.length && expected.every((e, i) => e === actual[i])) return undefined;
  const missing = expected.filter((e) => !actual.includes(e));
  const extra = actual.filter((a) => !expected.includes(a));
  return `published ${actual.length} diagnostics, a fresh analysis gives ${expected.length}; missing ${missing.slice(0, 3).join(" ")}; extra ${extra.slice(0, 3).join(" ")}`;
}

function randomChange(text: string, doc: TextDocument, rnd: () => number): TextDocumentContentChangeEvent {
  const int = (n: number) => Math.floor(rnd() * n);
  if (rnd() < 0.005) return { text: text.slice(0, int(text.length + 1)) }; // a whole-text change, as some clients send
  const start = int(text.length + 1);
  // Keep documents from growing without bound: once large, mostly cut.
  const large = text.length > 30_000;
  const length = large ? int(5_000) : rnd() < 0.5 ? 0 : int(rnd() < 0.1 ? 400 : 12);
  const end = Math.min(text.length, start + length);
  const r = large ? rnd() * 0.4 : rnd();
  const inserted =
    r < 0.3 ? "" :
    r < 0.7 ? WORDS[int(WORDS.length)]! :
    r < 0.85 ? text.slice(int(text.length), int(text.length) + int(200)) : // a paste from elsewhere in the file
    r < 0.995 ? String.fromCharCode(...Array.from({ length: 1 + int(6) }, () => int(0x10000))) :
    "9 ".repeat(5_000); // a 10,000-character line
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: inserted };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
