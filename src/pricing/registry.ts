import { type SafeResult, TuneOrRagError, toSafe } from '../errors.js';
import { parsePriceTable } from './parsePriceTable.js';
import type { PriceTable } from './priceTableSchema.js';

/** A set of price tables, by vendor, each vendor's versions sorted by effective date. */
export interface PricingRegistry {
  /** Vendor id → that vendor's tables, oldest first. */
  readonly vendors: ReadonlyMap<string, readonly PriceTable[]>;
  /** The dataset's version (bundled data) or `"custom"`. */
  readonly dataVersion: string;
  /** SHA-256 of the canonical dataset (bundled data), or `""` for custom tables. */
  readonly contentHash: string;
}

/** Options of {@link createPricingRegistry}. */
export interface CreatePricingRegistryOptions {
  /** Skip validation: only for tables validated at build time (the bundled dataset). */
  readonly trusted?: boolean;
  readonly dataVersion?: string;
  readonly contentHash?: string;
  /** A name per table for messages (file paths), in the same order as `tables`. */
  readonly names?: readonly string[];
}

/**
 * Builds a registry from price tables (yours, the bundled ones, or both). Each table is validated
 * unless `trusted`; two tables of one vendor with the same effective date are refused.
 *
 * @throws `invalid_price_table` naming the table and the field.
 */
export function createPricingRegistry(
  tables: readonly unknown[],
  options: CreatePricingRegistryOptions = {},
): PricingRegistry {
  if (!Array.isArray(tables)) {
    throw new TuneOrRagError('invalid_price_table', 'expected an array of price tables', { path: 'tables' });
  }
  const byVendor = new Map<string, PriceTable[]>();
  tables.forEach((raw, i) => {
    const given: unknown = options.names?.[i];
    const name = typeof given === 'string' ? given : `tables[${i}]`;
    const table = options.trusted ? (raw as PriceTable) : parsePriceTable(raw, name);
    const list = byVendor.get(table.vendor) ?? [];
    if (list.some((other) => other.effectiveDate === table.effectiveDate)) {
      throw new TuneOrRagError(
        'invalid_price_table',
        `${name}: vendor "${table.vendor}" has two tables effective on ${table.effectiveDate}; one vendor has one table per date`,
        { path: 'effectiveDate' },
      );
    }
    list.push(table);
    byVendor.set(table.vendor, list);
  });
  for (const list of byVendor.values()) list.sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
  return {
    vendors: byVendor,
    dataVersion: options.dataVersion ?? 'custom',
    contentHash: options.contentHash ?? '',
  };
}

/**
 * Adds or replaces tables in a registry (a user's negotiated prices on top of the bundled ones).
 * A table with the same vendor and effective date as an existing one replaces it. `names` name the
 * tables in errors (file paths); `contentHash` identifies the combined dataset in results.
 */
export function extendPricingRegistry(
  registry: PricingRegistry,
  tables: readonly unknown[],
  options: Pick<CreatePricingRegistryOptions, 'names' | 'contentHash'> = {},
): PricingRegistry {
  const extra = createPricingRegistry(tables, options.names ? { names: options.names } : {});
  const merged = new Map<string, PriceTable[]>();
  for (const [vendor, list] of registry.vendors) merged.set(vendor, [...list]);
  for (const [vendor, list] of extra.vendors) {
    const current = merged.get(vendor) ?? [];
    for (const table of list) {
      const kept = current.filter((t) => t.effectiveDate !== table.effectiveDate);
      kept.push(table);
      current.splice(0, current.length, ...kept);
    }
    current.sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
    merged.set(vendor, current);
  }
  return {
    vendors: merged,
    dataVersion: `${registry.dataVersion}+custom`,
    contentHash: options.contentHash ?? '',
  };
}

/**
 * The table of `vendor` in effect on `asOf` (the newest one whose effective date is on or before it).
 *
 * @throws `unknown_vendor` when no table names the vendor; `no_price_at_date` when `asOf` is before
 *   the vendor's first table.
 */
export function resolvePriceTable(
  registry: PricingRegistry,
  vendor: string,
  asOf: string,
  path = 'vendor',
): PriceTable {
  const list = registry.vendors.get(vendor);
  if (list === undefined || list.length === 0) {
    const known = [...registry.vendors.keys()].sort().join(', ');
    throw new TuneOrRagError(
      'unknown_vendor',
      `no price table for vendor "${vendor}"; known vendors: ${known}`,
      {
        path,
      },
    );
  }
  let found: PriceTable | undefined;
  for (const table of list) {
    if (table.effectiveDate <= asOf) found = table;
    else break;
  }
  if (found === undefined) {
    throw new TuneOrRagError(
      'no_price_at_date',
      `vendor "${vendor}" has no prices in effect on ${asOf}; its first table takes effect on ${list[0]!.effectiveDate}: pass a later \`asOf\``,
      { path: 'asOf' },
    );
  }
  return found;
}

/** {@link createPricingRegistry} returning `{ success, data | error }` instead of throwing. */
export function safeCreatePricingRegistry(
  tables: readonly unknown[],
  options: CreatePricingRegistryOptions = {},
): SafeResult<PricingRegistry> {
  return toSafe(() => createPricingRegistry(tables, options));
}
