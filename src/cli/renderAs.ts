import { type Currency, USD } from '../_lib/currency.js';
import { escapeControl } from '../_lib/escapeControl.js';
import { applyPrecision, DEFAULT_PRECISION, type Precision, parsePrecision } from '../report/precision.js';
import { relabelCsv, relabelText } from '../report/relabelCurrency.js';
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
  /** The FOCUS rows (`--format focus`), for the commands that project month by month. */
  readonly focus?: () => CsvTable;
}

export function precisionOf(text: string | undefined, format: Format): Precision {
  if (text === undefined) return DEFAULT_PRECISION;
  const precision = parsePrecision(text);
  if (precision === undefined) {
    throw usageError(
      `--precision expects a whole number of decimals from 0 to 20, or full; got \`${text}\``,
      '--precision',
    );
  }
  if (format === 'focus') {
    throw usageError(
      '--precision does not apply to --format focus: its amounts are exact, so unit price × quantity = cost',
      '--precision',
    );
  }
  return precision;
}

/** Renders a result in the chosen format. */
export function renderAs(
  format: Format,
  result: Renderable,
  options: { readonly bom?: boolean; readonly precision?: string; readonly shownIn?: Currency } = {},
): string {
  const precision = precisionOf(options.precision, format);
  const currency = options.shownIn ?? USD;
  switch (format) {
    case 'json':
      return renderJsonReport(result.json());
    case 'csv':
      return renderCsv(relabelCsv(applyPrecision(result.csv(), precision), currency), options);
    // Names come from the user (scenario, profiles, models, --set values): their control characters
    // never reach a terminal or a document raw. HTML escapes its own; CSV and JSON keep data as is.
    case 'markdown':
      return escapeControl(relabelText(renderMarkdown(result.doc()), currency), true);
    case 'html':
      return relabelText(renderHtml(result.doc()), currency);
    case 'table':
      return escapeControl(
        relabelText(result.text ? result.text() : renderText(result.doc()), currency),
        true,
      );
    case 'focus':
      if (result.focus === undefined) {
        throw usageError('--format focus is for compare, explain and horizon', '--format');
      }
      return renderCsv(result.focus(), options);
  }
}
