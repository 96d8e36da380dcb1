import { TuneOrRagError } from '../errors.js';
import type { PricingRegistry } from './registry.js';

/** Registries already checked: each is checked once, not on every call. */
const checked = new WeakSet<object>();

/**
 * A registry argument, checked to be what `createPricingRegistry` builds (a Map of vendor → tables
 * with their vendor and effective date, a data version and a hash), so `{}` or `null` is our error
 * naming `path`, not a TypeError. Never throws anything else, even for a proxy.
 *
 * @throws `invalid_input` at `path`.
 */
export function checkRegistry(value: unknown, path: string): PricingRegistry {
  let ok = false;
  try {
    if (typeof value === 'object' && value !== null && checked.has(value)) return value as PricingRegistry;
    const r = value as Partial<Record<keyof PricingRegistry, unknown>> | null;
    ok =
      typeof r === 'object' &&
      r !== null &&
      r.vendors instanceof Map &&
      typeof r.dataVersion === 'string' &&
      typeof r.contentHash === 'string' &&
      [...r.vendors].every(
        ([vendor, tables]) =>
          typeof vendor === 'string' &&
          Array.isArray(tables) &&
          tables.every(
            (t: unknown) =>
              typeof t === 'object' &&
              t !== null &&
              (t as { vendor?: unknown }).vendor === vendor &&
              typeof (t as { effectiveDate?: unknown }).effectiveDate === 'string',
          ),
      );
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new TuneOrRagError(
      'invalid_input',
      'expected a pricing registry from createPricingRegistry() or getBundledPricing()',
      { path },
    );
  }
  checked.add(value as object);
  return value as PricingRegistry;
}

/**
 * A date argument of the pricing functions (`asOf`), checked to be written YYYY-MM-DD.
 *
 * @throws `invalid_input` at `path`.
 */
export function checkDate(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new TuneOrRagError('invalid_input', 'expected a date YYYY-MM-DD', { path });
  }
  return value;
}
