/**
 * What the router (./server.ts, main thread) and a document's analysis worker
 * (./analysis-worker.ts) tell each other, as structured-clone messages over the
 * worker's port. The port keeps their order: a request reaches the worker after
 * every edit the client sent before it.
 */
import type { Diagnostic, TextDocumentContentChangeEvent } from "vscode-languageserver";
import type { VcaseSettings } from "./settings";

/** Given once, when the worker starts (its workerData). */
export interface WorkerSetup {
  /** Pause after an edit before the document is analysed again, in ms. */
  readonly debounceMs: number;
  readonly figuresWarmupMs?: number;
  /** Whether the client takes completion snippets; plain text otherwise. Default true. */
  readonly snippetSupport?: boolean;
}

export type ToWorker =
  | { readonly kind: "open"; readonly uri: string; readonly version: number; readonly text: string }
  | { readonly kind: "change"; readonly version: number; readonly changes: readonly TextDocumentContentChangeEvent[] }
  /** The document's settings: the first ones let analysis start; later ones analyse again. */
  | { readonly kind: "settings"; readonly settings: VcaseSettings }
  | { readonly kind: "request"; readonly id: number; readonly method: string; readonly params: unknown }
  | { readonly kind: "cancel"; readonly id: number };

export type FromWorker =
  | { readonly kind: "diagnostics"; readonly version: number; readonly diagnostics: Diagnostic[] }
  /** One analysis done, of `version` (for `vcase/analysisStats`). */
  | { readonly kind: "analysed"; readonly version: number }
  | { readonly kind: "reply"; readonly id: number; readonly result: unknown }
  /** The document is too large to analyse, or the request was cancelled: the router gives the empty answer. */
  | { readonly kind: "no-answer"; readonly id: number }
  | { readonly kind: "error"; readonly id: number; readonly code: number; readonly message: string; readonly data?: unknown }
  | { readonly kind: "log"; readonly message: string };
