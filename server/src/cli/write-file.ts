/**
 * Writes a summary to `--out` so that a failure never leaves a half-written file
 * and never changes a file the user did not ask to replace:
 *
 * - A new file is created only if nothing is at the path (flag "wx": no race with
 *   another writer); if writing it fails (a full disk), what was written is removed,
 *   so the retry is not refused as "already exists".
 * - With --force, an existing regular file keeps its inode: its mode, owner and
 *   hard links stay. The whole content is first written to a temporary file beside
 *   it (so a full disk is found before the old file is touched), then copied over
 *   the old content and the file cut to the new length.
 * - With --force, a path that is not a regular file (a device, a pipe) is written
 *   to directly.
 *
 * Every failure is a UsageError: one sentence, exit 2.
 */
import { randomBytes } from "node:crypto";
import { closeSync, ftruncateSync, openSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./read-source";

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "unknown error";
}

function cannotWrite(path: string, error: unknown): UsageError {
  return new UsageError(`${path}: cannot be written (${codeOf(error)}).`);
}

function alreadyExists(path: string): UsageError {
  return new UsageError(`${path} already exists; it was left as it is. Choose another --out, or add --force to replace it.`);
}

/** What is at `path`, following symbolic links; null when nothing is. */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Writes all of `bytes` to `fd` from its current position (a write may be partial). */
function writeAll(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Opens with `flag`, writes everything, closes; closes the file on failure too. */
function writeThrough(path: string, flag: string, bytes: Buffer, mode?: number): void {
  const fd = openSync(path, flag, mode);
  try {
    writeAll(fd, bytes);
    if (flag === "r+") ftruncateSync(fd, bytes.length);
  } finally {
    closeSync(fd);
  }
}

function createNew(path: string, bytes: Buffer): void {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    throw codeOf(error) === "EEXIST" ? alreadyExists(path) : cannotWrite(path, error);
  }
  try {
    try {
      writeAll(fd, bytes);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(path, { force: true }); // ours, created above: nothing the user wrote
    throw cannotWrite(path, error);
  }
}

function replaceInPlace(path: string, bytes: Buffer, existing: Stats): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeThrough(temporary, "wx", bytes, existing.mode & 0o777);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw cannotWrite(path, error);
  }
  try {
    writeThrough(path, "r+", bytes);
  } catch (error) {
    throw new UsageError(`${path}: could not be replaced completely (${codeOf(error)}); the full summary is in ${temporary}.`);
  }
  rmSync(temporary, { force: true });
}

export function writeNewFile(path: string, content: string | Uint8Array, force: boolean): void {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  const existing = statOrNull(path);
  if (existing === null || !force) {
    createNew(path, bytes);
  } else if (existing.isFile()) {
    replaceInPlace(path, bytes, existing);
  } else {
    try {
      writeThrough(path, "w", bytes);
    } catch (error) {
      throw cannotWrite(path, error);
    }
  }
}

/**
 * Refuses an --out that names the input file itself: the same path, a symbolic or
 * a hard link to it (the same device and inode). A .vcase file is never replaced
 * by something made from it, --force or not.
 */
export function refuseTheInput(input: string, out: string | undefined): void {
  if (out === undefined) return;
  const a = statOrNull(input);
  const b = statOrNull(out);
  if (a !== null && b !== null && a.dev === b.dev && a.ino === b.ino) {
    throw new UsageError(`${out} is the .vcase file being read; it was left as it is. Choose another --out.`);
  }
}
