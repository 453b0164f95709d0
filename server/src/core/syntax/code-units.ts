/**
 * A text's UTF-16 code units in a typed array, which the fast scanner
 * (fast-scanner.ts) reads instead of calling `charCodeAt` on the string.
 *
 * One array is kept and filled again for each text: a new one for every parse
 * would be memory the engine counts towards its next collection (two bytes a
 * character, 25 MB for a registry export of 50,000 patients), and pages the system
 * has to clear. The array follows the size of the texts read: it grows, with room
 * to spare, for a longer text (typing makes each version a little longer), and is
 * made again, smaller, for a text a quarter its size or less.
 *
 * The copy is made by Node's `Buffer.write` in "utf16le", which copies every code
 * unit as it is, unpaired surrogates included.
 */

/** Whether this machine stores a 16-bit number low byte first, as "utf16le" writes it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export class CodeUnits {
  private units = new Uint16Array(0);
  private bytes = Buffer.alloc(0);

  /**
   * The array, holding code units `from` up to `end` of `text` at their own
   * offsets, and a 0 at `end`; what it holds elsewhere is left from earlier texts.
   */
  load(text: string, from: number, end: number): Uint16Array {
    const needed = text.length + 1;
    if (this.units.length < needed || this.units.length > 4 * needed + 4096) this.make(needed + (needed >> 3) + 1024);
    const part = from === 0 && end === text.length ? text : text.slice(from, end);
    const written = this.bytes.write(part, from * 2, (end - from) * 2, "utf16le");
    if (!LITTLE_ENDIAN) this.bytes.subarray(from * 2, from * 2 + written).swap16();
    this.units[end] = 0;
    return this.units;
  }

  private make(length: number): void {
    const buffer = new ArrayBuffer(length * 2);
    this.units = new Uint16Array(buffer);
    this.bytes = Buffer.from(buffer);
  }
}
