/**
 * Editor requests in a large file right after an edit. Each edit makes a new
 * analysis, and the first request on it pays whatever the feature computes once per
 * version (an index of every name, the line index, a walk over every patient): a
 * hover repeated on one version hides that cost, so each request here is timed as
 * the first on a fresh analysis, made outside the clock with its diagnostics
 * published as the server does for each version, through the server's feature
 * functions, until its answer is the JSON the server would send.
 */
import type { Position } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeDocument, type AnalyzedDocument } from "../server/src/lsp/analyzed-document";
import { toLspDiagnostic } from "../server/src/lsp/convert";
import { provideCompletion } from "../server/src/lsp/features/completion";
import { provideDefinition } from "../server/src/lsp/features/definition";
import { provideDocumentSymbols } from "../server/src/lsp/features/document-symbols";
import { provideFoldingRanges } from "../server/src/lsp/features/folding";
import { provideHover } from "../server/src/lsp/features/hover";
import { provideInlayHints } from "../server/src/lsp/features/inlay-hints";
import { timeSync, type RunCounts, type Timing } from "./measure";

export interface RequestTiming {
  /** The LSP method, e.g. `textDocument/hover`. */
  readonly method: string;
  /** Where it was asked, in words, e.g. "hover on a patient id". */
  readonly what: string;
  readonly timing: Timing;
  /** Bytes of the answer as JSON, to show that it says something and how much. */
  readonly answerBytes: number;
}

export interface RequestTimes {
  /** The edit made before the requests, in words. */
  readonly edit: string;
  /** Each the first request on a fresh analysis of the edited text. */
  readonly first: readonly RequestTiming[];
  /** The patient-id hover again on an analysis that has answered it once. */
  readonly repeatedHover: RequestTiming;
}

const URI = "file:///bench/requests.vcase";
const SCREEN_LINES = 60;

/** The offset just after `marker`'s first occurrence from `from` on; throws when absent. */
function after(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  if (at < 0) throw new Error(`requests bench: no ${JSON.stringify(marker)} after offset ${from} of the generated cohort`);
  return at + marker.length;
}

/**
 * The text with an empty line typed at the end of the first procedure body after
 * the middle of the file, and the offset of that empty line.
 */
export function withEmptyLineInProcedure(text: string): { text: string; emptyLine: number } {
  const procedure = after(text, "\n  procedure ", text.length >> 1);
  const bodyEnd = after(text, "\n  }", procedure) - "\n  }".length;
  return { text: text.slice(0, bodyEnd) + "\n" + text.slice(bodyEnd), emptyLine: bodyEnd + 1 };
}

interface Request {
  readonly method: string;
  readonly what: string;
  readonly ask: (doc: AnalyzedDocument) => unknown;
}

/** The requests, placed in the middle of `text` by searching what generate.ts writes. */
function requestsIn(text: string, emptyLine: number): Request[] {
  const lines = TextDocument.create(URI, "vcase", 0, text);
  const textDocument = { uri: URI };
  const at = (offset: number): Position => lines.positionAt(offset);
  const middle = text.length >> 1;
  // One character into each name, as a pointer resting on it.
  const patientId = at(after(text, "\npatient ", middle) + 1);
  const procedureLine = after(text, "\n  procedure ", middle);
  const level = at(after(text, " at ", procedureLine) + 1);
  const repeatsAt = after(text, " repeats ", middle);
  const repeats = at(repeatsAt + 1);
  // A screen around a repeat, whose date carries a hint.
  const screenTop = Math.max(0, at(repeatsAt).line - SCREEN_LINES / 2);
  const newLine = at(emptyLine);
  const screen = { start: { line: screenTop, character: 0 }, end: { line: screenTop + SCREEN_LINES, character: 0 } };
  return [
    { method: "textDocument/hover", what: "hover on a patient id", ask: (doc) => provideHover(doc, { textDocument, position: patientId }) },
    { method: "textDocument/hover", what: "hover on a level of a procedure", ask: (doc) => provideHover(doc, { textDocument, position: level }) },
    { method: "textDocument/definition", what: "go to definition from `repeats`", ask: (doc) => provideDefinition(doc, { textDocument, position: repeats }) },
    { method: "textDocument/completion", what: "completion on the new empty line", ask: (doc) => provideCompletion(doc, { textDocument, position: newLine }) },
    { method: "textDocument/inlayHint", what: `inlay hints for ${SCREEN_LINES} lines`, ask: (doc) => provideInlayHints(doc, { textDocument, range: screen }) },
    { method: "textDocument/documentSymbol", what: "document symbols, whole file", ask: (doc) => provideDocumentSymbols(doc, { textDocument }) },
    { method: "textDocument/foldingRange", what: "folding ranges, whole file", ask: (doc) => provideFoldingRanges(doc, { textDocument }) },
  ];
}

/** The answer as the server sends it; throws when it is empty, so a bench that measures nothing fails. */
function answerJson(request: Request, answer: unknown): string {
  const empty = answer === null || answer === undefined || (Array.isArray(answer) && answer.length === 0);
  const hoverText = (answer as { contents?: { value?: string } } | null)?.contents?.value;
  if (empty || (request.method === "textDocument/hover" && !hoverText)) {
    throw new Error(`requests bench: ${request.what} answered nothing; the position searched for in the generated text no longer points at what it should`);
  }
  return JSON.stringify(answer);
}

/**
 * Times each request as the first on a fresh analysis of the edited text (the
 * analysis made before each run, outside the clock), then the patient-id hover
 * repeated on one analysis.
 */
export function timeRequests(text: string, first: RunCounts, repeated: RunCounts): RequestTimes {
  const edited = withEmptyLineInProcedure(text);
  const requests = requestsIn(edited.text, edited.emptyLine);
  let version = 0;
  // A new version as the server has it when the user is back at the keyboard: analysed,
  // and its diagnostics turned into the protocol's form and published (which builds the
  // version's line index). A request made during the pause before that waits for the
  // analysis itself: the typing line of the table times that.
  const fresh = () => {
    const doc = analyzeDocument(TextDocument.create(URI, "vcase", ++version, edited.text));
    for (const d of doc.analysis.diagnostics) toLspDiagnostic(doc.analysis, d);
    return doc;
  };
  const timeFirst = (request: Request): RequestTiming => {
    let doc: AnalyzedDocument | undefined;
    const answerBytes = Buffer.byteLength(answerJson(request, request.ask(fresh())));
    const timing = timeSync(
      first,
      () => answerJson(request, request.ask(doc!)),
      () => (doc = fresh()),
    );
    return { method: request.method, what: request.what, timing, answerBytes };
  };
  const results = requests.map(timeFirst);
  const hover = requests[0]!;
  const doc = fresh();
  const answerBytes = Buffer.byteLength(answerJson(hover, hover.ask(doc)));
  const timing = timeSync(repeated, () => answerJson(hover, hover.ask(doc)));
  return {
    edit: "an empty line typed at the end of a procedure in the middle",
    first: results,
    repeatedHover: { method: hover.method, what: `${hover.what}, repeated on the same analysis`, timing, answerBytes },
  };
}
