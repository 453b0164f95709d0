/**
 * A built server program run as an editor runs it: spawned with `--stdio`, asked
 * `initialize`, then shut down politely. For the tests of what the programs a
 * user installs do when they start and stop.
 */
import { spawn } from "node:child_process";
import {
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
} from "vscode-languageserver/node";

export interface StartAndStop {
  readonly initialized: InitializeResult;
  readonly exitCode: number | null;
  /** All the program wrote to stderr, which VS Code shows in the server's output channel. */
  readonly stderr: string;
}

/** Runs `node ...nodeArgs --stdio` in `env`, asks `initialize`, then `shutdown` and `exit`. */
export async function startAndStop(nodeArgs: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<StartAndStop> {
  const child = spawn(process.execPath, [...nodeArgs, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const initialized = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    return { initialized, exitCode: await exited, stderr };
  } finally {
    connection.dispose();
    child.kill();
  }
}
