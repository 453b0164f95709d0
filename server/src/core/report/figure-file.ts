/**
 * The chart figure as a file to submit: the SVG as it is, a PNG rendered from it
 * by resvg (the native build npm installs, or else its WebAssembly build, which
 * runs on every platform) at 300 dpi with the resolution written in the file, or a vector PDF
 * of the figure's printed size (pdfkit + svg-to-pdfkit). Text is set in Arimo
 * (metrics of Arial), a font shipped in an npm package, so the figure looks the
 * same on every machine and no system font is needed.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import type { ChartFigure } from "./chart-figure";
import type { FigureFormat } from "./figure-formats";
import { withResolution } from "./png-resolution";

export const PNG_DPI = 300;
const MM_PER_INCH = 25.4;

/** The files the renderers need: in the bundle's folder (dist/figure-assets/) or in node_modules. */
export const FIGURE_ASSETS = {
  font: "@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf",
  boldFont: "@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf",
  wasm: "@resvg/resvg-wasm/index_bg.wasm",
} as const;

const paths = new Map<string, string>();

/** Where an asset is: beside the bundle (dist/figure-assets/) or in node_modules. */
function assetPath(name: keyof typeof FIGURE_ASSETS): string {
  const id = FIGURE_ASSETS[name];
  let path = paths.get(id);
  if (path === undefined) {
    path = join(__dirname, "figure-assets", id.split("/").pop()!);
    if (!existsSync(path)) path = createRequire(__filename).resolve(id);
    paths.set(id, path);
  }
  return path;
}

const asset = (name: keyof typeof FIGURE_ASSETS): Buffer => readFileSync(assetPath(name));

/** The PNG's width in pixels: the printed width at PNG_DPI (174 mm: 2,055 px). */
export function pngWidth(figure: ChartFigure): number {
  return Math.round((figure.widthMm / MM_PER_INCH) * PNG_DPI);
}

type NativeResvg = typeof import("@resvg/resvg-js").Resvg;

/**
 * resvg's native build (@resvg/resvg-js, about ten times faster) where npm
 * installed it for this platform; undefined in the VS Code extension, which
 * carries no node_modules and uses the WebAssembly build of the same version.
 */
function nativeResvg(): NativeResvg | undefined {
  try {
    return (createRequire(__filename)("@resvg/resvg-js") as { Resvg: NativeResvg }).Resvg;
  } catch {
    return undefined;
  }
}

let wasmReady: Promise<void> | undefined;

/** Which resvg build renders a PNG: the native one when it loads, or the WebAssembly one. */
export type PngEngine = "native-if-installed" | "wasm";

async function renderPng(figure: ChartFigure, engine: PngEngine): Promise<Uint8Array> {
  const fitTo = { mode: "width", value: pngWidth(figure) } as const;
  const fonts = { loadSystemFonts: false, defaultFontFamily: "Arimo", sansSerifFamily: "Arimo" };
  const Native = engine === "wasm" ? undefined : nativeResvg();
  if (Native !== undefined) {
    const png = new Native(figure.svg, { fitTo, background: "#ffffff", font: { ...fonts, fontFiles: [assetPath("font"), assetPath("boldFont")] } }).render().asPng();
    return withResolution(png, PNG_DPI);
  }
  wasmReady ??= initWasm(asset("wasm"));
  await wasmReady;
  const resvg = new Resvg(figure.svg, { fitTo, background: "#ffffff", font: { ...fonts, fontBuffers: [asset("font"), asset("boldFont")] } });
  try {
    return withResolution(resvg.render().asPng(), PNG_DPI);
  } finally {
    resvg.free();
  }
}

/** Points (1/72 inch) for millimetres. */
export function points(mm: number): number {
  return (mm / MM_PER_INCH) * 72;
}

function renderPdf(figure: ChartFigure, title: string): Promise<Uint8Array> {
  const width = points(figure.widthMm);
  const height = points(figure.heightMm);
  const doc = new PDFDocument({ size: [width, height], margin: 0, font: asset("font") as unknown as string, info: { Title: title, Creator: "vcase" } });
  doc.registerFont("Arimo", asset("font"));
  doc.registerFont("Arimo-Bold", asset("boldFont"));
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  SVGtoPDF(doc, figure.svg, 0, 0, { width, height, preserveAspectRatio: "xMidYMid meet", fontCallback: (_family, bold) => (bold ? "Arimo-Bold" : "Arimo") });
  doc.end();
  return done;
}

/** The figure's bytes in `format`. */
export async function renderFigure(figure: ChartFigure, format: FigureFormat, title: string, engine: PngEngine = "native-if-installed"): Promise<Uint8Array> {
  switch (format) {
    case "svg":
      return Buffer.from(figure.svg, "utf8");
    case "png":
      return renderPng(figure, engine);
    case "pdf":
      return renderPdf(figure, title);
  }
}
