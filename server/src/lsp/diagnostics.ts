/**
 * Publishing diagnostics: after every change, for the version they were computed
 * from, never for a version already superseded.
 *
 * Messages go out as plain text (convert.ts plainMessage): no Markdown backticks in
 * the Problems panel.
 *
 * A change starts a short timer per document; an edit before it fires restarts
 * it, so a burst of keystrokes is analysed once, and requests (hover, completion)
 * are answered between keystrokes instead of waiting behind stale analyses. When
 * the timer fires, the current version is analysed (or taken from the cache) and
 * published only if that version is still the document's version. A document's
 * first version is published at once. On close the document's diagnostics are
 * cleared.
 */
import type { Connection, Diagnostic, PublishDiagnosticsParams, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { plainMessage, toLspDiagnostic } from "./convert";
import type { DocumentStates } from "./document-state";
import { describeError, logError } from "./guard";
import { sizeLimitDiagnostic } from "./settings";

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly states: DocumentStates,
    private readonly debounceMs: number,
    /** Told of each version whose analysis was published (not of one too large to analyse). */
    private readonly onPublished: (uri: string, version: number) => void = () => undefined,
  ) {}

  /** Analyse and publish soon: at once for a document not yet published, else after the pause. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    const delay = this.published.has(uri) ? this.debounceMs : 0;
    this.timers.set(uri, setTimeout(() => void this.publish(uri), delay));
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.published.delete(uri);
    this.send({ uri, diagnostics: [] });
  }

  /** Stop: no timer fires after this (shutdown, or a test's end). */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Send, tolerating a connection that closed meanwhile (nothing is left to tell). */
  private send(params: PublishDiagnosticsParams): void {
    try {
      this.connection.sendDiagnostics(params).catch(() => undefined);
    } catch {
      // connection closed
    }
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return;
    try {
      const state = await this.states.current(uri);
      // Superseded while waiting for settings: the newer version has its own timer.
      if (state === undefined || state.version !== version || this.documents.get(uri)?.version !== version) return;
      const diagnostics: Diagnostic[] =
        state.kind === "too-large"
          ? [sizeLimitDiagnostic(uri, state.document.getText(), state.settings)]
          : state.doc.analysis.diagnostics.map((d) => toLspDiagnostic(state.doc.analysis, d));
      this.published.add(uri);
      this.send({ uri, version, diagnostics: diagnostics.map((d) => (typeof d.message === "string" ? { ...d, message: plainMessage(d.message) } : d)) });
      if (state.kind === "analyzed") this.onPublished(uri, version);
    } catch (error) {
      logError(this.connection, `vcase: checking ${uri} failed: ${describeError(error)}`);
    }
  }
}
