/**
 * The sample's chart as files to submit: a PNG of 174 mm at 300 dpi (2,055
 * pixels wide, the resolution written in its pHYs chunk), a one-page vector PDF
 * of 174 mm (493.2 points) with its font embedded, and the SVG with its printed
 * size. The PNG and PDF headers are read here byte by byte, not by the code that
 * wrote them.
 */
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { chartFigure } from "../../server/src/core/report/chart-figure";
import { renderFigure } from "../../server/src/core/report/figure-file";
import { figureFormatOf } from "../../server/src/core/report/figure-formats";
import { buildReport } from "../../server/src/core/report/report-model";
import { SAMPLE_LABEL, SAMPLE_TEXT } from "./helpers";

const figure = chartFigure(buildReport(analyze(SAMPLE_TEXT, { today: "2025-01-01" }), SAMPLE_LABEL).charts, "Repeat vertebroplasty");

interface PngChunk {
  readonly type: string;
  readonly data: Buffer;
}

function chunks(png: Buffer): PngChunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: PngChunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString("latin1", at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe.each(["native-if-installed", "wasm"] as const)("the chart as PNG (resvg: %s)", async (engine) => {
  const png = Buffer.from(await renderFigure(figure, "png", "t", engine));
  const all = chunks(png);

  it("is 174 mm at 300 dpi: 2,055 pixels wide, and as tall as the figure's proportions", () => {
    const header = all[0]!;
    expect(header.type).toBe("IHDR");
    const width = header.data.readUInt32BE(0);
    const height = header.data.readUInt32BE(4);
    expect(width).toBe(2055); // 174 / 25.4 × 300 = 2055.1
    expect(figure.heightMm).toBeGreaterThan(150);
    expect(Math.abs(height - (figure.heightMm / 25.4) * 300)).toBeLessThan(2);
  });

  it("says 300 dpi in its pHYs chunk (11,811 pixels per metre), once, before the image data", () => {
    const phys = all.filter((c) => c.type === "pHYs");
    expect(phys).toHaveLength(1);
    expect(phys[0]!.data.readUInt32BE(0)).toBe(11811);
    expect(phys[0]!.data.readUInt32BE(4)).toBe(11811);
    expect(phys[0]!.data[8]).toBe(1); // the unit is the metre
    expect(all.findIndex((c) => c.type === "pHYs")).toBeLessThan(all.findIndex((c) => c.type === "IDAT"));
    expect(all[all.length - 1]!.type).toBe("IEND");
  });

  it("has dark ink on a white page (the lines and text were drawn)", () => {
    const rgba = pixels(all);
    let dark = 0;
    let white = 0;
    for (let at = 0; at < rgba.length; at += 4) {
      const sum = rgba[at]! + rgba[at + 1]! + rgba[at + 2]!;
      if (sum < 150) dark++;
      else if (sum === 765) white++;
    }
    const total = rgba.length / 4;
    expect(white / total).toBeGreaterThan(0.8);
    expect(dark / total).toBeGreaterThan(0.01);
  });
});

/** The RGBA bytes of an 8-bit RGBA PNG, its rows unfiltered (PNG spec, section 9). */
function pixels(all: PngChunk[]): Uint8Array {
  const header = all[0]!.data;
  expect([header[8], header[9]]).toEqual([8, 6]); // 8 bits, RGBA
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(all.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return out;
}

describe("the chart as PDF", async () => {
  const pdf = Buffer.from(await renderFigure(figure, "pdf", "Repeat vertebroplasty"));
  const text = pdf.toString("latin1");

  it("is one PDF page of the figure's printed size (174 mm = 493.2 points wide)", () => {
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    expect(boxes).toHaveLength(1);
    expect(Number(boxes[0]![1])).toBeCloseTo((174 / 25.4) * 72, 1);
    expect(Number(boxes[0]![2])).toBeCloseTo((figure.heightMm / 25.4) * 72, 1);
  });

  it("is vector, with its font embedded", () => {
    expect(text).toMatch(/\/FontFile2/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Arimo-Regular/);
    expect(text).not.toMatch(/\/Subtype \/Image/);
  });
});

describe("the chart as SVG", async () => {
  const svg = Buffer.from(await renderFigure(figure, "svg", "t")).toString("utf8");

  it("is the figure with its printed size", () => {
    expect(svg).toBe(figure.svg);
    expect(svg).toMatch(/<svg [^>]*width="174mm"/);
  });
});

describe("figureFormatOf", () => {
  it("reads the format from the extension, in any case, and nothing else", () => {
    expect(["a.svg", "b.PNG", "c.d.pdf", "fig.tiff", "png", "x.png.txt"].map(figureFormatOf)).toEqual(["svg", "png", "pdf", undefined, undefined, undefined]);
  });
});
