/**
 * What the server knows about each open document: its settings (asked of the
 * client once per document with workspace/configuration, or the global settings
 * when the client cannot be asked) and its analysis, computed once per version
 * and reused by diagnostics and every feature. Both are dropped on close and
 * when the settings change.
 */
import type { Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "../core/analyze";
import { analyzeDocument, type AnalyzedDocument } from "./analyzed-document";
import { DEFAULT_SETTINGS, exceedsSizeLimit, readSettings, type VcaseSettings } from "./settings";

/** A document's state at one version: analysed, or too large to analyse live. */
export type DocumentState =
  | { readonly kind: "analyzed"; readonly version: number; readonly settings: VcaseSettings; readonly doc: AnalyzedDocument }
  | { readonly kind: "too-large"; readonly version: number; readonly settings: VcaseSettings; readonly document: TextDocument };

export class DocumentStates {
  private readonly settings = new Map<string, Promise<VcaseSettings>>();
  private readonly states = new Map<string, DocumentState>();
  private globalSettings = DEFAULT_SETTINGS;
  /** Set at initialize: whether the client answers workspace/configuration. */
  canAskClient = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  settingsFor(uri: string): Promise<VcaseSettings> {
    if (!this.canAskClient) return Promise.resolve(this.globalSettings);
    let settings = this.settings.get(uri);
    if (settings === undefined) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: "vcase" }).then(readSettings, () => DEFAULT_SETTINGS);
      this.settings.set(uri, settings);
    }
    return settings;
  }

  /** The current version's state, analysed now if not yet; undefined for a document not open. */
  async current(uri: string): Promise<DocumentState | undefined> {
    if (this.documents.get(uri) === undefined) return undefined;
    const settings = await this.settingsFor(uri);
    // Read the document after the wait: an edit may have arrived meanwhile.
    const document = this.documents.get(uri);
    if (document === undefined) return undefined;
    const cached = this.states.get(uri);
    if (cached !== undefined && cached.version === document.version && cached.settings === settings) return cached;
    // The last version's analysis is handed on and spent: only the block an edit is in
    // is parsed again. Forgotten first, so that if this analysis fails, the next one
    // starts from nothing rather than from a half-moved tree.
    const previous = cached?.kind === "analyzed" ? cached.doc : undefined;
    this.states.delete(uri);
    const state: DocumentState = exceedsSizeLimit(document.getText(), settings)
      ? { kind: "too-large", version: document.version, settings, document }
      : { kind: "analyzed", version: document.version, settings, doc: analyzeDocument(document, { futureDates: settings.futureDates }, previous) };
    this.states.set(uri, state);
    return state;
  }

  /** The analysed document for features; undefined when not open or too large. */
  async analyzed(uri: string): Promise<AnalyzedDocument | undefined> {
    const state = await this.current(uri);
    return state?.kind === "analyzed" ? state.doc : undefined;
  }

  /** The analysis of `version` if it is the one held and still the document's version; never analyses. */
  analysisAt(uri: string, version: number): Analysis | undefined {
    const state = this.states.get(uri);
    if (state?.kind !== "analyzed" || state.version !== version || this.documents.get(uri)?.version !== version) return undefined;
    return state.doc.analysis;
  }

  close(uri: string): void {
    this.settings.delete(uri);
    this.states.delete(uri);
  }

  /** New settings: forget every cached answer; `section` is what a push-only client sent. */
  settingsChanged(section: unknown): void {
    if (!this.canAskClient) this.globalSettings = readSettings(section);
    this.settings.clear();
    this.states.clear();
  }
}
