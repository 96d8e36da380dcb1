import { BUNDLED_TABLES, PRICING_CONTENT_HASH, PRICING_DATA_VERSION } from './data.generated.js';
import { createPricingRegistry, type PricingRegistry } from './registry.js';

let bundled: PricingRegistry | undefined;

/** The registry of the bundled price tables (validated at build time), created on first use. */
export function getBundledPricing(): PricingRegistry {
  bundled ??= createPricingRegistry(BUNDLED_TABLES, {
    trusted: true,
    dataVersion: PRICING_DATA_VERSION,
    contentHash: PRICING_CONTENT_HASH,
  });
  return bundled;
}
