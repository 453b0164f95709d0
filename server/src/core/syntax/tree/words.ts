/**
 * The words of a syntax tree, each text once with a number: patient and procedure
 * ids, procedure kinds, measure names after an outcome, `repeats` targets, sex and
 * etiology values. The tree's rows hold word numbers, so "the same id" and "the
 * measure this outcome names" are integer comparisons, and 10,000 outcomes of
 * `pain` are one string.
 *
 * Words are found straight from the source text (`intern`), by a hash of their
 * characters, without making a string for a word already known. A word's string is
 * its own copy, never a slice that keeps the source text alive: after an edit the
 * server's next tree goes on with the same words (syntax/reparse.ts), and a slice
 * would hold every earlier version of a large file.
 */

/** A string of its own, not a view into the text it came from (the engine makes long slices views). */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const VIEW_LENGTH = 13;

function ownCopy(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  return slice.length < VIEW_LENGTH ? slice : decoder.decode(encoder.encode(slice));
}

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The same hash over code units already in an array (the fast scanner's, syntax/code-units.ts). */
export function hashOfUnits(units: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  return h;
}

export class WordTable {
  private readonly texts: string[] = [];
  private hashes = new Int32Array(64);
  /** Open addressing: per slot 0 when free, else 1 + a word number. */
  private slots = new Int32Array(128);

  /** How many words there are; word numbers run from 0 below it. */
  get count(): number {
    return this.texts.length;
  }

  text(word: number): string {
    return this.texts[word]!;
  }

  length(word: number): number {
    return this.texts[word]!.length;
  }

  /** The number of the word written from `start` to `end` of `source`, made if new; `h` its hash, when known. */
  intern(source: string, start: number, end: number, h = hashOf(source, start, end)): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    let slot = h & mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      const word = entry - 1;
      if (this.hashes[word] === h) {
        const known = this.texts[word]!;
        if (known.length === length && source.startsWith(known, start)) return word;
      }
      slot = (slot + 1) & mask;
    }
    return this.add(ownCopy(source, start, end), h, slot);
  }

  /**
   * Room for `words` words without growing: a parse of a long text makes one word
   * for every patient (its id), and growing by doubling placed every word again
   * each time.
   */
  reserve(words: number): void {
    if (words > this.hashes.length) {
      const hashes = new Int32Array(words);
      hashes.set(this.hashes.subarray(0, this.texts.length));
      this.hashes = hashes;
    }
    if (words * 2 > this.slots.length) this.rehash(words * 2);
  }

  /** The number of a word given as a string, made if new. */
  internText(text: string): number {
    return this.intern(text, 0, text.length);
  }

  /** The number of a word, or -1 when no such word was written. */
  find(text: string): number {
    const h = hashOf(text, 0, text.length);
    const mask = this.slots.length - 1;
    for (let slot = h & mask, entry = this.slots[slot]!; entry !== 0; slot = (slot + 1) & mask, entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === h && this.texts[entry - 1] === text) return entry - 1;
    }
    return -1;
  }

  private add(text: string, h: number, slot: number): number {
    const word = this.texts.length;
    this.texts.push(text);
    if (word === this.hashes.length) {
      const hashes = new Int32Array(word * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[word] = h;
    this.slots[slot] = word + 1;
    if ((word + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return word;
  }

  /** At least `atLeast` slots (a power of two), every word placed again. */
  private rehash(atLeast: number): void {
    let length = this.slots.length;
    while (length < atLeast) length *= 2;
    const slots = new Int32Array(length);
    const mask = slots.length - 1;
    for (let word = 0; word < this.texts.length; word++) {
      let slot = this.hashes[word]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = word + 1;
    }
    this.slots = slots;
  }
}
