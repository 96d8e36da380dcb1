/**
 * The pricing functions as the public entries export them: each checks its arguments at the edge
 * (a registry that is not one, a table that is a proxy or not a table, a date that is not a string)
 * and gives our error naming the argument, then calls the unchecked function in `pricing/`. That
 * keeps `pricing/` free of argument checks (the engine/facade split of STYLE §5).
 */

import { toPlainTable } from './_lib/plainInput.js';
import { type SafeResult, TuneOrRagError, toSafe } from './errors.js';
import { checkDate, checkRegistry } from './pricing/checkRegistry.js';
import { listPriceRows as listPriceRowsUnchecked, type PriceRow } from './pricing/listPriceRows.js';

export { listVendors } from './pricing/listVendors.js';

import { parsePriceTable as parsePriceTableUnchecked } from './pricing/parsePriceTable.js';
import type { PriceTable } from './pricing/priceTableSchema.js';
import {
  type CreatePricingRegistryOptions,
  createPricingRegistry as createPricingRegistryUnchecked,
  extendPricingRegistry as extendPricingRegistryUnchecked,
  type PricingRegistry,
  resolvePriceTable as resolvePriceTableUnchecked,
} from './pricing/registry.js';

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') {
    throw new TuneOrRagError(
      'invalid_input',
      `expected a string, got ${value === null ? 'null' : typeof value}`,
      {
        path,
      },
    );
  }
  return value;
}

/** The registry options, read once and guarded (a proxy or a throwing getter is our error). */
function registryOptions(options: unknown): CreatePricingRegistryOptions {
  if (options === undefined) return {};
  const plain = toPlainTable(options, 'options');
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new TuneOrRagError('invalid_price_table', 'expected an options object or nothing', {
      path: 'options',
    });
  }
  return plain as CreatePricingRegistryOptions;
}

/**
 * Builds a registry from price tables (yours, the bundled ones, or both). Each table is validated
 * unless `trusted`; two tables of one vendor with the same effective date are refused.
 *
 * @param tables - Price tables (JSON data, as in `pricing/<vendor>/<date>.json`).
 * @param options - `names` (one per table, for messages), `dataVersion`, `contentHash`, `trusted`.
 * @returns The registry to pass as `options.pricing`.
 * @throws {@link TuneOrRagError} `invalid_price_table` naming the table and the field.
 * @example
 * ```ts
 * const registry = createPricingRegistry([]); // your tables, as JSON data
 * registry.dataVersion; //=> 'custom'
 * ```
 * @category Pricing
 */
export function createPricingRegistry(
  tables: readonly unknown[],
  options?: CreatePricingRegistryOptions,
): PricingRegistry {
  return createPricingRegistryUnchecked(
    toPlainTable(tables, 'tables') as readonly unknown[],
    registryOptions(options),
  );
}

/** {@link createPricingRegistry} returning `{ success, data | error }` instead of throwing. @category Pricing */
export function safeCreatePricingRegistry(
  tables: readonly unknown[],
  options?: CreatePricingRegistryOptions,
): SafeResult<PricingRegistry> {
  return toSafe(() => createPricingRegistry(tables, options));
}

/**
 * Adds or replaces tables in a registry (a user's negotiated prices on top of the bundled ones).
 * A table with the same vendor and effective date as an existing one replaces it. `names` name the
 * tables in errors (file paths); `contentHash` identifies the combined dataset in results.
 *
 * @throws {@link TuneOrRagError} `invalid_input` at `registry` when it is not a registry;
 *   `invalid_price_table` for a table or the options.
 * @category Pricing
 */
export function extendPricingRegistry(
  registry: PricingRegistry,
  tables: readonly unknown[],
  options?: Pick<CreatePricingRegistryOptions, 'names' | 'contentHash'>,
): PricingRegistry {
  return extendPricingRegistryUnchecked(
    checkRegistry(registry, 'registry'),
    toPlainTable(tables, 'tables') as readonly unknown[],
    registryOptions(options),
  );
}

/**
 * The table of `vendor` in effect on `asOf` (the newest one whose effective date is on or before it).
 *
 * @throws {@link TuneOrRagError} `invalid_input` for arguments of the wrong shape; `unknown_vendor`
 *   when no table names the vendor; `no_price_at_date` when `asOf` is before the vendor's first table.
 * @category Pricing
 */
export function resolvePriceTable(
  registry: PricingRegistry,
  vendor: string,
  asOf: string,
  path = 'vendor',
): PriceTable {
  return resolvePriceTableUnchecked(
    checkRegistry(registry, 'registry'),
    text(vendor, 'vendor'),
    checkDate(asOf, 'asOf'),
    typeof path === 'string' ? path : 'vendor',
  );
}

/**
 * Every price of a table, one row each, with its unit and source. The table is validated first
 * (a parsed table passes unchanged), so a malformed one is our error, not a TypeError.
 *
 * @throws {@link TuneOrRagError} `invalid_price_table` naming the field.
 * @category Pricing
 */
export function listPriceRows(table: PriceTable): PriceRow[] {
  return listPriceRowsUnchecked(parsePriceTable(table, 'table'));
}

/**
 * Validates a price table (a user's own, or a file of `pricing/`) and returns it typed.
 *
 * @param input - The table as JSON data.
 * @param file - A name for messages (its path); for a file, its date must match `effectiveDate`.
 * @throws {@link TuneOrRagError} `invalid_price_table` naming the field.
 * @category Pricing
 */
export function parsePriceTable(input: unknown, file = 'price table'): PriceTable {
  return parsePriceTableUnchecked(toPlainTable(input), typeof file === 'string' ? file : 'price table');
}

/** {@link parsePriceTable} returning `{ success, data | error }` instead of throwing. @category Pricing */
export function safeParsePriceTable(input: unknown, file = 'price table'): SafeResult<PriceTable> {
  return toSafe(() => parsePriceTable(input, file));
}
