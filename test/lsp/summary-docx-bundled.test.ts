/**
 * The Word export through the server a user installs: dist/server.js passes the
 * request to the document's analysis thread (dist/analysis-worker.js), which
 * loads the separate Word writer (dist/docx.js) on the first request and
 * answers a .docx in base64.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver/node";
import { describe, expect, it } from "vitest";
import { SAMPLE_TEXT } from "../report/helpers";

const ROOT = join(__dirname, "..", "..");

describe("vcase/summary docx in the bundled server", () => {
  it("answers the Word document", async () => {
    const child = spawn(process.execPath, [join(ROOT, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification(InitializedNotification.type, {});
      const uri = "file:///cases/series.vcase";
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "vcase", version: 1, text: SAMPLE_TEXT } });
      const result = (await connection.sendRequest("vcase/summary", { uri, format: "docx" })) as { content: string; encoding?: string };
      expect(result.encoding).toBe("base64");
      expect(Buffer.from(result.content, "base64").subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      expect(stderr).toBe("");
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
