/**
 * The language server on a given connection. main.ts passes the process's IPC or
 * stdio connection, made with ./lifecycle.ts's options; tests pass an in-process
 * one.
 *
 * This thread is a router and analyses nothing itself. Each open document has its
 * own analysis thread (./analysis-worker.ts, one DocumentAnalyst each), which
 * holds the document's text, settings and analysis, publishes its diagnostics and
 * answers its requests. The router keeps the open documents' text (to know their
 * versions, and to start a thread again if one dies), asks the client for each
 * document's settings, passes each edit, setting and request to the document's
 * thread, and relays diagnostics, dropping those of a version an edit has since
 * superseded. So a long analysis of one document (seconds, for a 20 MB file with
 * syntax errors) never holds up a request on another, and a burst of edits is
 * analysed once, for its last version (see document-analyst.ts).
 *
 * `vcase/analysisStats` (params `{ uri }`, result `{ analyses, versions }`): how
 * many times the open document was analysed since it was opened, and the
 * versions analysed, oldest first (the last 1,000). For tests and diagnosis only;
 * editors do not use it.
 */
import { join, resolve } from "node:path";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ResponseError,
  LSPErrorCodes,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { DOCUMENT_REQUESTS, documentOf, URI_REQUESTS, uriDocumentOf } from "./document-requests";
import { DocumentSettings } from "./document-settings";
import { DocumentWorker, WorkerPool } from "./document-worker";
import { logError } from "./guard";
import { registerRefusals } from "./lifecycle";

export interface ServerOptions {
  /** Pause after an edit before diagnostics are recomputed, in ms (default EDIT_PAUSE_MS). */
  readonly debounceMs?: number;
  /** How long a document stays unchanged after its diagnostics before its figures are computed, in ms (default FIGURES_WARMUP_MS). */
  readonly figuresWarmupMs?: number;
  /** The analysis thread's program (default: analysis-worker.js beside this bundle). */
  readonly workerScript?: string;
  /** Each analysis thread's heap, in MB (default: as large as the server's own). */
  readonly threadHeapMB?: number;
}

/** How long the server waits after an edit for more typing before it checks the document again. */
export const EDIT_PAUSE_MS = 150;

export const SERVER_NAME = "vcase-language-server";

const ANALYSIS_STATS_METHOD = "vcase/analysisStats";
const KEPT_VERSIONS = 1000;
/** A document whose thread died this often is not started again until it is reopened. */
const MAX_RESTARTS = 3;

interface OpenDocument {
  readonly document: TextDocument;
  worker: DocumentWorker;
  restarts: number;
  analyses: number;
  readonly versions: number[];
}

