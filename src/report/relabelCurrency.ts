import type { Currency } from '../_lib/currency.js';
import type { CsvTable } from './renderCsv.js';

// The reports are written in USD; once the amounts are converted (convertAmounts), these are the
// places that name the currency. Vendor quotes were already rewritten as "USD 5 per 1M tokens", so
// they are left alone here.
const LABELS: readonly [RegExp, (code: string) => string][] = [
  [/\$(?=-?\d)/g, (code) => `${code} `],
  [/\(USD\)/g, (code) => `(${code})`],
  [/\bUSD\/month\b/g, (code) => `${code}/month`],
  [/\bMonthly USD\b/g, (code) => `Monthly ${code}`],
  [/\bCumulative USD\b/g, (code) => `Cumulative ${code}`],
  [/\b(totals?) in USD\b/g, (code) => `$1 in ${code}`],
];

/** A rendered report (text, Markdown, HTML) with its currency labels in `currency`. */
export function relabelText(text: string, currency: Currency): string {
  if (currency.source === 'none') return text;
  let out = text;
  for (const [pattern, replace] of LABELS)
    out = out.replace(pattern, (...m) => replace(currency.code).replace('$1', String(m[1])));
  return out;
}

/**
 * A CSV table with converted amounts, relabelled: `amountUsd` → `amountEur`, and on every row the
 * currency, its rate, date and source, so that a row read alone still says what its numbers are.
 */
export function relabelCsv(table: CsvTable, currency: Currency): CsvTable {
  if (currency.source === 'none') return table;
  const suffix = `${currency.code.charAt(0)}${currency.code.slice(1).toLowerCase()}`;
  const extra = [currency.code, currency.rate.toFixed(), currency.date, currency.source];
  return {
    header: [
      ...table.header.map((h) => h.replace(/([a-z])Usd$/, `$1${suffix}`)),
      'currency',
      'fxRate',
      'fxDate',
      'fxSource',
    ],
    rows: table.rows.map((row) => [
      ...row.map((cell) => (cell === null ? null : relabelText(cell, currency))),
      ...extra,
    ]),
  };
}
