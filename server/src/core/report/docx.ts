/**
 * The summary as a Word document (.docx, written by the `docx` library): the
 * title and facts, the "errors left out" notice, then each table of the Report
 * as a real Word table — "Table N. title", a header row (two when columns are
 * grouped, the group spanning its columns), the cells as the other formats print
 * them (figure-text.ts), and the notes under it in a smaller italic. A4
 * landscape, one rule above and below each table and under its header, as
 * journals set tables; the header repeats on every page a long table takes. A
 * table of more than 12 columns (many measures) is cut into parts of at most 12,
 * "(continued)", each repeating the first column.
 *
 * Text from the file is written as text (the library escapes it for XML);
 * characters XML cannot hold (control characters) are dropped and line breaks
 * become spaces, so any file gives a document Word and LibreOffice open.
 *
 * The library is loaded on the first export only: it takes about 0.2 s to load,
 * which the language server's start should not pay. It needs about 25 KB and
 * 0.5 ms per table cell, so a summary of more than 20,000 cells (thousands of
 * measures) is refused with a sentence that says to export CSV or HTML instead,
 * rather than let the editor's server run out of memory.
 */
import type * as Docx from "docx";
import { figureText } from "./figure-text";
import { MISSING } from "./format-numbers";
import type { Report } from "./report-model";
import { columnGroups, headerText, isFigure, proseText, splitColumns, wordsText, type Cell, type Column, type Table, type Words } from "./table";

/** A4 in twentieths of a point, given portrait; the section turns it. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 850; // 1.5 cm
const TEXT_WIDTH = A4.height - 2 * MARGIN;
const TABLE_FONT = 16; // half-points: 8 pt
const CHAR_TWIPS = 95; // a character of 8 pt Calibri, generously (bold headers)
const CELL_PADDING = 120; // left + right cell margins
const KEPT_TOGETHER = 30; // rows: a table this short is not split across pages
/** Cells the library can write in seconds and in well under a gigabyte (about 25 KB and 0.5 ms each). */
export const MAX_WORD_CELLS = 20_000;

/** A summary too large for a Word document; the message says what to export instead. */
export class TooLargeForWord extends Error {}

/** Columns of one Word table: wider tables are cut, the first column repeated (Word allows 63; a page reads 12). */
const MAX_COLUMNS = 12;