/** Starts serving on `connection`; `dispose` stops the threads and closes the connection. */
export function createServer(connection: Connection, options: ServerOptions = {}): { dispose(): void } {
  const open = new Map<string, OpenDocument>();
  const settings = new DocumentSettings(connection);
  const pool = new WorkerPool(resolve(options.workerScript ?? join(__dirname, "analysis-worker.js")), {
    debounceMs: options.debounceMs ?? EDIT_PAUSE_MS,
    ...(options.figuresWarmupMs !== undefined && { figuresWarmupMs: options.figuresWarmupMs }),
  }, options.threadHeapMB);
  let registerConfigurationChanges = false;
  let refreshInlayHints = false;

  const send = (uri: string, version: number | undefined, diagnostics: unknown[]) => {
    try {
      connection.sendDiagnostics({ uri, ...(version !== undefined && { version }), diagnostics: diagnostics as never[] }).catch(() => undefined);
    } catch {
      // connection closed: nothing is left to tell
    }
  };

  /** Tells `entry`'s thread the document's settings (asked again after a change of settings). */
  const sendSettings = (uri: string, entry: OpenDocument) =>
    void settings.of(uri).then((s) => {
      if (open.get(uri) === entry) entry.worker.post({ kind: "settings", settings: s });
    });

  /** A thread for `entry`, given the document's current text. */
  const startWorker = (uri: string, entry: { document: TextDocument }): DocumentWorker => {
    const worker: DocumentWorker = new DocumentWorker(pool.take(), {
      diagnostics: (version, diagnostics) => {
        // The next document's thread starts now, not while this one was loading and analysing.
        pool.warm();
        const current = open.get(uri);
        if (current?.worker === worker && current.document.version === version) send(uri, version, diagnostics);
      },
      analysed: (version) => {
        const current = open.get(uri);
        if (current?.worker !== worker) return;
        current.analyses++;
        current.versions.push(version);
        if (current.versions.length > KEPT_VERSIONS) current.versions.shift();
      },
      log: (message) => logError(connection, message),
      died: (reason) => {
        const current = open.get(uri);
        if (current?.worker !== worker) return;
        if (current.restarts >= MAX_RESTARTS) {
          logError(connection, `vcase: the checks of ${uri} stopped (${reason}) ${MAX_RESTARTS + 1} times; close and reopen the file to check it again.`);
          return;
        }
        logError(connection, `vcase: the checks of ${uri} stopped (${reason}); starting them again.`);
        current.restarts++;
        current.worker = startWorker(uri, current);
        sendSettings(uri, current);
      },
    });
    const { document } = entry;
    worker.post({ kind: "open", uri, version: document.version, text: document.getText() });
    return worker;
  };

  const closeDocument = (uri: string) => {
    const entry = open.get(uri);
    if (entry === undefined) return false;
    open.delete(uri);
    entry.worker.dispose();
    settings.close(uri);
    return true;
  };

  connection.onInitialize((params): InitializeResult => {
    const client = params.capabilities;
    settings.canAskClient = client.workspace?.configuration === true;
    registerConfigurationChanges = client.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    refreshInlayHints = client.workspace?.inlayHint?.refreshSupport === true;
    // Snippets for a client that takes them; plain text otherwise (features/snippet-text.ts).
    pool.configure({ snippetSupport: client.textDocument?.completion?.completionItem?.snippetSupport === true });
    // The first document's thread starts loading now, while the client gets ready.
    pool.warm();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [" ", ",", "-"] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: client.textDocument?.rename?.prepareSupport === true ? { prepareProvider: true } : true,
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: { label: "VCase" },
        foldingRangeProvider: true,
        inlayHintProvider: true,
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  connection.onInitialized(() => {
    if (registerConfigurationChanges) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: "vcase" }).catch(() => undefined);
    }
  });

  const stop = () => {
    for (const uri of [...open.keys()]) closeDocument(uri);
    pool.dispose();
  };
  connection.onShutdown(stop);

  connection.onDidChangeConfiguration((change) => {
    const section: unknown = change.settings;
    settings.changed(typeof section === "object" && section !== null ? (section as { vcase?: unknown }).vcase : undefined);
    for (const [uri, entry] of open) sendSettings(uri, entry);
    if (refreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  });

  connection.onDidOpenTextDocument(({ textDocument: { uri, version, text } }) => {
    closeDocument(uri);
    const document = TextDocument.create(uri, "vcase", version, text);
    const entry: OpenDocument = { document, worker: undefined as unknown as DocumentWorker, restarts: 0, analyses: 0, versions: [] };
    open.set(uri, entry);
    entry.worker = startWorker(uri, entry);
    sendSettings(uri, entry);
  });
  connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => {
    const entry = open.get(uri);
    if (entry === undefined || typeof version !== "number") return;
    TextDocument.update(entry.document, contentChanges, version);
    entry.worker.post({ kind: "change", version, changes: contentChanges });
  });
  connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
    if (closeDocument(uri)) send(uri, undefined, []);
  });

  for (const request of DOCUMENT_REQUESTS) {
    connection.onRequest(request.method, async (params: unknown, token) => {
      const entry = open.get(documentOf(request, params));
      if (entry === undefined) return request.empty;
      const answer = await entry.worker.request(request.method, params, token);
      return answer.answered && !token.isCancellationRequested ? answer.result : request.empty;
    });
  }
  for (const [method, notOpen] of URI_REQUESTS) {
    connection.onRequest(method, async (params: unknown, token) => {
      const entry = open.get(uriDocumentOf(method, params));
      const answer = entry === undefined ? undefined : await entry.worker.request(method, params, token);
      if (answer?.answered !== true) throw new ResponseError(LSPErrorCodes.RequestFailed, notOpen);
      return answer.result;
    });
  }
  connection.onRequest(ANALYSIS_STATS_METHOD, (params: { uri?: unknown } | null) => {
    const entry = typeof params?.uri === "string" ? open.get(params.uri) : undefined;
    return { analyses: entry?.analyses ?? 0, versions: [...(entry?.versions ?? [])] };
  });
  registerRefusals(connection);

  connection.listen();
  return {
    dispose() {
      stop();
      connection.dispose();
    },
  };
}
