// An analysis thread that dies when asked for a hover, for test/lsp/worker-crash.test.ts:
// the real thread (the bundle the test setup builds), with a listener of its own first.
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (message) => {
  if (message.kind === "request" && message.method === "textDocument/hover") process.exit(7);
});
require("../../dist/analysis-worker.js");
