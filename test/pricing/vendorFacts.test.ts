import { describe, expect, it } from 'vitest';
import { getBundledPricing } from '../../src/index.js';
import { VENDOR_FACTS } from '../../src/pricing/vendorFacts.js';

const registry = getBundledPricing();
/** Each bundled vendor's newest table. */
const newest = [...registry.vendors].map(([id, tables]) => [id, tables.at(-1)!] as const);

describe('VENDOR_FACTS', () => {
  it('states facts for exactly the bundled vendors', () => {
    expect(Object.keys(VENDOR_FACTS).sort()).toEqual([...registry.vendors.keys()].sort());
  });

  it('the three clouds run in the customer account of their cloud; every other vendor in its own', () => {
    const perimeters = Object.fromEntries(
      Object.entries(VENDOR_FACTS).map(([id, f]) => [id, f.perimeter.value]),
    );
    expect(perimeters['aws-bedrock']).toBe('aws');
    expect(perimeters['google-vertex']).toBe('gcp');
    expect(perimeters['azure-openai']).toBe('azure');
    expect(perimeters['aws-rds']).toBe('aws');
    for (const [id, perimeter] of Object.entries(perimeters)) {
      if (!['aws-bedrock', 'google-vertex', 'azure-openai', 'aws-rds'].includes(id))
        expect(perimeter, id).toBe('vendor');
    }
  });

  it('a vendor that does not fine-tune states nothing about downloading weights', () => {
    for (const [id, table] of newest) {
      if (table.fineTuning.offered) continue;
      const weights = VENDOR_FACTS[id]!.weightsDownloadable;
      expect(weights === null || weights.value === null, id).toBe(true);
    }
  });

  it('every fact has a source: an https address, a read date, and a note saying what was read', () => {
    for (const [id, facts] of Object.entries(VENDOR_FACTS)) {
      for (const fact of [facts.perimeter, facts.weightsDownloadable]) {
        if (fact === null) continue;
        expect(fact.source.url, id).toMatch(/^https:\/\/\S+$/);
        expect(fact.source.readOn, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['vendor', 'vendor-copy', 'third-party', 'inferred'], id).toContain(fact.source.confidence);
        expect(fact.source.note.length, id).toBeGreaterThan(10);
      }
    }
  });
});
