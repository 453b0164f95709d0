/**
 * The router's handle on one document's analysis thread (./analysis-worker.ts):
 * it posts the document's edits, settings and requests, and hands back replies,
 * diagnostics and log lines. If the thread dies, its waiting requests get the
 * empty answer and the owner is told, to start another.
 *
 * `WorkerPool` keeps one thread started ahead, so that the first document opened
 * does not wait for a thread to start and load the analysis code.
 */
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import { ResponseError, type CancellationToken, type Diagnostic } from "vscode-languageserver";
import type { FromWorker, ToWorker, WorkerSetup } from "./worker-messages";

export type Answer = { readonly answered: true; readonly result: unknown } | { readonly answered: false };

export interface WorkerEvents {
  diagnostics(version: number, diagnostics: Diagnostic[]): void;
  analysed(version: number): void;
  log(message: string): void;
  /** The thread stopped without being disposed (a crash, or out of memory). */
  died(reason: string): void;
}

export class WorkerPool {
  private spare: Worker | undefined;

  constructor(
    private readonly script: string,
    private setup: WorkerSetup,
    /** Each thread's heap, in MB: the server's own by default. */
    private readonly heapMB = Math.round(getHeapStatistics().heap_size_limit / (1024 * 1024)),
  ) {}

  /** What the client said at initialize, for the threads started from now on. */
  configure(client: Partial<WorkerSetup>): void {
    this.setup = { ...this.setup, ...client };
  }

  /** Start a thread ahead, if none is waiting. */
  warm(): void {
    this.spare ??= this.start();
  }

  take(): Worker {
    const worker = this.spare ?? this.start();
    this.spare = undefined;
    return worker;
  }

  dispose(): void {
    void this.spare?.terminate();
    this.spare = undefined;
  }

  private start(): Worker {
    // stdout: true keeps the thread's stdout off the process's, which may be the protocol's stream.
    // With a heap limit of its own, a thread that runs out of memory is stopped alone
    // (and started again, see server.ts), where the whole server would abort.
    const worker = new Worker(this.script, { workerData: this.setup, stdout: true, resourceLimits: { maxOldGenerationSizeMb: this.heapMB } });
    worker.stdout.resume();
    // The connection keeps the process alive; an idle thread must not.
    worker.unref();
    return worker;
  }
}

export class DocumentWorker {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(answer: Answer): void; reject(error: unknown): void }>();
  private disposed = false;

  constructor(
    private readonly worker: Worker,
    private readonly events: WorkerEvents,
  ) {
    worker.on("message", (message: FromWorker) => this.receive(message));
    worker.on("error", (error) => events.log(`vcase: a document's analysis thread failed: ${error.stack ?? error.message}`));
    worker.on("exit", (code) => {
      for (const { resolve } of this.waiting.values()) resolve({ answered: false });
      this.waiting.clear();
      if (!this.disposed) events.died(`it exited with code ${code}`);
      this.disposed = true;
    });
  }

  post(message: ToWorker): void {
    if (!this.disposed) this.worker.postMessage(message);
  }

  request(method: string, params: unknown, token: CancellationToken): Promise<Answer> {
    if (this.disposed) return Promise.resolve({ answered: false });
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.post({ kind: "request", id, method, params });
      token.onCancellationRequested(() => this.post({ kind: "cancel", id }));
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const { resolve } of this.waiting.values()) resolve({ answered: false });
    this.waiting.clear();
    void this.worker.terminate();
  }

  private receive(message: FromWorker): void {
    switch (message.kind) {
      case "diagnostics":
        return this.events.diagnostics(message.version, message.diagnostics);
      case "analysed":
        return this.events.analysed(message.version);
      case "log":
        return this.events.log(message.message);
      case "reply":
      case "no-answer":
      case "error": {
        const waiting = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.kind === "reply") waiting?.resolve({ answered: true, result: message.result });
        else if (message.kind === "no-answer") waiting?.resolve({ answered: false });
        else waiting?.reject(new ResponseError(message.code, message.message, message.data));
      }
    }
  }
}
