import type { CsvTable } from '../report/renderCsv.js';
import { renderCsv } from '../report/renderCsv.js';
import { renderHtml } from '../report/renderHtml.js';
import { renderJsonReport } from '../report/renderJsonReport.js';
import { renderMarkdown } from '../report/renderMarkdown.js';
import { renderText } from '../report/renderText.js';
import type { ReportDoc } from '../report/reportDoc.js';
import { usageError } from './cliError.js';
import type { Format } from './formats.js';

/** A command's result, renderable in every format (each built only when asked for). */
export interface Renderable {
  readonly json: () => Readonly<Record<string, unknown>>;
  readonly csv: () => CsvTable;
  readonly doc: () => ReportDoc;
  /** A hand-laid plain-text view; default: the doc as text. */
  readonly text?: () => string;
  /** The chart alone (`--format svg`): curve, horizon and compare. */
  readonly svg?: () => string;
  /** The HTML page's report, with charts; default: the doc. */
  readonly html?: () => ReportDoc;
}

/** Renders a result in the chosen format. */
export function renderAs(
  format: Format,
  result: Renderable,
  options: { readonly bom?: boolean } = {},
): string {
  switch (format) {
    case 'json':
      return renderJsonReport(result.json());
    case 'csv':
      return renderCsv(result.csv(), options);
    case 'markdown':
      return renderMarkdown(result.doc());
    case 'html':
      return renderHtml((result.html ?? result.doc)());
    case 'svg':
      if (result.svg === undefined)
        throw usageError('--format svg is offered by curve, horizon and compare', '--format');
      return result.svg();
    case 'table':
      return result.text ? result.text() : renderText(result.doc());
  }
}
