/**
 * One document's analysis, as its worker thread (./analysis-worker.ts) keeps it:
 * the text at the latest version the client sent, its settings, its analysis
 * (computed once per version and reused by diagnostics and every request), the
 * diagnostics published after each change, and the answers to requests.
 *
 * Stale work is skipped, not queued. An edit starts a short pause; an edit before
 * it ends restarts it, so a burst of keystrokes is analysed once, for its last
 * version. Edits that arrive while an analysis runs wait in the worker's port and
 * are all applied before the next analysis starts, so a version they supersede is
 * never analysed. Requests are answered after the edits that arrived with them,
 * on the latest version. A document's first version is published at once. Nothing
 * is analysed before the document's settings arrive.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type Diagnostic } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeDocument, type AnalyzedDocument } from "./analyzed-document";
import { plainMessage, toLspDiagnostic } from "./convert";
import { FIGURE_METHOD, SUMMARY_METHOD, URI_REQUESTS } from "./document-requests";
import { FEATURES, type Feature } from "./feature-table";
import { FiguresWarmup } from "./figures-warmup";
import { describeError } from "./guard";
import { exceedsSizeLimit, sizeLimitDiagnostic, type VcaseSettings } from "./settings";
import type { FromWorker, ToWorker, WorkerSetup } from "./worker-messages";

type State =
  | { readonly kind: "analyzed"; readonly version: number; readonly doc: AnalyzedDocument }
  | { readonly kind: "too-large"; readonly version: number };

interface Pending {
  readonly id: number;
  readonly method: string;
  readonly params: unknown;
}

export class DocumentAnalyst {
  private document: TextDocument | undefined;
  private settings: VcaseSettings | undefined;
  private state: State | undefined;
  private published = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly requests: Pending[] = [];
  private answering = false;
  private readonly warmup: FiguresWarmup;

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly setup: WorkerSetup,
    private readonly features: ReadonlyMap<string, Feature> = FEATURES,
  ) {
    this.warmup = new FiguresWarmup(
      (_uri, version) => (this.state?.kind === "analyzed" && this.state.version === version && this.document?.version === version ? this.state.doc.analysis : undefined),
      (message) => this.post({ kind: "log", message }),
      setup.figuresWarmupMs,
    );
  }

  receive(message: ToWorker): void {
    switch (message.kind) {
      case "open":
        this.document = TextDocument.create(message.uri, "vcase", message.version, message.text);
        this.changed();
        break;
      case "change":
        if (this.document === undefined) return;
        TextDocument.update(this.document, [...message.changes], message.version);
        this.changed();
        break;
      case "settings":
        this.settings = message.settings;
        // Checked again from scratch with the new settings, as after an edit.
        this.state = undefined;
        this.changed();
        this.answerSoon();
        break;
      case "request":
        this.requests.push(message);
        this.answerSoon();
        break;
      case "cancel": {
        const index = this.requests.findIndex((r) => r.id === message.id);
        if (index >= 0) {
          this.requests.splice(index, 1);
          this.post({ kind: "no-answer", id: message.id });
        }
        break;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.warmup.dispose();
  }

  private changed(): void {
    if (this.document !== undefined) this.warmup.cancel(this.document.uri);
    clearTimeout(this.timer);
    if (this.settings === undefined || this.document === undefined) return;
    this.timer = setTimeout(() => this.publish(), this.published ? this.setup.debounceMs : 0);
  }

  /** The current version's state, analysed now if not yet; undefined before the text or the settings arrive. */
  private current(): State | undefined {
    const document = this.document;
    const settings = this.settings;
    if (document === undefined || settings === undefined) return undefined;
    if (this.state?.version === document.version) return this.state;
    // The last version's analysis is handed on and spent: only the block an edit is in
    // is parsed again. Forgotten first, so that if this analysis fails, the next one
    // starts from nothing rather than from a half-moved tree.
    const previous = this.state?.kind === "analyzed" ? this.state.doc : undefined;
    this.state = undefined;
    if (exceedsSizeLimit(document.getText(), settings)) {
      this.state = { kind: "too-large", version: document.version };
    } else {
      this.state = { kind: "analyzed", version: document.version, doc: analyzeDocument(document, { futureDates: settings.futureDates }, previous) };
      this.post({ kind: "analysed", version: document.version });
    }
    return this.state;
  }

  private publish(): void {
    this.timer = undefined;
    const document = this.document;
    const settings = this.settings;
    if (document === undefined || settings === undefined) return;
    try {
      const state = this.current();
      if (state === undefined) return;
      const diagnostics: Diagnostic[] =
        state.kind === "too-large"
          ? [sizeLimitDiagnostic(document.uri, document.getText(), settings)]
          : state.doc.analysis.diagnostics.map((d) => toLspDiagnostic(state.doc.analysis, d));
      this.published = true;
      // Plain text in the Problems panel: no Markdown backticks (convert.ts).
      for (const d of diagnostics) if (typeof d.message === "string") d.message = plainMessage(d.message);
      this.post({ kind: "diagnostics", version: state.version, diagnostics });
      if (state.kind === "analyzed") this.warmup.published(document.uri, state.version);
    } catch (error) {
      this.post({ kind: "log", message: `vcase: checking ${document.uri} failed: ${describeError(error)}` });
    }
  }

  /** Answer the waiting requests once the messages already in the port (edits, cancellations) are in. */
  private answerSoon(): void {
    if (this.answering || this.requests.length === 0 || this.settings === undefined) return;
    this.answering = true;
    setImmediate(() => {
      this.answering = false;
      for (let request = this.requests.shift(); request !== undefined; request = this.requests.shift()) this.answer(request);
    });
  }

  private answer({ id, method, params }: Pending): void {
    try {
      const feature = this.features.get(method);
      if (feature === undefined) throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
      const state = this.current();
      if (state?.kind !== "analyzed") {
        const notOpen = URI_REQUESTS.get(method);
        if (notOpen !== undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, notOpen);
        return this.post({ kind: "no-answer", id });
      }
      const result = feature(state.doc, params, this.setup);
      if (result instanceof Promise) {
        result.then((r) => this.post({ kind: "reply", id, result: r }), (error: unknown) => this.failed(id, method, error));
        return;
      }
      this.post({ kind: "reply", id, result });
    } catch (error) {
      this.failed(id, method, error);
    }
  }

  /** A feature's error as the request's answer: its own when it says one, a logged internal error otherwise. */
  private failed(id: number, method: string, error: unknown): void {
    if (error instanceof ResponseError) {
      return this.post({ kind: "error", id, code: error.code, message: error.message, ...(error.data !== undefined && { data: error.data }) });
    }
    this.post({ kind: "log", message: `vcase: ${method} failed: ${describeError(error)}` });
    const what = method === SUMMARY_METHOD ? "make the summary" : method === FIGURE_METHOD ? "draw the figure" : `answer ${method}`;
    this.post({ kind: "error", id, code: ErrorCodes.InternalError, message: `The vcase server could not ${what}: ${error instanceof Error ? error.message : String(error)}` });
  }
}
