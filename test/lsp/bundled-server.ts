/**
 * A built server program run as an editor runs it: spawned with `--stdio`, asked
 * `initialize` (and, for `serveDocument`, given a document and asked about it),
 * then shut down politely. For the tests of what the programs a user installs do.
 */
import { spawn } from "node:child_process";
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver/node";

export interface StartAndStop {
  readonly initialized: InitializeResult;
  readonly exitCode: number | null;
  /** All the program wrote to stderr, which VS Code shows in the server's output channel. */
  readonly stderr: string;
}

/** A built server program spawned with `--stdio`, a connection to it listening. */
function spawnServer(nodeArgs: readonly string[], env: NodeJS.ProcessEnv, beforeListen?: (connection: ProtocolConnection) => void) {
  const child = spawn(process.execPath, [...nodeArgs, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  beforeListen?.(connection);
  connection.listen();
  return {
    connection,
    initialize: () => connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} }),
    /** `shutdown` and `exit`; the exit code and all that was written to stderr. */
    stop: async () => {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      return { exitCode: await exited, stderr };
    },
    dispose: () => {
      connection.dispose();
      child.kill();
    },
  };
}

/** Runs `node ...nodeArgs --stdio` in `env`, asks `initialize`, then `shutdown` and `exit`. */
export async function startAndStop(nodeArgs: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<StartAndStop> {
  const server = spawnServer(nodeArgs, env);
  try {
    const initialized = await server.initialize();
    return { initialized, ...(await server.stop()) };
  } finally {
    server.dispose();
  }
}

export interface Served<T> {
  /** What `ask` returned. */
  readonly answer: T;
  readonly exitCode: number | null;
  readonly stderr: string;
}

/**
 * Runs `node ...nodeArgs --stdio` as an editor does: `initialize`, `initialized`,
 * the document `text` opened at `uri`; then `ask` puts its requests, given the
 * document's first published diagnostics to wait for; then `shutdown` and `exit`.
 */
export async function serveDocument<T>(
  nodeArgs: readonly string[],
  uri: string,
  text: string,
  ask: (connection: ProtocolConnection, published: Promise<PublishDiagnosticsParams>) => Promise<T>,
): Promise<Served<T>> {
  let published!: Promise<PublishDiagnosticsParams>;
  const server = spawnServer(nodeArgs, process.env, (connection) => {
    published = new Promise((resolve) =>
      connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
        if (p.uri === uri) resolve(p);
      }),
    );
  });
  try {
    await server.initialize();
    await server.connection.sendNotification(InitializedNotification.type, {});
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "vcase", version: 1, text } });
    const answer = await ask(server.connection, published);
    return { answer, ...(await server.stop()) };
  } finally {
    server.dispose();
  }
}
