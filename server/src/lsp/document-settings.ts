/**
 * Each open document's `vcase` settings: asked of the client once per document
 * with workspace/configuration, or the global settings when the client cannot be
 * asked. Forgotten on close and when the settings change.
 */
import type { Connection } from "vscode-languageserver";
import { DEFAULT_SETTINGS, readSettings, type VcaseSettings } from "./settings";

export class DocumentSettings {
  private readonly asked = new Map<string, Promise<VcaseSettings>>();
  private globalSettings = DEFAULT_SETTINGS;
  /** Set at initialize: whether the client answers workspace/configuration. */
  canAskClient = false;

  constructor(private readonly connection: Connection) {}

  of(uri: string): Promise<VcaseSettings> {
    if (!this.canAskClient) return Promise.resolve(this.globalSettings);
    let settings = this.asked.get(uri);
    if (settings === undefined) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: "vcase" }).then(readSettings, () => DEFAULT_SETTINGS);
      this.asked.set(uri, settings);
    }
    return settings;
  }

  close(uri: string): void {
    this.asked.delete(uri);
  }

  /** New settings: forget every answer; `section` is what a push-only client sent. */
  changed(section: unknown): void {
    if (!this.canAskClient) this.globalSettings = readSettings(section);
    this.asked.clear();
  }
}
