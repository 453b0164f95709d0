/**
 * A table as every summary format sees it: a title, its columns, body rows of
 * plain-text cells, and notes printed under it. `null` is a figure that is not
 * there (format-numbers' dash for readers, an empty cell in CSV). Cells are
 * unescaped text; each format escapes them its own way.
 *
 * A column may belong to a group ("Before" → "mean ± SD", "median [IQR]"): HTML
 * draws the group as a spanning header, Markdown and CSV write "Before, mean ± SD".
 */
export type Cell = string | null;

export interface Column {
  readonly group: string | null;
  readonly name: string;
  /** The one-line header, when "group, name" does not read well. */
  readonly full?: string;
}

export interface Table {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Sentences explaining the columns, shown under the table. */
  readonly notes: readonly string[];
}

/** The one-line header of a column: "Before, mean ± SD". */
export function headerText(column: Column): string {
  return column.full ?? (column.group === null ? column.name : `${column.group}, ${column.name}`);
}

export function col(name: string, group: string | null = null, full?: string): Column {
  return full === undefined ? { group, name } : { group, name, full };
}
