/**
 * The protocol's lifecycle, enforced before any handler sees a message
 * (LSP 3.17, "initialize" and "shutdown"):
 *
 * - Before `initialize`, a request is refused with ServerNotInitialized (-32002)
 *   and a notification is dropped, except `exit`.
 * - After `shutdown`, a request is refused with InvalidRequest (-32600) and a
 *   notification is dropped, except `exit`.
 *
 * The gate is the connection's message strategy: it sees each incoming message
 * first. A refused request is passed on renamed to one of two internal methods
 * whose handlers (registered by `registerRefusals`) answer with the error, so the
 * reply keeps the request's id and goes out like any other.
 */
import {
  ErrorCodes,
  ExitNotification,
  InitializeRequest,
  Message,
  ResponseError,
  ShutdownRequest,
  type Connection,
  type ConnectionOptions,
  type MessageStrategy,
} from "vscode-languageserver";

const REFUSED_BEFORE_INITIALIZE = "vcase/$refusedBeforeInitialize";
const REFUSED_AFTER_SHUTDOWN = "vcase/$refusedAfterShutdown";

class LifecycleGate implements MessageStrategy {
  private phase: "waiting for initialize" | "running" | "shut down" = "waiting for initialize";

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      if (this.phase === "shut down") return next({ ...message, method: REFUSED_AFTER_SHUTDOWN } as Message);
      if (message.method === InitializeRequest.method) this.phase = "running";
      else if (this.phase === "waiting for initialize") return next({ ...message, method: REFUSED_BEFORE_INITIALIZE } as Message);
      else if (message.method === ShutdownRequest.method) this.phase = "shut down";
      return next(message);
    }
    if (Message.isNotification(message) && message.method !== ExitNotification.method && this.phase !== "running") return;
    next(message);
  }
}

/** Options for `createConnection`: a new gate for one connection. */
export function lifecycleOptions(): ConnectionOptions {
  return { messageStrategy: new LifecycleGate() };
}

/** The answers to the requests the gate refused. */
export function registerRefusals(connection: Connection): void {
  connection.onRequest(REFUSED_BEFORE_INITIALIZE, () => {
    throw new ResponseError(ErrorCodes.ServerNotInitialized, "The vcase server has not been initialized yet: send initialize first.");
  });
  connection.onRequest(REFUSED_AFTER_SHUTDOWN, () => {
    throw new ResponseError(ErrorCodes.InvalidRequest, "The vcase server has been shut down and answers no more requests; send exit.");
  });
}
