/** The file formats of a chart figure, told by the file's extension. */
export const FIGURE_FORMATS = ["svg", "png", "pdf"] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

/** The format a file name asks for by its extension (any case), or undefined. */
export function figureFormatOf(path: string): FigureFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  return (FIGURE_FORMATS as readonly string[]).includes(ext ?? "") ? (ext as FigureFormat) : undefined;
}
