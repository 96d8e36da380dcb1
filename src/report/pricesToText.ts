import type { PriceRow } from '../pricing/listPriceRows.js';
import { wrap } from './renderCompareTable.js';

/** Where a price came from, never blank: the page, or why there is none. */
export function sourceOf(row: PriceRow): string {
  if (row.sourceUrl !== '') return `${row.sourceUrl}${row.readOn === '' ? '' : ` (read ${row.readOn})`}`;
  return row.reason === undefined ? 'no source recorded in the table' : `no list price: ${row.reason}`;
}

/**
 * The `prices` table as plain text with every id and item in full: grouped by vendor table and
 * subject, one price a line, long lines wrapped (never cut with `…`), each source written out.
 */
export function pricesToText(rows: readonly PriceRow[], asOf: string | null): string {
  const out = [`tune-or-rag prices${asOf === null ? ' (tables in effect today)' : ` as of ${asOf}`}`, ''];
  const itemWidth = Math.min(48, Math.max(4, ...rows.map((r) => r.item.length)));
  let table = '';
  let subject = '';
  for (const r of rows) {
    const key = `${r.vendor} ${r.tableDate}`;
    if (key !== table) {
      if (table !== '') out.push('');
      out.push(`${r.vendor}, table of ${r.tableDate} (USD per unit, as quoted)`);
      table = key;
      subject = '';
    }
    if (r.subject !== subject) {
      out.push(`  ${r.subject}`);
      subject = r.subject;
    }
    const usd = (r.usd ?? 'missing').padStart(10);
    const line = `    ${r.item.padEnd(itemWidth)}  ${usd}  ${r.unit}`;
    out.push(...wrap(line, 100, '      '));
    // A URL stays whole on its line (clickable); a reason wraps.
    const source = `      source: ${sourceOf(r)}`;
    if (r.sourceUrl !== '') out.push(source);
    else out.push(...wrap(source, 100, '        '));
  }
  const own = [
    ...new Set(
      rows
        .filter((r) => r.origin !== undefined && r.origin !== 'bundled')
        .map((r) => `${r.vendor} ${r.tableDate}: ${r.origin}`),
    ),
  ];
  if (own.length > 0) {
    out.push('', 'Your tables (--prices), used instead of the bundled ones:');
    for (const line of own) out.push(`- ${line}`);
  }
  out.push('');
  out.push(
    `${rows.length} prices. "missing" means no verified list price: pass it in the scenario's \`prices\`.`,
  );
  return `${out.join('\n')}\n`;
}
