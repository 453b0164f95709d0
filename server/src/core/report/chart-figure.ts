/**
 * The cohort chart as one figure to submit: every panel (measure × role) in a
 * grid of `columns` columns, in black and greys on white, as a standalone SVG
 * with its printed size. A column is 87 mm wide (a journal's single column), so
 * the default two columns make a 174 mm double-column figure; the panels keep
 * their proportions and text size whatever the number of panels.
 */
import escapeHtml from "escape-html";
import type { Analysis } from "../analyze";
import type { ChartSpec } from "./chart-data";
import { buildReport } from "./report-model";
import { CHART_FONT, PANEL_HEIGHT, PANEL_WIDTH, panelBody } from "./svg-chart";
import { wordsText } from "./table";

export const COLUMN_MM = 87;
export const DEFAULT_COLUMNS = 2;
const GAP = 12;

export interface FigureLayout {
  /** Panels per row, 1 or more. */
  readonly columns: number;
}

export interface ChartFigure {
  readonly svg: string;
  /** The printed size. */
  readonly widthMm: number;
  readonly heightMm: number;
}

export function chartFigure(specs: readonly ChartSpec[], title: string, layout: FigureLayout = { columns: DEFAULT_COLUMNS }): ChartFigure {
  const columns = Math.max(1, Math.floor(layout.columns));
  const rows = Math.max(1, Math.ceil(specs.length / columns));
  const width = columns * PANEL_WIDTH + (columns - 1) * GAP;
  const height = rows * PANEL_HEIGHT + (rows - 1) * GAP;
  const widthMm = columns * COLUMN_MM;
  const heightMm = Math.round(((widthMm * height) / width) * 100) / 100;
  const panels = specs.map((spec, i) => {
    const x = (i % columns) * (PANEL_WIDTH + GAP);
    const y = Math.floor(i / columns) * (PANEL_HEIGHT + GAP);
    return `<g class="vc-panel" transform="translate(${x} ${y})">\n${panelBody(spec, "print")}\n</g>`;
  });
  const empty = specs.length === 0 ? `<text x="${PANEL_WIDTH / 2}" y="${PANEL_HEIGHT / 2}" text-anchor="middle" font-size="12">No measure with a valid range: nothing to draw.</text>` : "";
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthMm}mm" height="${heightMm}mm" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}" fill="#000">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...panels,
    empty,
    `</svg>`,
    ``,
  ].join("\n");
  return { svg, widthMm, heightMm };
}

/** The cohort chart of an analysis as one figure, titled with the study's title (plain text, as a figure file holds it). */
export function cohortFigure(analysis: Analysis, fileLabel: string, columns: number = DEFAULT_COLUMNS): { figure: ChartFigure; title: string } {
  const report = buildReport(analysis, fileLabel);
  const title = wordsText(report.title);
  return { figure: chartFigure(report.charts, `${title}: ${report.charts.some((c) => c.points.length > 2) ? "before, after and at each visit" : "before and after"}`, { columns }), title };
}
