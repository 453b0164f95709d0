/**
 * The bundled server started as the VS Code client starts it, its environment the
 * editor's with SERVER_ENVIRONMENT over it, on a machine whose NODE_EXTRA_CA_CERTS
 * names a file of certificates that is not there (a proxy's, since removed): the
 * server serves, and its output, which VS Code shows in the server's channel,
 * says nothing about certificates. Started in the editor's environment as it is,
 * Node.js warns about that file at every start: the second test shows the first
 * one would see it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_ENVIRONMENT, SERVER_NODE_OPTIONS } from "../../server/src/lsp/node-options";
import { startAndStop } from "./bundled-server";

const SERVER = [...SERVER_NODE_OPTIONS, join(__dirname, "../../dist/server.js")];
const EDITOR_ENV = { ...process.env, NODE_EXTRA_CA_CERTS: join(__dirname, "no-such-proxy-certificates.pem") };

describe("the server's environment", () => {
  it("starts the server without Node.js reading the editor's extra certificates", async () => {
    const run = await startAndStop(SERVER, { ...EDITOR_ENV, ...SERVER_ENVIRONMENT });
    expect(run.initialized.serverInfo?.name).toBe("vcase-language-server");
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("is needed: in the editor's environment as it is, Node.js warns about the missing certificates", async () => {
    const run = await startAndStop(SERVER, EDITOR_ENV);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain("no-such-proxy-certificates.pem");
  });
});
