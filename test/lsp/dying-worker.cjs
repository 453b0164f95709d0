// An analysis thread that dies when asked for a hover (it exits), or runs out of
// memory when asked for completions, for test/lsp/worker-crash.test.ts: the real
// thread (the bundle the test setup builds), with a listener of its own first.
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (message) => {
  if (message.kind !== "request") return;
  if (message.method === "textDocument/hover") process.exit(7);
  if (message.method === "textDocument/completion") {
    const hoard = [];
    for (;;) hoard.push({ index: hoard.length, text: `row ${hoard.length}` });
  }
});
require("../../dist/analysis-worker.js");
