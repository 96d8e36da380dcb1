import { describe, expect, it } from 'vitest';
import * as index from '../src/index.js';
import { BUNDLED_TABLES } from '../src/pricing/data.generated.js';
import * as pricing from '../src/pricing.js';

describe('tune-or-rag/pricing exports', () => {
  it('the bundled tables, their version and hash, the registry and the vendor listing', () => {
    expect(Object.keys(pricing).sort()).toEqual([
      'BUNDLED_TABLES',
      'PRICING_CONTENT_HASH',
      'PRICING_DATA_VERSION',
      'getBundledPricing',
      'listVendors',
    ]);
    expect(pricing.BUNDLED_TABLES).toBe(BUNDLED_TABLES);
    expect(pricing.PRICING_DATA_VERSION).toBe(index.PRICING_DATA_VERSION);
  });

  it('lists the vendors a picker shows, as the main entry does', () => {
    const registry = pricing.getBundledPricing();
    const listed = pricing.listVendors(registry, '2026-11-01');
    expect(listed).toEqual(index.listVendors(registry, '2026-11-01'));
    expect(listed.map((v) => v.id)).toContain('openai');
  });

  // This entry exported pricing/listVendors.ts unchecked: `listVendors({})` threw a TypeError and
  // `listVendors(registry, 'June')` listed every vendor. It now checks as the main entry does.
  it('checks its arguments as the main entry does', () => {
    expect(() => pricing.listVendors({} as never)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'registry' }),
    );
    expect(() => pricing.listVendors(pricing.getBundledPricing(), 'June')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'asOf' }),
    );
  });
});
