/**
 * The texts the robustness tests feed the core and the server, as fast-check
 * arbitraries: strings of any code units, samples damaged the way real files get
 * damaged (the mutations issue 7 names), token soup of the language's own words,
 * and whole files built from the grammar with values from sane to absurd.
 */
import fc from "fast-check";
import { GRAMMAR, KEYWORDS, type BlockName, type Part, type ValueToken } from "../../server/src/core/language/grammar";

/**
 * Strings of any UTF-16 code units (lone surrogates, NUL, astral halves), biased
 * towards ASCII and surrogates. Built by hand: fast-check's `unit: "binary"` takes
 * seconds to construct.
 */
export function utf16String(maxLength: number): fc.Arbitrary<string> {
  const unit = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.integer({ min: 0, max: 0xffff }));
  return fc.array(unit, { maxLength }).map((units) => String.fromCharCode(...units));
}

/** Strings of any code points, astral ones included. */
export function codePointString(maxLength: number): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength }).map((points) => String.fromCodePoint(...points));
}

// ---- mutations -----------------------------------------------------------------

/** Words, strings, numbers and single punctuation marks, with the whitespace between them. */
const TOKEN = /"[^"\n]*"?|\/\/[^\n]*|[A-Za-z_0-9.]+|->|\s+|[^]/g;

function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function linesOf(text: string): string[] {
  return text.split("\n");
}

type Edit = (text: string) => string;

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

function onParts(split: (t: string) => string[], join: string, f: (parts: string[], a: number, b: number) => void) {
  return (a: number, b: number): Edit =>
    (text) => {
      const parts = split(text);
      if (parts.length === 0) return text;
      f(parts, a % parts.length, b % parts.length);
      return parts.join(join);
    };
}

const remove = (parts: string[], a: number) => void parts.splice(a, 1);
const duplicate = (parts: string[], a: number) => void parts.splice(a, 0, parts[a]!);
const swap = (parts: string[], a: number, b: number) => void ([parts[a], parts[b]] = [parts[b]!, parts[a]!]);
const moveTo = (parts: string[], a: number, b: number) => void parts.splice(b, 0, ...parts.splice(a, 1));

const insertAt = (insert: string) => (at: number): Edit => (text) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + insert + text.slice(i);
};

