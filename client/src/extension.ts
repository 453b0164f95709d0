/**
 * The VS Code side of VCase: starts the language server (dist/server.js) over
 * IPC for .vcase documents, saved or untitled, and leaves checks, hovers and
 * figures to it, its Node.js started with the options of
 * server/src/lsp/node-options.ts (options and environment). Settings: the
 * server asks for the `vcase` section per document and is told when it changes;
 * `vcase.trace.server` traces the traffic in the "VCase Language Server" output
 * channel. The summary commands are in ./commands.
 */
import * as path from "node:path";
import type { ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from "../../server/src/lsp/node-options";
import { registerCommands } from "./commands";

let client: LanguageClient | undefined;

export interface VcaseExtensionApi {
  /** The running language client, for tests and other extensions. */
  readonly client: LanguageClient;
}

export async function activate(context: ExtensionContext): Promise<VcaseExtensionApi> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS], env: { ...SERVER_ENVIRONMENT } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, "--nolazy", "--inspect=6009"], env: { ...SERVER_ENVIRONMENT } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "vcase" },
      { scheme: "untitled", language: "vcase" },
    ],
  };
  // The id "vcase" makes the client read the `vcase.trace.server` setting.
  client = new LanguageClient("vcase", "VCase Language Server", serverOptions, clientOptions);
  await client.start();
  registerCommands(context, client);
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
