/**
 * Test helpers for the editing features: an AnalyzedDocument from a text, a cursor
 * marked `|` in the text, and edits applied the way an editor applies them.
 */
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Position, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { analyzeDocument, type AnalyzedDocument } from "../../server/src/lsp/analyzed-document";

export const URI = "file:///cases/series.vcase";

export function docOf(text: string): AnalyzedDocument {
  return analyzeDocument(TextDocument.create(URI, "vcase", 1, text), { today: "2024-06-01" });
}

/** The text with its one `|` removed, and the cursor where the `|` stood. */
export function cursor(marked: string): { doc: AnalyzedDocument; position: Position; text: string } {
  const at = marked.indexOf("|");
  if (at < 0 || marked.indexOf("|", at + 1) >= 0) throw new Error("mark the cursor with exactly one |");
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const doc = docOf(text);
  return { doc, position: doc.document.positionAt(at), text };
}

export function applyEdits(doc: AnalyzedDocument, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(doc.document, [...edits]);
}

export function applyWorkspaceEdit(doc: AnalyzedDocument, edit: WorkspaceEdit | null | undefined): string {
  return applyEdits(doc, edit?.changes?.[URI] ?? []);
}

/** The text a range covers. */
export function covered(doc: AnalyzedDocument, range: { start: Position; end: Position }): string {
  return doc.document.getText(range);
}

/** Diagnostic codes of a text, in text order. */
export function codes(text: string): string[] {
  return docOf(text).analysis.diagnostics.map((d) => d.code);
}

export const HEADER = `study "Repeat vertebroplasty" {
  reference "PMID 12427618"
  measure pain "Pain (11-point scale)" range 0..10 better lower responder 3
  measure mobility "Mobility impairment (5-point scale)" range 0..4 better lower
}
`;

/** Two patients, each with PV1 and a repeat PV2, so ids recur across patients. */
export const TWO_PATIENTS = `${HEADER}
patient P1 {
  age 78
  sex F
  procedure PV1 vertebroplasty on 1996-05-14 at T12, L1 {
    pain 9 -> 2
    mobility 3 -> 1
  }
  recurrence on 1996-05-22 at T12
  procedure PV2 vertebroplasty on 1996-06-03 at T12 repeats PV1 {
    pain 10 -> 3
  }
}

patient P2 {
  age 70
  procedure PV1 vertebroplasty on 1997-01-10 at L2 {
    pain 8 -> 1
  }
  procedure PV2 vertebroplasty on 1997-03-01 at L2 repeats PV1 {
    pain 10 -> 2
    mobility 2 -> 0
  }
}
`;
