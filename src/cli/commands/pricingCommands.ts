import { TuneOrRagError } from '../../errors.js';
import { getBundledPricing } from '../../pricing/bundledPricing.js';
import { listPriceRows, type PriceRow } from '../../pricing/listPriceRows.js';
import { listVendors } from '../../pricing/listVendors.js';
import { resolvePriceTable } from '../../pricing/registry.js';
import { pricesToCsv, pricesToDoc, vendorsToCsv, vendorsToDoc } from '../../report/pricesReport.js';
import { checkAsOf } from '../checkAsOf.js';
import type { OutputOptions } from '../formats.js';
import { renderAs } from '../renderAs.js';
import { TOOL } from '../tool.js';
import { withFlags } from '../withFlags.js';

const LATEST = '9999-12-31';

/**
 * A date before every table is the same error in every command: `no_price_at_date` at `--as-of`
 * (without it, `prices` and `vendors` printed an empty list).
 */
function checkSomeTableAt(asOf: string | undefined): void {
  if (asOf === undefined) return;
  const registry = getBundledPricing();
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

/** `prices [vendor] [--as-of DATE]`: every price of the tables in effect, with its source. */
export function pricesCommand(
  vendor: string | undefined,
  opts: OutputOptions & { readonly asOf?: string },
): string {
  checkAsOf(opts.asOf);
  checkSomeTableAt(opts.asOf);
  const registry = getBundledPricing();
  const asOf = opts.asOf ?? LATEST;
  let rows: PriceRow[];
  if (vendor !== undefined) {
    const table = withFlags({ asOf: '--as-of' }, () => resolvePriceTable(registry, vendor, asOf, 'vendor'));
    rows = listPriceRows(table);
  } else {
    rows = [...registry.vendors.keys()].sort().flatMap((v) => {
      const tables = registry.vendors.get(v)!.filter((t) => t.effectiveDate <= asOf);
      const table = tables[tables.length - 1];
      return table === undefined ? [] : listPriceRows(table);
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
export function vendorsCommand(opts: OutputOptions & { readonly asOf?: string }): string {
  checkAsOf(opts.asOf);
  checkSomeTableAt(opts.asOf);
  const registry = getBundledPricing();
  const vendors = listVendors(registry, opts.asOf);
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: 'vendors',
        tool: TOOL,
        pricingDataVersion: registry.dataVersion,
        asOf: opts.asOf ?? null,
        vendors,
      }),
      csv: () => vendorsToCsv(vendors),
      doc: () => vendorsToDoc(vendors, opts.asOf ?? null),
    },
    opts,
  );
}
