import { todayUtc } from '../pricing/lifecycleDates.js';
import type { PriceTable } from '../pricing/priceTableSchema.js';
import { type PricingRegistry, resolvePriceTable } from '../pricing/registry.js';

/**
 * The vendor's table in effect on `asOf`, or on today's date (UTC) when the scenario gives none: a
 * table dated in the future (a promotion's announced end) is not used before its date.
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
  const table = resolvePriceTable(registry, vendor, asOf ?? todayUtc(), path);
  tables[vendor] = table.effectiveDate;
  return table;
}
