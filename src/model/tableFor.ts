import { TuneOrRagError } from '../errors.js';
import type { PriceTable } from '../pricing/priceTableSchema.js';
import { type PricingRegistry, resolvePriceTable } from '../pricing/registry.js';

/**
 * The vendor's table in effect on `asOf`, or its newest table when the scenario gives no date.
 *
 * @throws `unknown_vendor`, `no_price_at_date`.
 */
export function tableFor(
  registry: PricingRegistry,
  vendor: string,
  asOf: string | null,
  path: string,
  tables: Record<string, string>,
): PriceTable {
  let table: PriceTable;
  if (asOf === null) {
    const list = registry.vendors.get(vendor);
    const newest = list?.[list.length - 1];
    if (newest === undefined) {
      const known = [...registry.vendors.keys()].sort().join(', ');
      throw new TuneOrRagError(
        'unknown_vendor',
        `no price table for vendor "${vendor}"; known vendors: ${known}`,
        {
          path,
        },
      );
    }
    table = newest;
  } else {
    table = resolvePriceTable(registry, vendor, asOf, path);
  }
  tables[vendor] = table.effectiveDate;
  return table;
}
