/**
 * Folding ranges: the study, patient and procedure blocks (folded up to the line
 * before their closing brace, so the `}` stays in sight), block comments, and
 * runs of two or more `//` lines such as a file's header comment.
 */
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from "vscode-languageserver";
import type { Span } from "../../core/syntax/ast";
import type { AnalyzedDocument } from "../analyzed-document";

export function provideFoldingRanges(doc: AnalyzedDocument, _params: FoldingRangeParams): FoldingRange[] {
  const { analysis } = doc;
  const { text, lines } = analysis;
  const line = (offset: number) => lines.positionAt(offset).line;
  const out: FoldingRange[] = [];

  const block = (span: Span) => {
    const startLine = line(span.start);
    const closed = span.end > span.start && text[span.end - 1] === "}";
    const endLine = closed ? line(span.end - 1) - 1 : line(span.end);
    if (endLine > startLine) out.push({ startLine, endLine });
  };
  for (const study of analysis.model.studies) block(study.span);
  // From the syntax tree's rows: making every patient's node took longer than the rest.
  const { patients, procedures } = analysis.model.tree;
  for (let p = 0; p < patients.count; p++) {
    block({ start: patients.start(p), end: patients.end(p) });
    const first = patients.firstProcedure(p);
    for (let r = first; r < first + patients.procedureCount(p); r++) block({ start: procedures.start(r), end: procedures.end(r) });
  }

  let run: { startLine: number; endLine: number } | undefined;
  const closeRun = () => {
    if (run !== undefined && run.endLine > run.startLine) out.push({ ...run, kind: FoldingRangeKind.Comment });
    run = undefined;
  };
  for (const comment of analysis.parsed.comments) {
    const start = line(comment.startOffset);
    if (comment.image.startsWith("/*")) {
      closeRun();
      const end = line(comment.startOffset + comment.image.length);
      if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Comment });
      continue;
    }
    // A `//` comment joins the run when it is alone on the line right after the run's last line.
    const alone = text.slice(lines.offsetAt({ line: start, character: 0 }), comment.startOffset).trim() === "";
    if (alone && run !== undefined && start === run.endLine + 1) run.endLine = start;
    else {
      closeRun();
      if (alone) run = { startLine: start, endLine: start };
    }
  }
  closeRun();
  return out.sort((a, b) => a.startLine - b.startLine);
}
