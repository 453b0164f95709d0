/**
 * The peer: what a user has today without vcase — the cohort as JSON, checked by
 * VS Code's own JSON support (vscode-json-languageservice, the library behind VS
 * Code's JSON language server) against bench/cohort.schema.json. One check is
 * what that server does on every change: parse the document, then validate it.
 */
import { getLanguageService, TextDocument, type Diagnostic, type JSONSchema } from "vscode-json-languageservice";
import schema from "./cohort.schema.json";

const SCHEMA_URI = "https://vcase.invalid/bench/cohort.schema.json";

export interface JsonChecker {
  /** Parse and validate; resolves to the schema's diagnostics. */
  check(uri: string, text: string): PromiseLike<Diagnostic[]>;
}

export function jsonChecker(): JsonChecker {
  const service = getLanguageService({});
  service.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: SCHEMA_URI, fileMatch: ["*.cohort.json"], schema: schema as JSONSchema }],
  });
  return {
    check(uri, text) {
      const document = TextDocument.create(uri, "json", 1, text);
      return service.doValidation(document, service.parseJSONDocument(document), { schemaValidation: "error" });
    },
  };
}
