/**
 * A format-neutral report: what a command shows, as headings, paragraphs, lists and tables of
 * already-formatted strings. `renderText`, `renderMarkdown` and `renderHtml` turn it into each format,
 * so every command looks the same in each.
 */
export interface ReportDoc {
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

/** One column of a {@link ReportTable}. */
export interface ReportColumn {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** The plain-text table may drop this column (rightmost first) to fit its width. */
  readonly optional?: boolean;
}

export interface ReportTable {
  readonly kind: 'table';
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly string[])[];
}

/** A chart: SVG markup and a caption. Only HTML shows it; text and Markdown leave it out. */
export interface ReportFigure {
  readonly kind: 'figure';
  readonly svg: string;
  readonly caption: string;
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'preformatted'; readonly text: string }
  | ReportTable
  | ReportFigure;

/** A left-aligned column. */
export function col(header: string, optional = false): ReportColumn {
  return optional ? { header, align: 'left', optional } : { header, align: 'left' };
}

/** A right-aligned (numeric) column. */
export function num(header: string, optional = false): ReportColumn {
  return optional ? { header, align: 'right', optional } : { header, align: 'right' };
}
