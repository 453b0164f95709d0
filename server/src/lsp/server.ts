/**
 * The language server on a given connection: capabilities, the open documents
 * (incremental sync), settings, diagnostics, and the wiring of every feature in
 * ./features. main.ts passes the process's IPC or stdio connection; tests pass
 * an in-process one. Features are pure functions of an analysed document; this
 * file only routes requests to them (see guard.ts for what happens on errors).
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { AnalyzedDocument } from "./analyzed-document";
import { DiagnosticsPublisher } from "./diagnostics";
import { DocumentStates } from "./document-state";
import { FiguresWarmup } from "./figures-warmup";
import { provideCodeActions } from "./features/code-actions";
import { provideCompletion } from "./features/completion";
import { provideDefinition } from "./features/definition";
import { provideDocumentSymbols } from "./features/document-symbols";
import { registerFigureRequest } from "./features/figure-request";
import { provideFoldingRanges } from "./features/folding";
import { provideFormatting } from "./features/formatting";
import { provideHover } from "./features/hover";
import { provideInlayHints } from "./features/inlay-hints";
import { provideReferences } from "./features/references";
import { prepareRename, provideRename } from "./features/rename";
import { registerSummaryRequest } from "./features/summary-request";
import { documentRequest, logError, type GetDocument } from "./guard";

export interface ServerOptions {
  /** Pause after an edit before diagnostics are recomputed, in ms (default EDIT_PAUSE_MS). */
  readonly debounceMs?: number;
  /** How long a document stays unchanged after its diagnostics before its figures are computed, in ms (default FIGURES_WARMUP_MS). */
  readonly figuresWarmupMs?: number;
}

/** How long the server waits after an edit for more typing before it checks the document again. */
export const EDIT_PAUSE_MS = 150;

export const SERVER_NAME = "vcase-language-server";

/** Starts serving on `connection`; `dispose` stops timers and closes the connection. */
export function createServer(connection: Connection, options: ServerOptions = {}): { dispose(): void } {
  const documents = new TextDocuments(TextDocument);
  const states = new DocumentStates(connection, documents);
  const warmup = new FiguresWarmup(
    (uri, version) => states.analysisAt(uri, version),
    (message) => logError(connection, message),
    options.figuresWarmupMs,
  );
  const diagnostics = new DiagnosticsPublisher(connection, documents, states, options.debounceMs ?? EDIT_PAUSE_MS, (uri, version) =>
    warmup.published(uri, version),
  );
  const getDocument: GetDocument = (uri) => states.analyzed(uri);
  let registerConfigurationChanges = false;
  let refreshInlayHints = false;

  connection.onInitialize((params): InitializeResult => {
    const client = params.capabilities;
    states.canAskClient = client.workspace?.configuration === true;
    registerConfigurationChanges = client.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    refreshInlayHints = client.workspace?.inlayHint?.refreshSupport === true;
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

  connection.onShutdown(() => {
    diagnostics.dispose();
    warmup.dispose();
  });
  connection.onDidChangeConfiguration((change) => {
    const settings: unknown = change.settings;
    states.settingsChanged(typeof settings === "object" && settings !== null ? (settings as { vcase?: unknown }).vcase : undefined);
    diagnostics.scheduleAll();
    if (refreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  });

  documents.onDidChangeContent((change) => {
    warmup.cancel(change.document.uri);
    diagnostics.schedule(change.document.uri);
  });
  documents.onDidClose((event) => {
    warmup.cancel(event.document.uri);
    states.close(event.document.uri);
    diagnostics.close(event.document.uri);
  });

  const request = <P extends { textDocument: { uri: string } }, R, E extends R>(
    method: string,
    feature: (doc: AnalyzedDocument, params: P) => R,
    empty: E,
    needs?: { position?: boolean; range?: boolean },
  ) => documentRequest(connection, getDocument, method, feature, empty, needs);
  const at = { position: true };

  connection.onHover(request("textDocument/hover", provideHover, null, at));
  connection.onCompletion(request("textDocument/completion", provideCompletion, [], at));
  connection.onDefinition(request("textDocument/definition", provideDefinition, [], at));
  connection.onReferences(request("textDocument/references", provideReferences, [], at));
  connection.onPrepareRename(request("textDocument/prepareRename", prepareRename, null, at));
  connection.onRenameRequest(request("textDocument/rename", provideRename, null, at));
  connection.onDocumentFormatting(request("textDocument/formatting", provideFormatting, []));
  connection.onCodeAction(request("textDocument/codeAction", provideCodeActions, [], { range: true }));
  connection.onDocumentSymbol(request("textDocument/documentSymbol", provideDocumentSymbols, []));
  connection.onFoldingRanges(request("textDocument/foldingRange", provideFoldingRanges, []));
  connection.languages.inlayHint.on(request("textDocument/inlayHint", provideInlayHints, [], { range: true }));
  registerSummaryRequest(connection, getDocument);
  registerFigureRequest(connection, getDocument);

  documents.listen(connection);
  connection.listen();
  return {
    dispose() {
      diagnostics.dispose();
      warmup.dispose();
      connection.dispose();
    },
  };
}
