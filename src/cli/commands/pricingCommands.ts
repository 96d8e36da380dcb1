import { todayUtc } from '../../pricing/lifecycleDates.js';
import { listPriceRows, type PriceRow } from '../../pricing/listPriceRows.js';
import { listVendors } from '../../pricing/listVendors.js';
import type { PriceTable } from '../../pricing/priceTableSchema.js';
import { resolvePriceTable } from '../../pricing/registry.js';
import { pricesToCsv, pricesToDoc, vendorsToCsv, vendorsToDoc } from '../../report/pricesReport.js';
import { usageError } from '../cliError.js';
import type { OutputOptions } from '../formats.js';
import { loadPricing } from '../loadPriceTables.js';
import { renderAs } from '../renderAs.js';
import { TOOL } from '../tool.js';

function checkDate(asOf: string | undefined): void {
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw usageError(`--as-of expects a date YYYY-MM-DD; got \`${asOf}\``, '--as-of');
  }
}

/** `prices [vendor] [--as-of DATE]`: every price of the tables in effect, with its source. */
export function pricesCommand(
  vendor: string | undefined,
  opts: OutputOptions & { readonly asOf?: string; readonly prices?: readonly string[] },
): string {
  checkDate(opts.asOf);
  const { registry, origins } = loadPricing(opts.prices);
  const asOf = opts.asOf ?? todayUtc();
  const rowsOf = (table: PriceTable): PriceRow[] =>
    listPriceRows(table).map((row) => ({ ...row, origin: origins.get(table) ?? 'bundled' }));
  let rows: PriceRow[];
  if (vendor !== undefined) rows = rowsOf(resolvePriceTable(registry, vendor, asOf, 'vendor'));
  else {
    rows = [...registry.vendors.keys()].sort().flatMap((v) => {
      const tables = registry.vendors.get(v)!.filter((t) => t.effectiveDate <= asOf);
      const table = tables[tables.length - 1];
      return table === undefined ? [] : rowsOf(table);
    });
  }
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: 'prices',
        tool: TOOL,
        pricingDataVersion: registry.dataVersion,
        asOf: opts.asOf ?? null,
        prices: rows,
      }),
      csv: () => pricesToCsv(rows),
      doc: () => pricesToDoc(rows, opts.asOf ?? null),
    },
    opts,
  );
}

/** `vendors [--as-of DATE]`: every vendor with its models and what it offers. */
export function vendorsCommand(
  opts: OutputOptions & { readonly asOf?: string; readonly prices?: readonly string[] },
): string {
  checkDate(opts.asOf);
  const { registry } = loadPricing(opts.prices);
  const date = opts.asOf ?? todayUtc();
  const vendors = listVendors(registry, date);
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: 'vendors',
        tool: TOOL,
        pricingDataVersion: registry.dataVersion,
        asOf: opts.asOf ?? null,
        date,
        vendors,
      }),
      csv: () => vendorsToCsv(vendors),
      doc: () => vendorsToDoc(vendors, opts.asOf ?? null, date),
    },
    opts,
  );
}
