/**
 * The Word export through the server a user installs: dist/server.js passes the
 * request to the document's analysis thread (dist/analysis-worker.js), which
 * loads the separate Word writer (dist/docx.js) on the first request and
 * answers a .docx in base64.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_TEXT } from "../report/helpers";
import { serveDocument } from "./bundled-server";

const ROOT = join(__dirname, "..", "..");

describe("vcase/summary docx in the bundled server", () => {
  it("answers the Word document", async () => {
    const uri = "file:///cases/series.vcase";
    const { answer, stderr } = await serveDocument([join(ROOT, "dist", "server.js")], uri, SAMPLE_TEXT, (connection) =>
      connection.sendRequest("vcase/summary", { uri, format: "docx" }) as Promise<{ content: string; encoding?: string }>,
    );
    expect(answer.encoding).toBe("base64");
    expect(Buffer.from(answer.content, "base64").subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    expect(stderr).toBe("");
  });
});
