/**
 * Reads a .vcase file for the command line, turning every way it can fail into one
 * sentence: missing, a folder, unreadable, binary, or not UTF-8 text.
 */
import { readFileSync, statSync } from "node:fs";

export class UsageError extends Error {}

const MAX_BYTES = 512 * 1024 * 1024;

export function readSource(path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `${path}: no such file.` : `${path}: cannot be read (${code ?? "unknown error"}).`);
  }
  if (stats.isDirectory()) throw new UsageError(`${path}: is a folder, not a .vcase file.`);
  if (!stats.isFile()) throw new UsageError(`${path}: is not a regular file.`);
  if (stats.size > MAX_BYTES) throw new UsageError(`${path}: is larger than 512 MB, too large to check.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"}).`);
  }
  if (bytes.includes(0)) throw new UsageError(`${path}: looks like a binary file, not .vcase text.`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path}: is not UTF-8 text; save it as UTF-8 and try again.`);
  }
}
