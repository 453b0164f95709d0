/**
 * The custom request `vcase/figure` in the real server: an open document's chart
 * as the bytes of an SVG, a PNG (300 dpi) or a PDF file, with the printed size
 * and the error counts, and a clear error for a document that is not open or a
 * format that does not exist; and in the bundled program as VS Code starts it
 * (with a compile cache, which runs the bundle in a vm.Script), where the
 * renderers are a bundle of their own loaded on the first figure.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FigureResult } from "../../server/src/lsp/features/figure-request";
import { SAMPLE_TEXT } from "../report/helpers";
import { serveDocument } from "./bundled-server";
import { startHarness } from "./harness";

describe("vcase/figure in the real server", () => {
  it("answers each format with the file's bytes, and follows edits", async () => {
    const h = await startHarness();
    try {
      const uri = "file:///home/someone/Clinic%20data/series.vcase";
      h.open(uri, SAMPLE_TEXT);
      const ask = (params: object) => h.client.sendRequest("vcase/figure", { uri, ...params }) as Promise<FigureResult>;
      const svg = await ask({ format: "svg" });
      expect(svg).toMatchObject({ widthMm: 174, errors: 0, warnings: 0 });
      const text = Buffer.from(svg.data, "base64").toString("utf8");
      expect(text).toMatch(/^<\?xml[\s\S]*<svg [^>]*width="174mm"/);
      expect(text).not.toContain("/home/someone");
      const png = Buffer.from((await ask({ format: "png" })).data, "base64");
      expect(png.toString("latin1", 1, 4)).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(2055); // IHDR width: 174 mm at 300 dpi
      const pdf = Buffer.from((await ask({ format: "pdf", columns: 1 })).data, "base64");
      expect(pdf.toString("latin1", 0, 5)).toBe("%PDF-");
      expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 246\.6\d* /); // 87 mm
      h.change(uri, 2, [{ text: SAMPLE_TEXT.replace("pain 10 -> 8", "pain 10 -> 11") }]);
      const edited = await ask({ format: "svg" });
      expect(edited.errors).toBe(1);
      expect(Buffer.from(edited.data, "base64").toString("utf8")).toContain("Repeat procedures (n = 5)");
    } finally {
      h.dispose();
    }
  });

  it("says plainly when the document is not open, and rejects a format or columns it does not know", async () => {
    const h = await startHarness();
    try {
      h.open("file:///a.vcase", SAMPLE_TEXT);
      await expect(h.client.sendRequest("vcase/figure", { uri: "file:///nowhere.vcase", format: "png" })).rejects.toThrow(/not open in the editor/);
      await expect(h.client.sendRequest("vcase/figure", { uri: "file:///a.vcase", format: "tiff" })).rejects.toThrow(/needs a format among svg, png, pdf/);
      await expect(h.client.sendRequest("vcase/figure", { uri: "file:///a.vcase", format: "png", columns: 0 })).rejects.toThrow(/columns as a whole number from 1 to 8/);
    } finally {
      h.dispose();
    }
  });
});

describe("vcase/figure in the bundled program, started as VS Code starts it", () => {
  it("renders a PNG with the renderers' own bundle, under the compile cache", async () => {
    const root = join(__dirname, "../..");
    const cache = mkdtempSync(join(tmpdir(), "vcase-figure-cache-"));
    const uri = "file:///cases/series.vcase";
    try {
      const { answer } = await serveDocument([join(root, "bin/vcase-language-server.js"), `--compile-cache=${cache}`], uri, SAMPLE_TEXT, (connection) =>
        connection.sendRequest("vcase/figure", { uri, format: "png" }) as Promise<FigureResult>,
      );
      const png = Buffer.from(answer.data, "base64");
      expect(png.toString("latin1", 1, 4)).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(2055);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
