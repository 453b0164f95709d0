/**
 * The `vcase.*` settings the server acts on, read defensively: a value of the
 * wrong type falls back to its default, so a typo in settings.json never stops
 * the checks. (`vcase.trace.server` is read by the client, not here.)
 *
 * - `vcase.checks.futureDates` (default true): flag dates after today (VC204).
 * - `vcase.maxFileSizeMB` (default 20, 1 MB = 1024 × 1024 bytes): a larger
 *   document is not analysed live; it gets one diagnostic pointing to
 *   `vcase check FILE` (the command line, installed with the server) instead.
 */
import { fileURLToPath } from "node:url";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";

export interface VcaseSettings {
  readonly futureDates: boolean;
  readonly maxFileSizeMB: number;
}

export const DEFAULT_SETTINGS: VcaseSettings = { futureDates: true, maxFileSizeMB: 20 };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** The `vcase` section as a client returns it (nested objects, or dotted keys from some editors). */
export function readSettings(section: unknown): VcaseSettings {
  if (!isRecord(section)) return DEFAULT_SETTINGS;
  const checks = isRecord(section.checks) ? section.checks : {};
  const futureDates = checks.futureDates ?? section["checks.futureDates"];
  const maxFileSizeMB = section.maxFileSizeMB;
  return {
    futureDates: typeof futureDates === "boolean" ? futureDates : DEFAULT_SETTINGS.futureDates,
    maxFileSizeMB: typeof maxFileSizeMB === "number" && maxFileSizeMB > 0 ? maxFileSizeMB : DEFAULT_SETTINGS.maxFileSizeMB,
  };
}

export function exceedsSizeLimit(text: string, settings: VcaseSettings): boolean {
  const limit = settings.maxFileSizeMB * 1024 * 1024;
  // Cheap test first: UTF-8 takes at least one byte per UTF-16 unit and at most three.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return Buffer.byteLength(text, "utf8") > limit;
}

function commandLineName(uri: string): string {
  if (!uri.startsWith("file:")) return "FILE";
  try {
    const path = fileURLToPath(uri);
    return /\s/.test(path) ? `"${path}"` : path;
  } catch {
    return "FILE";
  }
}

/** The one diagnostic a document over the size limit gets, on its first line. */
export function sizeLimitDiagnostic(uri: string, text: string, settings: VcaseSettings): Diagnostic {
  const firstLineEnd = text.search(/\r|\n/);
  const size = Buffer.byteLength(text, "utf8") / (1024 * 1024);
  const mb = size >= 0.1 ? size.toFixed(1) : size.toPrecision(2);
  const save = uri.startsWith("file:") ? "" : "save it and ";
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineEnd < 0 ? text.length : firstLineEnd } },
    severity: DiagnosticSeverity.Warning,
    source: "vcase",
    message:
      `This file (${mb} MB) is too large for live checking: the limit is ${settings.maxFileSizeMB} MB (setting vcase.maxFileSizeMB), ` +
      `so it is not checked while you type and has no hovers or outline. To check it, ${save}run \`vcase check ${commandLineName(uri)}\` in a terminal (the vcase command line; the README says how to install it).`,
  };
}
