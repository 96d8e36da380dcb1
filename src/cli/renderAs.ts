import { escapeControl } from '../_lib/escapeControl.js';
import type { CsvTable } from '../report/renderCsv.js';
import { renderCsv } from '../report/renderCsv.js';
import { renderHtml } from '../report/renderHtml.js';
import { renderJsonReport } from '../report/renderJsonReport.js';
import { renderMarkdown } from '../report/renderMarkdown.js';
import { renderText } from '../report/renderText.js';
import type { ReportDoc } from '../report/reportDoc.js';
import type { Format } from './formats.js';

/** A command's result, renderable in every format (each built only when asked for). */
export interface Renderable {
  readonly json: () => Readonly<Record<string, unknown>>;
  readonly csv: () => CsvTable;
  readonly doc: () => ReportDoc;
  /** A hand-laid plain-text view; default: the doc as text. */
  readonly text?: () => string;
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
    // Names come from the user (scenario, profiles, models, --set values): their control characters
    // never reach a terminal or a document raw. HTML escapes its own; CSV and JSON keep data as is.
    case 'markdown':
      return escapeControl(renderMarkdown(result.doc()), true);
    case 'html':
      return renderHtml(result.doc());
    case 'table':
      return escapeControl(result.text ? result.text() : renderText(result.doc()), true);
  }
}
