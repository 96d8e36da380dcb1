/** A CSV table: a header row and data rows of strings (`null` is an empty cell). */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | null)[])[];
}

// A plain number, e.g. -12.5: kept as a number, not neutralised.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
// Characters that make a spreadsheet read a cell as a formula (or a DDE command), also after
// leading whitespace, which spreadsheets skip (` =1+1`, `\n@SUM(…)`).
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/**
 * Makes a cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@` (also after
 * leading whitespace), a tab or a carriage return gets a leading single quote, so it is shown as text and never evaluated (OWASP's
 * CSV injection advice). Plain negative numbers such as `-12.5` are left as numbers.
 */
export function neutraliseCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes a cell per RFC 4180 when it holds a comma, a quote, a line break or edge spaces. */
export function quoteCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Renders RFC 4180 CSV: a header row, CRLF line ends, every cell neutralised against formula
 * injection and quoted when needed. `bom` prefixes a UTF-8 byte-order mark (for Excel).
 */
export function renderCsv(table: CsvTable, options: { readonly bom?: boolean } = {}): string {
  const body = [renderCsvLine(table.header), ...table.rows.map(renderCsvLine)].join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** One CSV line (without its CRLF): every cell neutralised and quoted as {@link renderCsv} does. */
export function renderCsvLine(cells: readonly (string | null)[]): string {
  return cells.map((c) => quoteCell(neutraliseCell(c ?? ''))).join(',');
}