/** Bytes as an editor might decode a file in the wrong encoding. */
const randomBytes = fc.uint8Array({ minLength: 1, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString(bytesEncoding(bytes)));
function bytesEncoding(bytes: Uint8Array): BufferEncoding {
  return bytes[0]! % 2 === 0 ? "utf8" : "latin1";
}

/** One long line, as pasted from a spreadsheet export. */
const longLine = fc
  .tuple(fc.constantFrom("9 ", "pain 9 -> 2 ", "T12, ", "x", "\"", "/*", "patient P ", "{", "}", "-", "..", "é"), fc.integer({ min: 9_000, max: 11_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const position = fc.nat();

/** One edit of a text: the kinds of damage issue 7 names. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(position, position).map(([a, b]) => onParts(tokensOf, "", remove)(a, b)),
  fc.tuple(position, position).map(([a, b]) => onParts(tokensOf, "", duplicate)(a, b)),
  fc.tuple(position, position).map(([a, b]) => onParts(tokensOf, "", swap)(a, b)),
  fc.tuple(position, position).map(([a, b]) => onParts(tokensOf, "", moveTo)(a, b)),
  fc.tuple(position, position).map(([a, b]) => onParts(linesOf, "\n", remove)(a, b)),
  fc.tuple(position, position).map(([a, b]) => onParts(linesOf, "\n", duplicate)(a, b)),
  fc.tuple(position, position).map(([a, b]) => onParts(linesOf, "\n", swap)(a, b)),
  fc.tuple(randomBytes, position).map(([bytes, at]) => insertAt(bytes)(at)),
  fc.tuple(utf16String(8), position).map(([s, at]) => insertAt(s)(at)),
  fc.tuple(fc.constantFrom("\0", "\uFEFF", "\r", "\r\n", "\u2028", "\uD800", "\uDFFF", "\t", "\u00A0"), position).map(([c, at]) => insertAt(c)(at)),
  fc.constant<Edit>((t) => "\uFEFF" + t),
  fc.constant<Edit>((t) => t.replace(/\r?\n/g, "\r\n")),
  fc.constant<Edit>((t) => t.replace(/\r?\n/g, "\r")),
  fc.tuple(longLine, position).map(([line, at]) => insertAt(line)(at)),
  position.map((at): Edit => (t) => t.slice(0, at % (t.length + 1))),
  fc.tuple(position, fc.nat({ max: 200 })).map(([at, n]): Edit => (t) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + n);
  }),
);

/** A sample with one to six edits applied. */
export function mutatedSample(corpus: readonly { text: string }[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([i, edits]) => edits.reduce((text, e) => e(text), pick(corpus, i).text));
}

/** Words and marks of the language, so random sequences reach deep into the grammar. */
const WORDS = [
  ...KEYWORDS,
  "{", "}", ",", "->", "..", "?", "-", "\"title\"", "\"open", "0", "3", "10", "-1", "4.5", "99999999999999999999999",
  "1".repeat(400), "0.000000000000000000001", "2001-02-30", "1996-05-14", "9999-99-99", "T12", "L1", "T13", "C8", "S5",
  "L1-T11", "P1", "PV1", "pain", "mobility", "__proto__", "constructor", "toString", "F", "female", "//c\n", "/*", "*/",
];
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", "\n", "", "  ", "\r\n", "\t")), { maxLength: 300 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));


/** Numbers a file might hold, sane and absurd (a 309-digit number is near the largest a double holds). */
const NUMBER = fc.oneof(
  { weight: 24, arbitrary: fc.integer({ min: -2, max: 12 }).map(String) },
  { weight: 8, arbitrary: fc.tuple(fc.nat(40), fc.nat(99)).map(([a, b]) => `${a}.${b}`) },
  { weight: 1, arbitrary: fc.constantFrom("1".repeat(400), "9".repeat(309), "-" + "9".repeat(309), "0.0000000000000000000000001", "-0", "99999999999999999999", "4503599627370497", "999999999999999", "-999999999999999.99") },
);
const SCORE = fc.oneof({ weight: 5, arbitrary: NUMBER }, { weight: 1, arbitrary: fc.constant("?") });
const NAME = fc.constantFrom("P1", "P2", "PV1", "PV2", "pain", "mobility", "pian", "mobilty", "x", "__proto__", "constructor");
const LEVEL = fc.constantFrom("C1", "C7", "T1", "T11", "T12", "L1", "L5", "S1", "T13", "L6", "C8", "T" + "9".repeat(400));
const LEVELS = fc.array(fc.oneof(LEVEL, fc.tuple(LEVEL, LEVEL).map(([a, b]) => `${a}-${b}`)), { minLength: 1, maxLength: 3 }).map((l) => l.join(", "));
const DATE = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  ),
  NUMBER.map((n) => `day ${n}`),
);
const STRING = fc.constantFrom('"Label"', '"seen twice"', '"multiple myeloma"', '"a \\"quoted\\" word"', '""');
const VALUE: Record<ValueToken, fc.Arbitrary<string>> = { NUMBER, STRING, IDENT: NAME, DATE, LEVELS, SCORE };

/** Text for `parts` of an item, per the language description (server/src/core/language/grammar.ts). */
function partsText(parts: readonly Part[]): fc.Arbitrary<string> {
  return fc.tuple(...parts.map(partText)).map((texts) => texts.filter((t) => t !== "").join(" "));
}

function partText(part: Part): fc.Arbitrary<string> {
  if (typeof part === "string") return fc.constant(part);
  if ("token" in part) {
    const sane = part.token === "IDENT" && part.values !== undefined ? fc.constantFrom(...part.values) : VALUE[part.token];
    return part.token === "IDENT" ? fc.oneof({ weight: 3, arbitrary: sane }, { weight: 1, arbitrary: fc.constantFrom("Q", "f", "MALE", "Female", "x") }) : sane;
  }
  if ("optional" in part) return fc.option(partsText(part.optional)).map((t) => t ?? "");
  if ("oneOf" in part) return fc.oneof(...part.oneOf.map(partsText));
  if ("many" in part) return fc.array(partsText(part.many.parts), { maxLength: 3 }).map((entries) => entries.join(" "));
  return blockBody(part.block);
}

/** How many items a block of each kind gets at most. */
const MAX_ITEMS: Record<BlockName, number> = { top: 8, study: 4, patient: 7, procedure: 4 };
const bodies = new Map<BlockName, fc.Arbitrary<string>>();

/** `{`, some of the block's items (every item of the description, each as likely), `}`. */
function blockBody(block: BlockName): fc.Arbitrary<string> {
  let body = bodies.get(block);
  if (body === undefined) {
    const item = fc.oneof(...GRAMMAR[block].map((i) => partsText(i.parts).map((rest) => (i.keyword === undefined ? rest : `${i.keyword} ${rest}`))));
    body = fc.array(item, { maxLength: MAX_ITEMS[block] }).map((items) => `{\n${items.map((i) => `  ${i}\n`).join("")}}`);
    bodies.set(block, body);
  }
  return body;
}

/** Files built from the grammar, with values from sane to absurd: they reach the figures. */
export const grammarFile: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 1, arbitrary: partsText(["study", ...GRAMMAR.top[0]!.parts]) }, { weight: 4, arbitrary: partsText(["patient", ...GRAMMAR.top[1]!.parts]) }), { maxLength: 7 })
  .map((blocks) => blocks.map((b) => `${b}\n`).join(""));

/** A file built from the grammar with one to `maxEdits` edits applied. */
export function damagedGrammarFile(maxEdits: number): fc.Arbitrary<string> {
  return fc.tuple(grammarFile, fc.array(edit, { minLength: 1, maxLength: maxEdits })).map(([text, edits]) => edits.reduce((x, e) => e(x), text));
}
