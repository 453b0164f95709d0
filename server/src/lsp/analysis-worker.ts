/**
 * A document's analysis thread (bundled to dist/analysis-worker.js): the router
 * (./server.ts) starts one per open document, so a long analysis of one document
 * never holds up requests on another, nor the router itself. It runs a
 * DocumentAnalyst (./document-analyst.ts) on the messages of ./worker-messages.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { DocumentAnalyst } from "./document-analyst";
import { describeError } from "./guard";
import type { FromWorker, ToWorker, WorkerSetup } from "./worker-messages";

const port = parentPort;
if (port !== null) {
  const post = (message: FromWorker) => {
    try {
      port.postMessage(message);
    } catch (error) {
      // A result that cannot be copied (it should not happen: answers are JSON): an error reply instead.
      const text = `vcase: an answer could not be sent: ${describeError(error)}`;
      port.postMessage({ kind: "log", message: text } satisfies FromWorker);
      if (message.kind === "reply") port.postMessage({ kind: "error", id: message.id, code: -32603, message: "The vcase server could not send its answer." } satisfies FromWorker);
    }
  };
  const analyst = new DocumentAnalyst(post, workerData as WorkerSetup);
  port.on("message", (message: ToWorker) => {
    try {
      analyst.receive(message);
    } catch (error) {
      post({ kind: "log", message: `vcase: unexpected error: ${describeError(error)}` });
    }
  });
  // A bug must not take this document's checks down with it: log it and keep serving.
  process.on("uncaughtException", (error) => post({ kind: "log", message: `vcase: unexpected error: ${describeError(error)}` }));
}