/** Text XML 1.0 can hold: no control characters, no lone surrogates; line breaks as spaces. */
function xmlSafe(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

const words = (w: Words) => xmlSafe(wordsText(w));

function cellText(c: Cell): string {
  if (c === null) return MISSING;
  return isFigure(c) ? figureText(c, words) : words(c);
}

/** Characters of the longest part of `text` that cannot break (no-break spaces keep a value whole). */
function longestUnbreakable(text: string): number {
  return Math.max(0, ...text.replace(/\u2060/g, "").split(/[ \t]+/).map((w) => w.length));
}

/**
 * Column widths, in twips: each column as wide as its longest cell when the
 * page allows; otherwise at least as wide as its longest value that cannot
 * break ("10.0 [10.0–10.0]"), the rest of the page shared in proportion to
 * what each column would still want. Text columns (a measure's label) wrap.
 */
function columnWidths(t: Table): number[] {
  const least = t.columns.map((c) => Math.max(3, longestUnbreakable(headerText(c, words))));
  const wanted = [...least];
  for (const row of t.rows) {
    row.forEach((c, i) => {
      const text = cellText(c).replace(/\u2060/g, "");
      least[i] = Math.max(least[i] ?? 0, longestUnbreakable(text));
      wanted[i] = Math.max(wanted[i] ?? 0, Math.min(40, text.length));
    });
  }
  const twips = (chars: number) => chars * CHAR_TWIPS + CELL_PADDING;
  const want = wanted.map((n, i) => twips(Math.max(n, least[i]!)));
  const wantTotal = want.reduce((a, b) => a + b, 0);
  if (wantTotal <= TEXT_WIDTH) return want;
  const min = least.map(twips);
  const minTotal = min.reduce((a, b) => a + b, 0);
  if (minTotal >= TEXT_WIDTH) return min.map((w) => Math.floor((w * TEXT_WIDTH) / minTotal));
  const share = (TEXT_WIDTH - minTotal) / (wantTotal - minTotal);
  return min.map((w, i) => Math.floor(w + (want[i]! - w) * share));
}

export async function renderDocx(report: Report): Promise<Uint8Array> {
  const cells = report.tables.reduce((sum, t) => sum + t.rows.length * t.columns.length, 0);
  if (cells > MAX_WORD_CELLS) {
    throw new TooLargeForWord(
      `This summary has ${cells.toLocaleString("en-US")} table cells, too many for a Word document (at most ${MAX_WORD_CELLS.toLocaleString("en-US")}); export it as CSV or HTML instead.`,
    );
  }
  const docx = await import("docx");
  const { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table: WordTable, TableCell, TableLayoutType, TableRow, TextRun, WidthType } = docx;

  const rule = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text: xmlSafe(text), ...options });

  /** `keepNext` keeps a short table on one page: Word moves it whole rather than split it. */
  function cell(text: string, width: number, options: { header?: boolean; columnSpan?: number; rowSpan?: number; ruleBelow?: boolean; keepNext?: boolean } = {}): Docx.TableCell {
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(options.columnSpan !== undefined && { columnSpan: options.columnSpan }),
      ...(options.rowSpan !== undefined && { rowSpan: options.rowSpan }),
      ...(options.ruleBelow === true && { borders: { bottom: rule } }),
      margins: { left: CELL_PADDING / 2, right: CELL_PADDING / 2, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          keepNext: options.keepNext ?? true,
          alignment: options.columnSpan !== undefined && options.columnSpan > 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(text, { size: TABLE_FONT, ...(options.header === true && { bold: true }) })],
        }),
      ],
    });
  }

  function headerRows(columns: readonly Column[], widths: readonly number[]): Docx.TableRow[] {
    if (columns.every((c) => c.group === null)) {
      return [new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.name, widths[i]!, { header: true, ruleBelow: true })) })];
    }
    const top: Docx.TableCell[] = [];
    const sub: Docx.TableCell[] = [];
    let i = 0;
    for (const run of columnGroups(columns)) {
      const span = run.columns.length;
      const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
      if (run.group === null) top.push(cell(run.columns[0]!.name, width, { header: true, rowSpan: 2, ruleBelow: true }));
      else {
        top.push(cell(words(run.group), width, { header: true, columnSpan: span }));
        run.columns.forEach((c, k) => sub.push(cell(c.name, widths[i + k]!, { header: true, ruleBelow: true })));
      }
      i += span;
    }
    return [new TableRow({ tableHeader: true, children: top }), new TableRow({ tableHeader: true, children: sub })];
  }

  function table(t: Table, number: number): (Docx.Paragraph | Docx.Table)[] {
    const widths = columnWidths(t);
    const keep = t.rows.length <= KEPT_TOGETHER;
    const body = t.rows.map(
      (r, k) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(cellText(c), widths[i]!, { keepNext: keep && k < t.rows.length - 1 })) }),
    );
    const blocks: (Docx.Paragraph | Docx.Table)[] = [
      new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [run(`Table ${number}. ${t.title}`)] }),
      new WordTable({
        layout: TableLayoutType.FIXED,
        columnWidths: widths,
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        borders: { top: rule, bottom: rule, left: none, right: none, insideHorizontal: none, insideVertical: none },
        rows: [...headerRows(t.columns, widths), ...body],
      }),
    ];
    if (t.rows.length === 0) blocks.push(new Paragraph({ children: [run("No rows.", { italics: true, size: TABLE_FONT })] }));
    for (const note of t.notes) blocks.push(new Paragraph({ spacing: { before: 40 }, children: [run(proseText(note, words), { italics: true, size: TABLE_FONT })] }));
    return blocks;
  }

  const children: (Docx.Paragraph | Docx.Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(words(report.title))] })];
  for (const f of report.facts) children.push(new Paragraph({ children: [run(`${f.label}: `, { bold: true }), run(words(f.value))] }));
  if (report.notice !== null) {
    children.push(new Paragraph({ spacing: { before: 200 }, children: [run(report.notice.headline, { bold: true })] }));
    for (const item of report.notice.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [run(item)] }));
    if (report.notice.more > 0) children.push(new Paragraph({ bullet: { level: 0 }, children: [run(`… and ${report.notice.more} more.`)] }));
  }
  report.tables.forEach((whole, i) => {
    for (const t of splitColumns(whole, MAX_COLUMNS)) for (const block of table(t, i + 1)) children.push(block);
  });

  const document = new Document({
    creator: "vcase",
    title: words(report.title),
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 21 } },
        heading1: { run: { size: 32, bold: true, color: "000000" }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { size: 24, bold: true, color: "000000" }, paragraph: { spacing: { before: 360, after: 120 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
