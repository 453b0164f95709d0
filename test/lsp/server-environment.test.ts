/**
 * The bundled server started as the VS Code client starts it, its environment the
 * editor's with SERVER_ENVIRONMENT over it, on a machine whose NODE_EXTRA_CA_CERTS
 * names a file of certificates that is not there (a proxy's, since removed): the
 * server serves, and its output, which VS Code shows in the server's channel,
 * says nothing about certificates. Started in the editor's environment as it is,
 * Node.js warns about that file at every start: the second test shows the first
 * one would see it.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node";
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from "../../server/src/lsp/node-options";

const BUNDLE = join(__dirname, "../../dist/server.js");
const EDITOR_ENV = { ...process.env, NODE_EXTRA_CA_CERTS: join(__dirname, "no-such-proxy-certificates.pem") };

/** Starts the bundled server, asks `initialize`, shuts it down; its exit code and what it wrote to stderr. */
async function startAndStop(env: NodeJS.ProcessEnv): Promise<{ name: string | undefined; code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, BUNDLE, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    return { name: result.serverInfo?.name, code: await exited, stderr };
  } finally {
    connection.dispose();
    child.kill();
  }
}

describe("the server's environment", () => {
  it("starts the server without Node.js reading the editor's extra certificates", async () => {
    const run = await startAndStop({ ...EDITOR_ENV, ...SERVER_ENVIRONMENT });
    expect(run).toEqual({ name: "vcase-language-server", code: 0, stderr: "" });
  });

  it("is needed: in the editor's environment as it is, Node.js warns about the missing certificates", async () => {
    const run = await startAndStop(EDITOR_ENV);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("no-such-proxy-certificates.pem");
  });
});
