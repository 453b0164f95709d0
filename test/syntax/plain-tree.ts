/**
 * A syntax tree as plain data, to compare two trees by what they hold.
 *
 * The patients are views over the tree's rows (server/src/core/syntax/tree/views.ts):
 * what they hold is read by getters of their class, and their own fields are a
 * tree and a row number. A deep equality of two views (`toEqual`, `toStrictEqual`,
 * `Object.entries`, `JSON.stringify`) would compare those fields, or nothing, and
 * pass whatever the views read; so every test that compares trees compares these.
 * A view gives every getter of its class; a node (a study, a generic item, a value)
 * its own fields and its getters (`keyword`, a date's `kind`). `span`, the node
 * itself, is left out.
 */
import { View } from "../../server/src/core/syntax/tree/views";

/** `value` (a tree, a node or a list of them) as plain objects and arrays; `offsets: false` leaves out every offset and span: what the text says, not where. */
export function plainTree(value: unknown, { offsets = true } = {}): unknown {
  const plain = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(plain);
    if (v === null || typeof v !== "object") return v;
    const out: Record<string, unknown> = {};
    for (const key of keysOf(v)) {
      const field = (v as Record<string, unknown>)[key];
      if (offsets || (key !== "start" && key !== "end" && !isSpan(field))) out[key] = plain(field);
    }
    return out;
  };
  return plain(value);
}

/** The getters of the classes of objects with the prototype: read for every node of a tree, so found once. */
const gettersOf = new Map<object, readonly string[]>();

/** The properties `node` holds: its own fields (none for a view) and the getters of its class, but `span`. */
function keysOf(node: object): readonly string[] {
  const prototype = Object.getPrototypeOf(node) as object;
  let getters = gettersOf.get(prototype);
  if (getters === undefined) {
    const found: string[] = [];
    for (let p: object | null = prototype; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
      for (const [key, described] of Object.entries(Object.getOwnPropertyDescriptors(p))) if (described.get !== undefined && key !== "span") found.push(key);
    }
    gettersOf.set(prototype, (getters = found));
  }
  return node instanceof View ? getters : [...Object.keys(node), ...getters];
}

/** A plain `{ start, end }`: a keyword's or a range's span. */
function isSpan(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v) && [...keysOf(v)].sort().join() === "end,start";
}
