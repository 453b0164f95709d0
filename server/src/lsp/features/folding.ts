/**
 * Folding ranges: the study, patient, procedure and visit blocks (folded up to the line
 * before their closing brace, so the `}` stays in sight), block comments, and
 * runs of two or more `//` lines such as a file's header comment.
 *
 * The helpers are functions of the module, not closures made in each request: the
 * editor asks for folding after every edit, and in the 10,000-patient file of the
 * benchmark, each request timed after a full collection, the loop that called
 * closures of its own took 23 ms median and 0.1–1.3 s in one run in eight (CPU time
 * equal to the wall time, no collection inside: the engine compiling it anew); as
 * functions of the module, 9 ms, at most 37 (bench/README.md, item 20).
 */
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from "vscode-languageserver";
import type { Analysis } from "../../core/analyze";
import type { AnalyzedDocument } from "../analyzed-document";

const CLOSING_BRACE = 0x7d;

/** The block from `start` to `end` as a range, when it spans more than one line. */
function addBlock(out: FoldingRange[], analysis: Analysis, start: number, end: number): void {
  const { text, lines } = analysis;
  const startLine = lines.positionAt(start).line;
  const closed = end > start && text.charCodeAt(end - 1) === CLOSING_BRACE;
  const endLine = closed ? lines.positionAt(end - 1).line - 1 : lines.positionAt(end).line;
  if (endLine > startLine) out.push({ startLine, endLine });
}

/** Every study, patient and procedure block; patients and procedures read from the syntax tree's rows. */
function addBlocks(out: FoldingRange[], analysis: Analysis): void {
  for (const study of analysis.model.studies) addBlock(out, analysis, study.span.start, study.span.end);
  const { patients, procedures } = analysis.model.tree;
  for (let p = 0; p < patients.count; p++) {
    addBlock(out, analysis, patients.start(p), patients.end(p));
    const first = patients.firstProcedure(p);
    const end = first + patients.procedureCount(p);
    for (let r = first; r < end; r++) addBlock(out, analysis, procedures.start(r), procedures.end(r));
  }
  // Visit blocks, from their rows (a visit on one line spans no lines to fold).
  const visits = analysis.model.tree.itemTable("procedure", "visits");
  for (let v = 0; v < visits.count; v++) addBlock(out, analysis, visits.start(v), visits.end(v));
}

/** Comment lines `startLine` to `endLine` as a range, when they are more than one; `startLine` -1: no run. */
function addCommentRun(out: FoldingRange[], startLine: number, endLine: number): void {
  if (startLine >= 0 && endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
}

/** Block comments, and runs of `//` comments each alone on the line right after the last. */
function addComments(out: FoldingRange[], analysis: Analysis): void {
  const { text, lines } = analysis;
  let runStart = -1;
  let runEnd = -1;
  for (const comment of analysis.parsed.comments) {
    const start = lines.positionAt(comment.startOffset).line;
    if (comment.image.startsWith("/*")) {
      addCommentRun(out, runStart, runEnd);
      runStart = -1;
      addCommentRun(out, start, lines.positionAt(comment.startOffset + comment.image.length).line);
      continue;
    }
    const alone = text.slice(lines.offsetAt({ line: start, character: 0 }), comment.startOffset).trim() === "";
    if (alone && runStart >= 0 && start === runEnd + 1) runEnd = start;
    else {
      addCommentRun(out, runStart, runEnd);
      runStart = alone ? start : -1;
      runEnd = start;
    }
  }
  addCommentRun(out, runStart, runEnd);
}

function byStartLine(a: FoldingRange, b: FoldingRange): number {
  return a.startLine - b.startLine;
}

export function provideFoldingRanges(doc: AnalyzedDocument, _params: FoldingRangeParams): FoldingRange[] {
  const out: FoldingRange[] = [];
  addBlocks(out, doc.analysis);
  addComments(out, doc.analysis);
  return out.sort(byStartLine);
}
