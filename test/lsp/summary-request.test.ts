/**
 * The custom request `vcase/summary` in the real server: an open
 * document's summary in each format with its error and warning counts, the file
 * named by its file name only, and a clear error for a document that is not open
 * or a format that does not exist.
 */
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileLabelOf, type SummaryResult } from "../../server/src/lsp/features/summary-request";
import { render, SAMPLE_TEXT } from "../report/helpers";
import { startHarness, type Harness } from "./harness";

const URI = "file:///home/someone/Clinic%20data/repeat-vertebroplasty.vcase";
const BROKEN = "file:///tmp/broken.vcase";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.open(URI, SAMPLE_TEXT);
  harness.open(BROKEN, `study "S" { measure pain range 0..10 }\npatient A { procedure X vertebroplasty on 2001-01-01 at L1 { pain 11 -> ? } }`);
});
afterAll(() => harness.dispose());

const ask = (params: unknown) => harness.client.sendRequest("vcase/summary", params) as Promise<SummaryResult>;

describe("vcase/summary", () => {
  it("answers each format with the rendered document, named by the file name only", async () => {
    for (const format of ["md", "csv", "html", "json", "chart"] as const) {
      const result = await ask({ uri: URI, format });
      expect(result).toEqual({ content: render(SAMPLE_TEXT, format, "repeat-vertebroplasty.vcase"), errors: 0, warnings: 0 });
      expect(result.content).not.toContain("/home/someone");
    }
  });

  it("answers docx with the Word document's bytes in base64", async () => {
    const result = await ask({ uri: URI, format: "docx" });
    expect(result.encoding).toBe("base64");
    const bytes = Buffer.from(result.content, "base64");
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    expect(html).toContain("<h1>Repeat percutaneous vertebroplasty at previously treated levels</h1>");
    expect(html).toContain("</strong>repeat-vertebroplasty.vcase</p>"); // the file named by its name only
    expect(html).not.toContain("/home/someone");
  });

  it("gives the error and warning counts of a file with errors, and still its summary", async () => {
    const result = await ask({ uri: BROKEN, format: "md" });
    expect(result.errors).toBe(1);
    expect(result.warnings).toBe(1);
    expect(result.content).toMatch(/This file has 1 error and 1 warning\./);
  });

  it("says plainly when the document is not open", async () => {
    await expect(ask({ uri: "file:///nowhere.vcase", format: "md" })).rejects.toThrow(/not open in the editor/);
  });

  it("rejects a format it does not know, and params without a uri", async () => {
    await expect(ask({ uri: URI, format: "pdf" })).rejects.toThrow(/needs a format among md, csv, html, json, docx, chart/);
    await expect(ask({ format: "md" })).rejects.toThrow(/needs the uri/);
  });
});

describe("fileLabelOf", () => {
  it("keeps only the decoded file name", () => {
    expect(fileLabelOf("file:///a/b/My%20series.vcase")).toBe("My series.vcase");
    expect(fileLabelOf("untitled:Untitled-1")).toBe("Untitled-1");
    expect(fileLabelOf("file:///c%3A/Users/x/s.vcase")).toBe("s.vcase");
  });
});

describe("vcase/summary in the real server", () => {
  it("answers for an open document, and follows its edits", async () => {
    const h = await startHarness();
    try {
      const uri = "file:///cases/series.vcase";
      h.open(uri, SAMPLE_TEXT);
      const first = (await h.client.sendRequest("vcase/summary", { uri, format: "md" })) as SummaryResult;
      expect(first.content).toMatch(/^# Repeat percutaneous vertebroplasty/);
      expect(first.content).toContain("- **File:** series.vcase");
      h.change(uri, 2, [{ text: SAMPLE_TEXT.replace("pain 10 -> 8", "pain 10 -> 11") }]);
      const second = (await h.client.sendRequest("vcase/summary", { uri, format: "json" })) as SummaryResult;
      expect(second.errors).toBe(1); // 11 is outside 0..10
      expect(JSON.parse(second.content).measures.pain.repeat.n).toBe(5); // that procedure is left out
    } finally {
      h.dispose();
    }
  });
});
