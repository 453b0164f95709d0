/**
 * What the analysis thread's bundle (scripts/bundle.mjs) takes in place of
 * vscode-languageserver: the protocol's types and constants
 * (vscode-languageserver-types) and the few JSON-RPC values the features use. A
 * thread only sends plain messages back (./worker-messages.ts), an error as its
 * code, message and data, so it needs none of the library's connection code,
 * which loads the whole JSON-RPC stack and Node's networking modules: about half
 * of the time a thread took to load its code (130 → 80 ms on a busy host).
 * Everything in the thread that names "vscode-languageserver" gets this file,
 * so its ResponseError is the one the thread checks for.
 */
export * from "vscode-languageserver-types";

/** JSON-RPC's error codes, as vscode-jsonrpc numbers them. */
export const ErrorCodes = { ParseError: -32700, InvalidRequest: -32600, MethodNotFound: -32601, InvalidParams: -32602, InternalError: -32603 } as const;

/** The protocol's own error codes, as vscode-languageserver-protocol numbers them. */
export const LSPErrorCodes = { RequestFailed: -32803, ServerCancelled: -32802, ContentModified: -32801, RequestCancelled: -32800 } as const;

export class ResponseError<D = void> extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: D,
  ) {
    super(message);
  }
}

/** A request's method, with its params' and result's types (as vscode-jsonrpc's, without what only a connection needs). */
export class RequestType<P, R, E> {
  declare readonly _types?: [P, R, E];
  constructor(readonly method: string) {}
}
