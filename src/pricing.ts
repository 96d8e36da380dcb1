/**
 * `tune-or-rag/pricing`: the bundled, versioned price tables and the listing API a UI builds its
 * pickers from.
 *
 * @packageDocumentation
 */

export { getBundledPricing } from './pricing/bundledPricing.js';
export { BUNDLED_TABLES, PRICING_CONTENT_HASH, PRICING_DATA_VERSION } from './pricing/data.generated.js';
export type { ModelListing, VendorListing } from './pricing/listVendors.js';
export { listVendors } from './pricing/listVendors.js';
