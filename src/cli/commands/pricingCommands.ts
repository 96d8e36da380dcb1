import { TuneOrRagError } from '../../errors.js';
import { todayUtc } from '../../pricing/lifecycleDates.js';
import { listPriceRows, type PriceRow } from '../../pricing/listPriceRows.js';
import { listVendors } from '../../pricing/listVendors.js';
import type { PriceTable } from '../../pricing/priceTableSchema.js';
import { type PricingRegistry, resolvePriceTable } from '../../pricing/registry.js';
import { pricesToCsv, pricesToDoc, vendorsToCsv, vendorsToDoc } from '../../report/pricesReport.js';
import { checkAsOf } from '../checkAsOf.js';
import type { OutputOptions } from '../formats.js';
import { loadPricing } from '../loadPriceTables.js';
import { renderAs } from '../renderAs.js';
import { TOOL } from '../tool.js';
import { withFlags } from '../withFlags.js';

const LATEST = '9999-12-31';

/**
 * A date before every table is the same error in every command: `no_price_at_date` at `--as-of`
 * (without it, `prices` and `vendors` printed an empty list).
 */
function checkSomeTableAt(registry: PricingRegistry, asOf: string | undefined): void {
  if (asOf === undefined) return;
  const firsts = [...registry.vendors.values()].map((tables) => tables[0]?.effectiveDate ?? LATEST).sort();
  const first = firsts[0];
  if (first !== undefined && asOf < first) {
    throw new TuneOrRagError(
      'no_price_at_date',
      `no vendor has prices in effect on ${asOf}; the first table takes effect on ${first}: pass a later --as-of`,
      { path: '--as-of' },
    );
  }
}

/** `prices [vendor] [--as-of DATE] [--prices PATH]`: every price of the tables in effect, with its source and origin. */
export function pricesCommand(
  vendor: string | undefined,
  opts: OutputOptions & { readonly asOf?: string; readonly prices?: readonly string[] },
): string {
  checkAsOf(opts.asOf);
  const { registry, origins } = loadPricing(opts.prices);
  checkSomeTableAt(registry, opts.asOf);
  const asOf = opts.asOf ?? todayUtc();
  const rowsOf = (table: PriceTable): PriceRow[] =>
    listPriceRows(table).map((row) => ({ ...row, origin: origins.get(table) ?? 'bundled' }));
  let rows: PriceRow[];
  if (vendor !== undefined) {
    const table = withFlags({ asOf: '--as-of' }, () => resolvePriceTable(registry, vendor, asOf, 'vendor'));
    rows = rowsOf(table);
  } else {
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

/** `vendors [--as-of DATE] [--prices PATH]`: what can be bought on the date, and what closes ahead. */
export function vendorsCommand(
  opts: OutputOptions & { readonly asOf?: string; readonly prices?: readonly string[] },
): string {
  checkAsOf(opts.asOf);
  const { registry } = loadPricing(opts.prices);
  checkSomeTableAt(registry, opts.asOf);
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
