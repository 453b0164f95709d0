/**
 * The resolution a PNG declares: its pHYs chunk (pixels per metre, unit 1), put
 * right after the header chunk, so that a journal's system or a word processor
 * reads "300 dpi" and the printed size the figure was made for.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Pixels per metre for `dpi` dots per inch: 300 dpi is 11,811. */
export function pixelsPerMetre(dpi: number): number {
  return Math.round(dpi / 0.0254);
}

interface Chunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** The chunks of a PNG, after its 8-byte signature. */
export function pngChunks(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, start: at, end: at + 12 + length });
    at += 12 + length;
  }
  return chunks;
}

/** The PNG with one pHYs chunk saying `dpi`, in place of any it had. */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
  const chunks = pngChunks(png);
  const header = chunks.find((c) => c.type === "IHDR");
  if (header === undefined) throw new Error("not a PNG image: it has no header chunk");
  const ppm = pixelsPerMetre(dpi);
  const body = new Uint8Array(4 + 9);
  const view = new DataView(body.buffer);
  body.set([0x70, 0x48, 0x59, 0x73]); // "pHYs"
  view.setUint32(4, ppm);
  view.setUint32(8, ppm);
  body[12] = 1; // unit: the metre
  const chunk = new Uint8Array(4 + body.length + 4);
  const chunkView = new DataView(chunk.buffer);
  chunkView.setUint32(0, 9);
  chunk.set(body, 4);
  chunkView.setUint32(4 + body.length, crc32(body));
  const parts: Uint8Array[] = [png.subarray(0, header.end), chunk];
  for (const c of chunks) if (c !== header && c.type !== "pHYs") parts.push(png.subarray(c.start, c.end));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
