import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBundledPricing } from '../../src/pricing/bundledPricing.js';
import { PRICING_CONTENT_HASH } from '../../src/pricing/data.generated.js';

const root = join(import.meta.dirname, '..', '..', 'pricing');

describe('getBundledPricing', () => {
  it('is created once: every call returns the same registry', () => {
    expect(getBundledPricing()).toBe(getBundledPricing());
  });

  it('holds every table of pricing/<vendor>/<date>.json, oldest first, as read from disk', () => {
    const onDisk = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [
        d.name,
        readdirSync(join(root, d.name))
          .filter((f) => f.endsWith('.json'))
          .map((f) => f.replace(/\.json$/, ''))
          .sort(),
      ])
      .sort();
    const registry = getBundledPricing();
    const held = [...registry.vendors].map(([v, tables]) => [v, tables.map((t) => t.effectiveDate)]).sort();
    expect(held).toEqual(onDisk);
  });

  it('carries the dataset version of pricing/VERSION and its content hash', () => {
    const registry = getBundledPricing();
    expect(registry.dataVersion).toBe(readFileSync(join(root, 'VERSION'), 'utf8').trim());
    expect(registry.contentHash).toBe(PRICING_CONTENT_HASH);
    expect(registry.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
